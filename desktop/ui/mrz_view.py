"""The MRZ as printed, in the bundled OCR-B font: fields tinted, failing characters boxed, the selected
finding outlined, uncertain and corrected characters marked. Clicking a character selects its finding."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.checks import formats
from desktop.paths import resource
from desktop.ui.style import FIELD_TINT, HIGHLIGHT, STATUS_COLOUR

_FAMILY: list[str] = []


def ocrb_family() -> str:
    if not _FAMILY:
        ident = QFontDatabase.addApplicationFont(str(resource("fonts", "OCRB.otf")))
        families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
        _FAMILY.append(families[0] if families else "Monospace")
    return _FAMILY[0]


class MrzView(QWidget):
    charClicked = Signal(int, int)  # line, column

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[str] = []
        self.fmt: formats.Format | None = None
        self.failing: set[tuple[int, int]] = set()
        self.uncertain: set[tuple[int, int]] = set()
        self.corrected: set[tuple[int, int]] = set()
        self.selected: list[tuple[int, int, int]] = []
        self.point_size = 20
        # No fixed minimum height: the minimum follows the lines shown (minimumSizeHint), so the window's
        # splitter makes room for a TD1's third line, and the text shrinks rather than being cut off.
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_scale(self, scale: float) -> None:
        self.point_size = int(20 * scale)
        self.updateGeometry()
        self.update()

    def show_report(self, report, uncertain=(), corrected=()) -> None:
        self.lines = list(report.mrz) if report else []
        self.fmt = formats.BY_NAME.get(report.format) if report and report.format else None
        self.failing = {(ln, col) for c in (report.checks if report else ()) if c.status == "fail" and c.span
                        for ln, s, e in [c.span] for col in range(s, e)}
        self.uncertain, self.corrected = set(uncertain), set(corrected)
        self.selected = []
        self.updateGeometry()
        self.update()

    def select(self, spans: list[tuple[int, int, int]]) -> None:
        self.selected = list(spans)
        self.update()

    def _metrics(self) -> tuple[QFont, float, float]:
        """Font and cell size: as large as asked, but never wider or taller than the widget, so every line of
        every format stays visible (it shrinks with the window)."""
        width = max((len(line) for line in self.lines), default=44)
        size = float(self.point_size)
        if self.width() > 100:
            size = min(size, (self.width() - 24) / (width * 1.15))
        if self.height() > 40:
            size = min(size, (self.height() - 24) / (max(len(self.lines), 2) * 2.0))
        font = QFont(ocrb_family())
        font.setPixelSize(max(6, int(size * 1.4)))
        return font, size * 1.15, size * 2.0

    def sizeHint(self) -> QSize:
        width = max((len(line) for line in self.lines), default=44)
        return QSize(int(width * self.point_size * 1.15 + 24), int(max(len(self.lines), 2) * self.point_size * 2 + 24))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, int(max(len(self.lines), 2) * self.point_size * 2.0 + 24))

    def text_rect(self) -> QRectF:
        """Where the lines are drawn (widget coordinates)."""
        _, cell_w, cell_h = self._metrics()
        width = max((len(line) for line in self.lines), default=0)
        return QRectF(12, 12, width * cell_w, len(self.lines) * cell_h)

    def resizeEvent(self, event) -> None:
        self.updateGeometry()
        super().resizeEvent(event)

    def _field_of(self, line: int, col: int) -> str:
        return formats.field_at(self.fmt, line, col) if self.fmt else "layout"

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        font, cell_w, cell_h = self._metrics()
        p.setFont(font)
        for li, line in enumerate(self.lines):
            for col, char in enumerate(line):
                r = QRectF(12 + col * cell_w, 12 + li * cell_h, cell_w, cell_h)
                p.fillRect(r.adjusted(0, 2, 0, -2), QColor(FIELD_TINT.get(self._field_of(li, col), "#ffffff")))
                if (li, col) in self.corrected:
                    p.fillRect(r.adjusted(0, 2, 0, -2), QColor("#ffd27f"))
                p.setPen(QColor("#111111"))
                p.drawText(r, Qt.AlignCenter, char)
                if (li, col) in self.failing:
                    p.setPen(QPen(STATUS_COLOUR["fail"], 3))
                    p.drawRect(r.adjusted(1, 3, -1, -3))
                if (li, col) in self.uncertain:
                    p.setPen(QPen(STATUS_COLOUR["warn"], 3, Qt.DotLine))
                    p.drawLine(r.bottomLeft() + QPointF(2, -3), r.bottomRight() + QPointF(-2, -3))
        p.setPen(QPen(HIGHLIGHT, 4))
        p.setBrush(Qt.NoBrush)
        for li, start, end in self.selected:
            if li < len(self.lines):
                p.drawRoundedRect(QRectF(12 + start * cell_w - 2, 12 + li * cell_h,
                                         (end - start) * cell_w + 4, cell_h), 4, 4)

    def mousePressEvent(self, event) -> None:
        _, cell_w, cell_h = self._metrics()
        col = int((event.position().x() - 12) // cell_w)
        line = int((event.position().y() - 12) // cell_h)
        if 0 <= line < len(self.lines) and 0 <= col < len(self.lines[line]):
            self.charClicked.emit(line, col)


