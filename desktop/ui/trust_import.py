"""Importing CSCA certificates, master lists and CRLs from the window, with the same anchoring as
`docexam masterlist import` (desktop.chip.trust): a file that the trusted CSCAs vouch for imports at once; one
that nothing trusted vouches for is shown with its signer's and CSCAs' SHA-256 fingerprints, and imports only
when the officer types the fingerprint the unit published (compared by telephone, letter or a signed message)
— typing it, not clicking, is the comparison."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
                               QWidget)

translate = QCoreApplication.translate


class AcceptFingerprint(QDialog):
    """Shows the candidates of an Unanchored import and asks for the published fingerprint."""

    def __init__(self, file_name: str, candidates: list[tuple[str, str, str]], parent: QWidget | None = None):
        from desktop.chip import trust

        super().__init__(parent)
        self.setWindowTitle(translate("Trust", "Trust a new CSCA?"))
        self.candidates = {fp for _, _, fp in candidates}
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Trust", "%1 is not vouched for by any CSCA this workstation trusts. Import it only if "
                                          "your unit published one of these fingerprints and you have compared it by "
                                          "telephone, letter or a signed message:").replace("%1", file_name), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.TypeWriter)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        for role, name, fp in candidates:
            who = QLabel(f"{role} — {name}", self)
            who.setWordWrap(True)
            layout.addWidget(who)
            shown = QLabel(trust.spaced(fp), self)
            shown.setFont(mono)
            shown.setTextInteractionFlags(Qt.TextSelectableByMouse)
            shown.setWordWrap(True)
            layout.addWidget(shown)
        ask = QLabel(translate("Trust", "Type the fingerprint your unit gave you (spaces and colons do not matter):"), self)
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.typed = QLineEdit(self)
        self.typed.setFont(mono)
        self.typed.textChanged.connect(self._check)
        layout.addWidget(self.typed)
        self.verdict = QLabel(self)
        layout.addWidget(self.verdict)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.import_button = self.buttons.addButton(translate("Trust", "Import"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check("")
        self.resize(620, self.sizeHint().height())

    def fingerprint(self) -> str | None:
        """The typed fingerprint if it is one of the candidates' (normalised), else None."""
        from desktop.chip import trust

        try:
            typed = trust.normalise_fingerprint(self.typed.text()) if self.typed.text().strip() else None
        except trust.TrustError:
            return None
        return typed if typed in self.candidates else None

    def _check(self, _text: str) -> None:
        ok = self.fingerprint() is not None
        self.import_button.setEnabled(ok)
        complete = len("".join(ch for ch in self.typed.text() if ch not in ": ")) >= 64
        self.verdict.setText("" if ok or not complete else
                             translate("Trust", "This is not one of the fingerprints above: do not import."))
        self.verdict.setStyleSheet("color: #c0392b; font-weight: bold;")


def import_file(parent: QWidget, store, path: str, done) -> AcceptFingerprint | None:
    """Import `path` into `store`; `done(message)` is called with what happened. Returns the open dialog when
    the officer must compare a fingerprint first (non-blocking: the import follows its acceptance)."""
    from desktop.chip import trust

    try:
        done(trust.summary(store.import_file(path)))
        return None
    except trust.Unanchored as exc:
        from pathlib import Path

        dialog = AcceptFingerprint(Path(path).name, exc.candidates, parent)

        def accepted():
            try:
                done(trust.summary(store.import_file(path, dialog.fingerprint())))
            except trust.TrustError as again:
                QMessageBox.warning(parent, translate("Trust", "Not imported"), str(again))

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog
    except trust.TrustError as exc:
        QMessageBox.warning(parent, translate("Trust", "Not imported"), str(exc).split("\nIf your unit")[0])
        return None
