"""The analysis view: the examinations of this workstation's log, or of the unit's central database, counted
by day, week, verdict, State, document code, failing check, alteration and decision; a bar chart, a
filterable table and CSV export. The counting is desktop.record.stats (the same as `docexam log stats`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop import APP_TITLE
from desktop.record import LogError, open_log, stats
from desktop.ui.style import HIGHLIGHT, STATUS_COLOUR

DIMENSION_TEXT = {
    "day": QT_TRANSLATE_NOOP("Analysis", "Day"), "week": QT_TRANSLATE_NOOP("Analysis", "Week"),
    "status": QT_TRANSLATE_NOOP("Analysis", "Verdict"), "issuing_state": QT_TRANSLATE_NOOP("Analysis", "Issuing State"),
    "nationality": QT_TRANSLATE_NOOP("Analysis", "Nationality"),
    "document_code": QT_TRANSLATE_NOOP("Analysis", "Document code"),
    "failed": QT_TRANSLATE_NOOP("Analysis", "Failing check"), "alteration": QT_TRANSLATE_NOOP("Analysis", "Alteration"),
    "decision": QT_TRANSLATE_NOOP("Analysis", "Decision"), "workstation": QT_TRANSLATE_NOOP("Analysis", "Workstation"),
}
COLUMN_TEXT = {
    "id": QT_TRANSLATE_NOOP("Analysis", "Entry"), "time_local": QT_TRANSLATE_NOOP("Analysis", "Time"),
    "workstation": QT_TRANSLATE_NOOP("Analysis", "Workstation"), "officer": QT_TRANSLATE_NOOP("Analysis", "Officer"),
    "status": QT_TRANSLATE_NOOP("Analysis", "Verdict"), "format": QT_TRANSLATE_NOOP("Analysis", "Format"),
    "document_code": QT_TRANSLATE_NOOP("Analysis", "Code"), "issuing_state": QT_TRANSLATE_NOOP("Analysis", "State"),
    "nationality": QT_TRANSLATE_NOOP("Analysis", "Nationality"),
    "failed": QT_TRANSLATE_NOOP("Analysis", "Failing checks"), "alteration": QT_TRANSLATE_NOOP("Analysis", "Alteration"),
    "decision": QT_TRANSLATE_NOOP("Analysis", "Decision"),
}
UNDECIDED_TEXT = QT_TRANSLATE_NOOP("Analysis", "undecided")
FILTERED = ("status", "issuing_state", "nationality", "document_code", "failed", "decision", "workstation")

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def shown_value(name: str, value) -> str:
    """A value as the officer reads it: verdicts and decisions in words of the current language."""
    from desktop.ui import record_bar, verdict_banner

    if name == "status" and value in verdict_banner.WORDS:
        return verdict_banner.word(value).capitalize() if value else ""
    if name == "decision":
        if value == stats.UNDECIDED:
            return tr(UNDECIDED_TEXT)
        if value in record_bar.DECIDED_TEXT:
            return record_bar.tr(record_bar.DECIDED_TEXT[value])
    return "" if value is None else str(value)


class BarChart(QWidget):
    """Counts as labelled horizontal bars (days and weeks in calendar order, the rest most frequent first)."""

    MAX_BARS = 20

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.labels: dict[str, str] = {}
        self.setMinimumHeight(180)

    def set_counts(self, counts: dict, calendar: bool = False, name: str = "") -> None:
        """The latest days or weeks, or the most frequent values."""
        items = list(counts.items())
        self.labels = {key: shown_value(name, key) for key, _ in items}
        self.counts = items[-self.MAX_BARS:] if calendar else items[:self.MAX_BARS]
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.counts:
            p.drawText(self.rect(), Qt.AlignCenter, translate("Analysis", "No examinations match"))
            return
        metrics = self.fontMetrics()
        label_w = min(self.width() // 3, max(metrics.horizontalAdvance(self.labels.get(k, k))
                                             for k, _ in self.counts) + 12)
        row_h = max(14.0, min(28.0, (self.height() - 8) / len(self.counts)))
        top = max(v for _, v in self.counts)
        for i, (label, value) in enumerate(self.counts):
            y = 4 + i * row_h
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(4, y, label_w - 8, row_h), Qt.AlignVCenter | Qt.AlignRight, self.labels.get(label, label))
            width = (self.width() - label_w - 60) * value / top
            colour = STATUS_COLOUR.get(label, HIGHLIGHT)
            p.fillRect(QRectF(label_w, y + 2, max(1.0, width), row_h - 4), colour)
            p.drawText(QRectF(label_w + width + 4, y, 56, row_h), Qt.AlignVCenter, str(value))


class RowsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: list[dict] = []

    def set_rows(self, table: list[dict]) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(stats.TABLE_COLUMNS)

    def data(self, index, role=Qt.DisplayRole):
        column = stats.TABLE_COLUMNS[index.column()]
        value = self.table[index.row()].get(column)
        if role == Qt.DisplayRole:
            return "; ".join(value) if isinstance(value, (list, tuple)) else shown_value(column, value)
        if role == Qt.ForegroundRole and column == "status" and value in STATUS_COLOUR:
            return STATUS_COLOUR[value]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return tr(COLUMN_TEXT[stats.TABLE_COLUMNS[section]])
        return None


class AnalysisDialog(QDialog):
    def __init__(self, database: str, parent=None):
        super().__init__(parent)
        self.resize(1100, 720)
        self.all_rows: list[dict] = []
        self.source = QLineEdit(database, self)
        self.load_button = QPushButton(self)
        self.load_button.clicked.connect(self.load)
        self.since, self.until = QLineEdit(self), QLineEdit(self)
        self.filters = {name: QComboBox(self) for name in FILTERED}
        self.group = QComboBox(self)
        for key in stats.DIMENSIONS:
            self.group.addItem(tr(DIMENSION_TEXT[key]), key)
        self.group.setCurrentIndex(stats.DIMENSIONS.index("status"))
        self.chart = BarChart(self)
        self.model = RowsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_csv)
        close = QPushButton(translate("Analysis", "Close"), self)
        close.clicked.connect(self.accept)
        form = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.load_button)
        form.addRow(translate("Analysis", "Database:"), top)
        dates = QHBoxLayout()
        for edit in (self.since, self.until):
            edit.setPlaceholderText(translate("Analysis", "YYYY-MM-DD (any)"))
            edit.editingFinished.connect(self.refresh)
            dates.addWidget(edit)
        form.addRow(translate("Analysis", "From, to:"), dates)
        chooser = QHBoxLayout()
        for name, combo in self.filters.items():
            combo.setToolTip(tr(DIMENSION_TEXT[name]))
            combo.currentIndexChanged.connect(self.refresh)
            chooser.addWidget(combo)
        form.addRow(translate("Analysis", "Only:"), chooser)
        # a class's exercises (a trainer's "today is" date) are counted apart from a checkpoint's examinations
        self.training = QCheckBox(translate("Analysis", "Training examinations (made under a trainer's date)"), self)
        self.training.toggled.connect(self.refresh)
        form.addRow("", self.training)
        form.addRow(translate("Analysis", "Count by:"), self.group)
        self.group.currentIndexChanged.connect(self.refresh)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.view)
        split.setSizes([300, 400])
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.setWindowTitle(translate("Analysis", "Analysis of examinations") + f" — {APP_TITLE}")
        self.load_button.setText(translate("Analysis", "&Load"))
        self.export_button.setText(translate("Analysis", "Export &CSV…"))
        self.load()

    def load(self) -> None:
        try:
            log = open_log(self.source.text().strip() or None)
            try:
                with stats.paused_gc():
                    self.all_rows = list(stats.rows(log, stats.Filters(training=None)))
            finally:
                log.close()
        except (LogError, ValueError, OSError) as exc:
            self.all_rows = []
            QMessageBox.warning(self, APP_TITLE, translate("Analysis", "The log cannot be read:") + f"\n\n{exc}")
        for name, combo in self.filters.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("Analysis", "any %1").replace("%1", tr(DIMENSION_TEXT[name]).lower()), None)
            values = sorted({v for row in self.all_rows for v in (row[name] if name == "failed" else [row[name]])
                             if v})
            for value in values:
                combo.addItem(shown_value(name, value), value)
            combo.blockSignals(False)
        self.refresh()

    def current_filters(self) -> stats.Filters:
        def day(edit):
            try:
                return dt.date.fromisoformat(edit.text().strip()) if edit.text().strip() else None
            except ValueError:
                edit.setStyleSheet("background: #fde2e2;")
                return None

        for edit in (self.since, self.until):
            edit.setStyleSheet("")
        chosen = {name: combo.currentData() for name, combo in self.filters.items()}
        return stats.Filters(since=day(self.since), until=day(self.until), training=self.training.isChecked(),
                             **chosen)

    def refresh(self) -> None:
        filters = self.current_filters()
        table = [row for row in self.all_rows if filters.keep(row)]
        counts = stats.count(table)
        group = self.group.currentData()
        self.chart.set_counts(counts[f"by_{group}"], calendar=group in ("day", "week"), name=group)
        self.model.set_rows(list(reversed(table)))  # the latest first
        self.view.resizeColumnsToContents()
        kind = sum(1 for row in self.all_rows if row["training"] == self.training.isChecked())
        self.total.setText(translate("Analysis", "%1 of %2 examinations").replace("%1", str(len(table))).replace(
            "%2", str(kind)))

    def shown_rows(self) -> list[dict]:
        return self.model.table

    def export_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, translate("Analysis", "Export the table"), "examinations.csv",
                                                  translate("Analysis", "CSV files (*.csv)"))
        if path:
            try:
                count = stats.write_csv(self.shown_rows(), path)
            except OSError as exc:
                QMessageBox.warning(self, APP_TITLE, str(exc))
                return
            self.total.setText(translate("Analysis", "%1 examinations written to %2").replace("%1", str(count)).replace("%2", path))
