"""The document data an officer reads: names, number, States with their names, dates with age and days
left (expired in red), sex and optional data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop.checks import states
from desktop.ui import i18n
from desktop.ui.style import STATUS_COLOUR

ROWS = ("surname", "given_names", "document_number", "document_code", "issuing_state", "nationality",
        "birth_date", "sex", "expiry_date", "optional_data", "optional_data_2")
SEX = {"F": QT_TRANSLATE_NOOP("Data", "female"), "M": QT_TRANSLATE_NOOP("Data", "male"),
       "<": QT_TRANSLATE_NOOP("Data", "unspecified"), "X": QT_TRANSLATE_NOOP("Data", "unspecified (X)")}


def country(code: str | None) -> str:
    entry = states.lookup(code or "")
    if entry is None:
        return ""
    return entry.name_mn if QLocale().language() == QLocale.Mongolian else entry.name_en


class DataPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.labels, self.values = {}, {}
        for name in ROWS:
            self.labels[name], self.values[name] = QLabel(), QLabel()
            self.values[name].setWordWrap(True)
            self.values[name].setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.form.addRow(self.labels[name], self.values[name])
        self.report, self.today = None, dt.date.today()
        self.retranslate()

    def retranslate(self) -> None:
        for name in ROWS:
            self.labels[name].setText(i18n.field_label(name) + ":")
        self.show_report(self.report, self.today)

    def show_report(self, report, today: dt.date) -> None:
        self.report, self.today = report, today
        fields = report.fields if report else {}
        facts = {c.id: c for c in report.checks} if report else {}
        translate = QCoreApplication.translate
        for name in ROWS:
            value = fields.get(name)
            text, style = "" if value is None else str(value), ""
            if name in ("issuing_state", "nationality") and value:
                text = f"{value} — {country(value)}"
            elif name == "sex" and value:
                text = f"{value} ({translate('Data', SEX.get(value, value))})"
            elif name == "birth_date" and "birth_date.age" in facts:
                age = facts["birth_date.age"].params["age"]  # the core's figure, for the core's "today"
                text = value + "  (" + translate("Data", "age %1").replace("%1", str(age)) + ")"
            elif name == "expiry_date" and "expiry_date.not_expired" in facts:
                finding = facts["expiry_date.not_expired"]
                days = finding.params["days"]
                if finding.status == "fail":
                    text = value + "  (" + translate("Data", "EXPIRED %1 days ago").replace("%1", str(days)) + ")"
                    style = f"color: {STATUS_COLOUR['fail'].name()}; font-weight: bold;"
                else:
                    text = value + "  (" + translate("Data", "%1 days left").replace("%1", str(days)) + ")"
            self.values[name].setText(text)
            self.values[name].setStyleSheet(style)
