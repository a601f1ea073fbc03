"""Every finding, grouped (check digits, layout, codes, dates, names, deviations, reading), with status
symbols and plain-language messages. Selecting one highlights its characters; a check-digit finding expands
into the 7-3-1 arithmetic (character, value, weight, product, sum, mod 10) that trainers explain."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop.checks import checkdigit
from desktop.ui import i18n
from desktop.ui.style import STATUS_COLOUR, STATUS_SYMBOL

GROUPS = (QT_TRANSLATE_NOOP("Results", "Check digits"), QT_TRANSLATE_NOOP("Results", "Layout"),
          QT_TRANSLATE_NOOP("Results", "Codes"), QT_TRANSLATE_NOOP("Results", "Dates"),
          QT_TRANSLATE_NOOP("Results", "Names"), QT_TRANSLATE_NOOP("Results", "Printed data"),
          QT_TRANSLATE_NOOP("Results", "Deviations"), QT_TRANSLATE_NOOP("Results", "Reading"))
SPANS = Qt.UserRole + 1
BOXES = Qt.UserRole + 2  # [x, y, w, h] image boxes of a printed (VIZ) field


def group_of(check_id: str) -> str:
    head = check_id.split(".")[0]
    if head == "viz":
        return "Printed data"
    if head in ("check_digit",) or check_id == "document_number.long":
        return "Check digits"
    if head == "deviation" or check_id == "names.empty_primary":
        return "Deviations"
    if head == "reading":
        return "Reading"
    if head == "names":
        return "Names"
    if check_id.endswith((".charset", ".filler")) or head in ("layout", "input"):
        return "Layout"
    if head in ("birth_date", "expiry_date"):
        return "Dates"
    return "Codes"


def working_rows(lines: list[str], covers) -> list[tuple[str, str, str, str]]:
    """(character, value, weight, product) for each character a check digit covers, then the sum rows."""
    data = "".join(lines[ln][s:e] for ln, s, e in covers if ln < len(lines))
    work = checkdigit.explain(data)
    if work is None:
        return []
    rows = [(s.char, str(s.value), f"× {s.weight}", f"= {s.product}") for s in work.steps]
    translate = QCoreApplication.translate
    rows.append((translate("Results", "sum"), "", "", f"= {work.total}"))
    rows.append((translate("Results", "sum mod 10"), "", "", f"= {work.digit}"))
    return rows


class ResultsPanel(QTreeWidget):
    spansSelected = Signal(list)  # [(line, start, end), ...]
    boxesSelected = Signal(list)  # [[x, y, w, h], ...] in image pixels (printed fields)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.ElideNone)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)  # the message gets the room; wrapped, not cut
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.report = None
        self.itemSelectionChanged.connect(self._selected)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setHeaderLabels([translate("Results", "Finding"), translate("Results", "Where")])
        self.show_report(self.report)

    def show_report(self, report) -> None:
        self.report = report
        self.clear()
        if report is None:
            return
        translate = QCoreApplication.translate
        groups = {}
        for name in GROUPS:
            members = [c for c in report.checks if group_of(c.id) == name]
            if not members:
                continue
            # a group whose findings were all skipped is grey, never the green of a group that agreed
            worst = "fail" if any(c.status == "fail" for c in members) else \
                "warn" if any(c.status == "warn" for c in members) else \
                "pass" if any(c.status == "pass" for c in members) else "skip"
            count = f"({len(members)})"
            if name == "Printed data" and "viz_compared" in report.extra:
                count = "(" + translate("Results", "%1 of %2 printed fields compared").replace(
                    "%1", str(report.extra["viz_compared"])).replace("%2", str(report.extra.get("viz_fields", 7))) + ")"
                if not report.extra["viz_compared"] and worst == "pass":
                    worst = "skip"
            head = QTreeWidgetItem([f"{STATUS_SYMBOL[worst]}  {translate('Results', name)}  {count}", ""])
            bold = QFont(self.font())
            bold.setBold(True)
            head.setFont(0, bold)
            head.setForeground(0, QBrush(STATUS_COLOUR[worst]))
            self.addTopLevelItem(head)
            head.setExpanded(worst != "pass")
            groups[name] = head
            order = {"fail": 0, "warn": 1, "skip": 2, "pass": 3}
            for c in sorted(members, key=lambda c: order[c.status]):
                self._add(head, c, report)

    def _add(self, parent: QTreeWidgetItem, c, report) -> None:
        where = f"{c.span[0] + 1}:{c.span[1] + 1}" if c.span else ""
        text = i18n.check_text(c)
        item = QTreeWidgetItem([f"{STATUS_SYMBOL[c.status]}  {text}", where])
        item.setToolTip(0, text)
        item.setForeground(0, QBrush(STATUS_COLOUR[c.status]))
        item.setData(0, SPANS, ([c.span] if c.span else []) + list(c.covers))
        item.setData(0, Qt.UserRole, c.id)
        printed = (report.extra.get("viz") or {}).get(c.field) if c.id.startswith("viz.") else None
        item.setData(0, BOXES, [printed["box"]] if printed and printed.get("box") else [])
        parent.addChild(item)
        if c.id.startswith("check_digit.") and c.covers:
            mono = QFont("Monospace")
            mono.setStyleHint(QFont.TypeWriter)
            for char, value, weight, product in working_rows(list(report.mrz), c.covers):
                row = QTreeWidgetItem([f"{char:>10}  {value:>3} {weight:>4} {product:>6}", ""])
                row.setFont(0, mono)
                row.setData(0, SPANS, item.data(0, SPANS))
                item.addChild(row)

    def select_position(self, line: int, col: int) -> None:
        """Select the most important finding that covers a character (clicked in the MRZ view)."""
        for i in range(self.topLevelItemCount()):
            head = self.topLevelItem(i)
            for j in range(head.childCount()):
                item = head.child(j)
                spans = item.data(0, SPANS) or []
                if any(ln == line and s <= col < e for ln, s, e in spans[:1]):
                    self.setCurrentItem(item)
                    return

    def _selected(self) -> None:
        items = self.selectedItems()
        spans = items[0].data(0, SPANS) if items else []
        self.spansSelected.emit([tuple(s) for s in spans or []])
        self.boxesSelected.emit(list(items[0].data(0, BOXES) or []) if items else [])
