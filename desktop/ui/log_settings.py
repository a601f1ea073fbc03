"""Record ▸ Log settings: whether examinations are recorded, where, with images or not, how long personal data
is kept, and the workstation's name in the log. Saved in the window's settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox

from desktop.record import places, privacy

DEFAULTS = {"record": True, "log": "", "store_images": True, "retention_days": privacy.RETENTION_DAYS,
            "workstation": ""}

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("Record", text)


def value(settings, key: str):
    default = DEFAULTS[key]
    return settings.value(key, default, type(default))


class LogSettingsDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("Record", "Log settings"))
        self.record = QCheckBox(translate("Record", "Record every examination in the log"), self)
        self.record.setChecked(value(settings, "record"))
        self.path = QLineEdit(value(settings, "log"), self)
        self.path.setPlaceholderText(places.default_log())
        self.images = QCheckBox(translate("Record", "Keep the document images in the log"), self)
        self.images.setChecked(value(settings, "store_images"))
        self.days = QSpinBox(self)
        self.days.setRange(1, 3650)
        self.days.setValue(value(settings, "retention_days"))
        self.days.setSuffix(" " + translate("Record", "days"))
        self.workstation = QLineEdit(value(settings, "workstation"), self)
        self.workstation.setPlaceholderText(places.default_workstation())
        form = QFormLayout(self)
        form.addRow(self.record)
        form.addRow(translate("Record", "Log (SQLite file or postgresql://…):"), self.path)
        form.addRow(self.images)
        form.addRow(translate("Record", "Keep personal data and images for:"), self.days)
        form.addRow(translate("Record", "Workstation id:"), self.workstation)
        note = QLabel(translate("Record", "Older entries keep their verdict, codes and decision (for statistics) and lose names, "
                         "numbers, notes and images. The log's hash chain stays verifiable."), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        name = self.workstation.text().strip()
        if name:
            try:
                places.check_workstation(name)
            except ValueError as exc:
                self.workstation.setToolTip(str(exc))
                self.workstation.setStyleSheet("background: #fde2e2;")
                return
        self.settings.setValue("record", self.record.isChecked())
        self.settings.setValue("log", self.path.text().strip())
        self.settings.setValue("store_images", self.images.isChecked())
        self.settings.setValue("retention_days", self.days.value())
        self.settings.setValue("workstation", name)
        self.accept()
