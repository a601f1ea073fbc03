"""The Chip tab: the chip's verdict, its face beside the page's portrait, every chip finding, the data groups
and the certificate chain. Reading happens off the GUI thread (desktop.chip does the work)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from desktop.ui import i18n
from desktop.ui.imaging import pixmap
from desktop.ui.style import STATUS_COLOUR, STATUS_SYMBOL

FACE = 180  # px: the faces are shown at the same height


translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A string already marked with QT_TRANSLATE_NOOP("Chip", …)."""
    return translate("Chip", text)


STATUS_TEXT = {"pass": QT_TRANSLATE_NOOP("Chip", "CHIP VERIFIED"), "fail": QT_TRANSLATE_NOOP("Chip", "CHIP FAILS"),
               "unverified": QT_TRANSLATE_NOOP("Chip", "CHIP NOT VERIFIED"),
               "error": QT_TRANSLATE_NOOP("Chip", "CHIP NOT READ"),
               "reading": QT_TRANSLATE_NOOP("Chip", "Reading the chip…"),
               "absent": QT_TRANSLATE_NOOP("Chip", "No chip read"), "idle": QT_TRANSLATE_NOOP("Chip", "No chip read")}
HINTS = {"absent": QT_TRANSLATE_NOOP("Chip", "No reader with a card is present: place the passport's data page on "
                                             "the reader and press Read the chip."),
         "idle": QT_TRANSLATE_NOOP("Chip", "Open a document with an MRZ; its chip is read when a reader with a card "
                                           "is present."),
         "reading": QT_TRANSLATE_NOOP("Chip", "Keep the document on the reader.")}
DETAIL_NAMES = {"full_name": QT_TRANSLATE_NOOP("Chip", "full name"),
                "place_of_birth": QT_TRANSLATE_NOOP("Chip", "place of birth"),
                "personal_number": QT_TRANSLATE_NOOP("Chip", "personal number"),
                "full_birth_date": QT_TRANSLATE_NOOP("Chip", "full date of birth"),
                "address": QT_TRANSLATE_NOOP("Chip", "address"), "profession": QT_TRANSLATE_NOOP("Chip", "profession"),
                "issuing_authority": QT_TRANSLATE_NOOP("Chip", "issuing authority"),
                "date_of_issue": QT_TRANSLATE_NOOP("Chip", "date of issue")}


