"""Type or paste the MRZ of a damaged document; it is validated as you type, by the same rules core."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from desktop import pipeline
from desktop.ui import i18n
from desktop.ui.mrz_view import ocrb_family
from desktop.ui.verdict_banner import word


class ManualEntryDialog(QDialog):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Manual", "Enter the MRZ"))
        self.today = today
        self.editor = QPlainTextEdit(self)
        font = QFont(ocrb_family())
        font.setPixelSize(22)
        self.editor.setFont(font)
        self.editor.setPlaceholderText(translate("Manual", "Type or paste the 2 or 3 MRZ lines"))
        self.editor.setMinimumWidth(44 * 17)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Manual", "MRZ lines, exactly as printed (A–Z, 0–9 and <):"), self))
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.timer = QTimer(self, singleShot=True, interval=150)  # validate once typing pauses
        self.timer.timeout.connect(self.validate)
        self.editor.textChanged.connect(self.timer.start)
        self.validate()

    def text(self) -> str:
        return self.editor.toPlainText()

    def validate(self) -> None:
        text = self.text()
        if not text.strip():
            self.status.setText("")
            return
        report = pipeline.examine_text(text, self.today)
        first = next((c for c in report.checks if c.status == "fail"), None)
        line = word(report.status)
        if first is not None:
            line += " — " + i18n.check_text(first)
        self.status.setText(line)
