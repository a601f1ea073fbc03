"""Under the verdict: who is examining, what the officer decided, and whether it is in the log.

The officer's name is typed once per session (it is not saved between sessions); each examination is
recorded the moment its verdict is shown, and the decision buttons add the officer's decision and note as
an entry of their own (desktop.record). The bar says in words what was recorded, or that nothing was.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desktop.ui.style import STATUS_COLOUR

DECISION_TEXT = {"accepted": QT_TRANSLATE_NOOP("Record", "&Accept"),
                 "referred": QT_TRANSLATE_NOOP("Record", "Refer to &second line"),
                 "refused": QT_TRANSLATE_NOOP("Record", "Re&fuse")}
DECIDED_TEXT = {"accepted": QT_TRANSLATE_NOOP("Record", "accepted"),
                "referred": QT_TRANSLATE_NOOP("Record", "referred to second line"),
                "refused": QT_TRANSLATE_NOOP("Record", "refused")}

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("Record", text)


class RecordBar(QFrame):
    decided = Signal(str, str)  # decision, note
    reportRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.officer_label = QLabel(self)
        self.officer = QLineEdit(self)
        self.officer.setMinimumWidth(240)
        self.note = QLineEdit(self)
        self.buttons = {key: QPushButton(self) for key in DECISION_TEXT}
        for key, button in self.buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.decided.emit(k, self.note.text().strip()))
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(self.reportRequested)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.officer_label, 0, 0)
        grid.addWidget(self.officer, 0, 1)
        grid.addWidget(self.note, 0, 2, 1, 2)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.report_button)
        grid.addLayout(row, 1, 0, 1, 4)
        grid.addWidget(self.state, 2, 0, 1, 4)
        grid.setColumnStretch(2, 1)
        self.entry_id: str | None = None
        self.message = ("idle", "")
        self.retranslate()
        self.set_entry(None)

    def retranslate(self) -> None:
        self.officer_label.setText(translate("Record", "Officer:"))
        self.officer.setPlaceholderText(translate("Record", "your name (once per session)"))
        self.note.setPlaceholderText(translate("Record", "note for the record (optional)"))
        for key, button in self.buttons.items():
            button.setText(tr(DECISION_TEXT[key]))
        self.report_button.setText(translate("Record", "Case report (PDF)…"))
        self._show_state()

    def set_entry(self, entry_id: str | None, problem: str = "") -> None:
        """The examination shown is logged as `entry_id` (None: not logged; `problem` says why)."""
        self.entry_id = entry_id
        for button in (*self.buttons.values(), self.report_button):
            button.setEnabled(entry_id is not None)
        self.message = ("logged", entry_id) if entry_id else ("problem", problem) if problem else ("idle", "")
        self._show_state()

    def set_decided(self, decision: str, entry_id: str) -> None:
        self.message = ("decided", (decision, entry_id))
        self.note.clear()
        self._show_state()

    def set_off(self) -> None:
        self.message = ("off", "")
        for button in (*self.buttons.values(), self.report_button):
            button.setEnabled(False)
        self._show_state()

    def _show_state(self) -> None:
        kind, value = self.message
        colour = "#444444"
        if kind == "logged":
            text = translate("Record", "Recorded in the log as entry %1. Your decision:").replace("%1", value)
        elif kind == "decided":
            decision, entry = value
            text = translate("Record", "Decision recorded: %1 (entry %2).").replace("%1", tr(DECIDED_TEXT[decision])).replace(
                "%2", entry)
            colour = STATUS_COLOUR["pass"].name()
        elif kind == "problem":
            text = translate("Record", "NOT RECORDED: %1").replace("%1", value)
            colour = STATUS_COLOUR["fail"].name()
        elif kind == "off":
            text = translate("Record", "Recording is off (Record ▸ Log settings).")
        else:
            text = ""
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {colour}; font-weight: bold;")