class ChipPanel(QWidget):
    readRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result, self.state, self.page_face = None, "idle", None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(self)
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.status.setFont(font)
        top.addWidget(self.status, 1)
        # the card access number printed on ID cards and residence permits opens a PACE chip (Part 11 §9.7.3)
        self.can_label = QLabel(self)
        top.addWidget(self.can_label)
        self.can = QLineEdit(self)
        self.can.setMaxLength(6)
        self.can.setFixedWidth(self.can.fontMetrics().horizontalAdvance("0000000") + 16)
        self.can.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.can))
        self.can.returnPressed.connect(self.readRequested)
        top.addWidget(self.can)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.readRequested)
        top.addWidget(self.button)
        self.save_button = QPushButton(self)  # a saved read opens in `docexam chip verify FOLDER`
        self.save_button.clicked.connect(self._ask_where_to_save)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        faces = QGridLayout()
        self.chip_face, self.page_face_label = QLabel(self), QLabel(self)
        self.chip_caption, self.page_caption = QLabel(self), QLabel(self)
        for column, (image, caption) in enumerate(((self.chip_face, self.chip_caption),
                                                   (self.page_face_label, self.page_caption))):
            image.setFixedSize(int(FACE * 0.8), FACE)
            image.setAlignment(Qt.AlignCenter)
            image.setStyleSheet("background: #f0f0f0; border: 1px solid #bbb;")
            faces.addWidget(image, 0, column)
            faces.addWidget(caption, 1, column)
        faces.setColumnStretch(2, 1)
        layout.addLayout(faces)
        self.findings = QListWidget(self)
        self.findings.setWordWrap(True)  # a long finding wraps, never cut off
        self.findings.setResizeMode(QListView.Adjust)
        layout.addWidget(self.findings, 2)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignTop)
        layout.addWidget(self.details, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(translate("Chip", "Read the chip"))
        self.save_button.setText(translate("Chip", "Save the read…"))
        self.can_label.setText(translate("Chip", "CAN"))
        self.can.setPlaceholderText(translate("Chip", "6 digits"))
        self.can.setToolTip(translate("Chip", "The card access number printed on an ID card or residence permit: "
                                              "opens a chip that needs PACE. Leave empty to use the MRZ."))
        self.chip_caption.setText(translate("Chip", "Chip photo (DG2)"))
        self.page_caption.setText(translate("Chip", "Photo on the page"))
        self._render()

    def card_access_number(self) -> str | None:
        """The CAN typed in the tab, if it is six digits (else the MRZ opens the chip)."""
        text = self.can.text().strip()
        return text if len(text) == 6 and text.isdigit() else None

    def set_state(self, state: str) -> None:
        """idle | absent | reading (no result yet)."""
        self.state, self.result = state, None
        self._render()

    def set_page_face(self, image) -> None:
        self.page_face = image
        self._render_faces()

    def show_result(self, result) -> None:
        self.state, self.result = "result", result
        self._render()

    def save_read(self, folder: str) -> str:
        """Write the chip's files to `folder` (second line, training); returns what to tell the officer."""
        from desktop.chip import saved

        try:
            saved.save(folder, self.result)
        except OSError as exc:
            return translate("Chip", "The read could not be saved: %1").replace("%1", exc.strerror or str(exc))
        return translate("Chip", "Saved to %1: verify it with docexam chip verify FOLDER").replace("%1", folder)

    def _ask_where_to_save(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        folder = QFileDialog.getExistingDirectory(self, translate("Chip", "Save the chip read to a folder"))
        if folder:
            QMessageBox.information(self, translate("Chip", "Save the read…"), self.save_read(folder))

    def _render_faces(self) -> None:
        from desktop.chip import face

        chip = face.decode(self.result.face) if self.result is not None else None
        for label, image, empty in ((self.chip_face, chip, translate("Chip", "no photo read")),
                                    (self.page_face_label, self.page_face, translate("Chip", "no page photo"))):
            if image is None:
                label.setPixmap(QPixmap())
                label.setText(empty)
            else:
                label.setPixmap(pixmap(image).scaled(label.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def _render(self) -> None:
        result = self.result
        state = result.status if result is not None else self.state
        colour = STATUS_COLOUR.get(state, STATUS_COLOUR["skip"]).name()
        symbol = STATUS_SYMBOL.get(state, "")
        self.status.setText(f"{symbol} {tr(STATUS_TEXT.get(state, STATUS_TEXT['idle']))}".strip())
        self.status.setStyleSheet(f"color: {colour};")
        self.findings.clear()
        self.button.setEnabled(state != "reading")
        self.save_button.setEnabled(result is not None and bool(result.files))
        if result is None:
            self.info.setText(tr(HINTS[state]) if state in HINTS else "")
            self.details.setText("")
            self._render_faces()
            return
        parts = []
        if result.reader:
            parts.append(translate("Chip", "Reader: %1").replace("%1", result.reader))
        if result.protocol:
            parts.append(translate("Chip", "access: %1").replace("%1", result.protocol))
        parts.append(translate("Chip", "%1 ms").replace("%1", str(result.elapsed_ms)))
        info = " · ".join(parts)
        if result.status == "unverified":  # say why, so amber is never read as "probably fine"
            reasons = [i18n.check_text(c) for c in result.checks if c.status in ("warn", "skip")
                       and c.id.startswith(("chip.sod_signature", "chip.csca_chain", "chip.issuer_state",
                                            "chip.dg_hash", "chip.dg1_matches_mrz"))]
            info = translate("Chip", "Not verified: %1").replace("%1", reasons[0] if reasons else "") + "\n" + info
        self.info.setText(info)
        order = {"fail": 0, "warn": 1, "skip": 2, "pass": 3}  # what needs the officer's eye first
        for c in sorted(result.checks, key=lambda c: order.get(c.status, 1)):
            item = QListWidgetItem(f"{STATUS_SYMBOL.get(c.status, '')}  {i18n.check_text(c)}")
            item.setForeground(STATUS_COLOUR.get(c.status, STATUS_COLOUR["skip"]))
            item.setData(Qt.UserRole, c.id)
            self.findings.addItem(item)
        self.details.setText(details_html(result))
        self._render_faces()


def details_html(result) -> str:
    """The data groups read and the certificate chain, as a trainer explains them."""
    rows = []
    if result.dg1:
        mrz = "<br>".join(line.replace("<", "&lt;") for line in result.dg1)
        label = translate("Chip", "MRZ in the chip")
        rows.append(f"<b>DG1</b> {label}:<br><span style='font-family: \"OCR-B\", monospace'>{mrz}</span>")
    for group, values in (("DG11", result.dg11), ("DG12", result.dg12)):
        for key, value in values.items():
            name = tr(DETAIL_NAMES[key]) if key in DETAIL_NAMES else key
            rows.append(f"<b>{group}</b> {name}: {value.replace('<', '&lt;')}")
    if result.dg14 is not None:
        label = translate("Chip", "security protocols")
        rows.append(f"<b>DG14</b> {label}: {', '.join(result.dg14) or '—'}")
    if result.dg15 is not None:
        label = translate("Chip", "Active Authentication key")
        rows.append(f"<b>DG15</b> {label}: {result.dg15}")
    if result.read:
        rows.append(translate("Chip", "Data groups read: %1").replace("%1", ", ".join(f"DG{n}" for n in result.read)))
    for cert in result.certificates:
        role = translate("Chip", "Document Signer") if cert["role"] == "DS" else "CSCA"
        valid = translate("Chip", "valid %1 to %2").replace("%1", cert["not_before"]).replace("%2", cert["not_after"])
        rows.append(f"<b>{role}</b>: {cert['name']} — {valid}")
    return "<br>".join(rows)
