"""The verdict at a glance: PASS / FAIL / UNREADABLE / ERROR in words, shape and colour, readable from 2 m."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.style import STATUS_COLOUR

WORDS = {"pass": QT_TRANSLATE_NOOP("Verdict", "PASS"), "fail": QT_TRANSLATE_NOOP("Verdict", "FAIL"),
         "unreadable": QT_TRANSLATE_NOOP("Verdict", "UNREADABLE"), "error": QT_TRANSLATE_NOOP("Verdict", "ERROR"),
         "idle": QT_TRANSLATE_NOOP("Verdict", "READY"), "busy": QT_TRANSLATE_NOOP("Verdict", "READING…")}


def word(status: str) -> str:
    return QCoreApplication.translate("Verdict", WORDS[status])


class StatusIcon(QWidget):
    """A shape per status: circle with a tick, octagon with a cross, diamond with '?', triangle with '!'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = "idle"
        self.setFixedSize(96, 96)

    def set_status(self, status: str) -> None:
        self.status = status
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        colour = STATUS_COLOUR.get(self.status, STATUS_COLOUR["skip"])
        p.setPen(QPen(Qt.white, 7, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        p.setBrush(colour)
        r = QRectF(6, 6, 84, 84)
        if self.status == "pass":
            p.drawEllipse(r)
            p.drawPolyline(QPolygonF([QPointF(28, 50), QPointF(42, 64), QPointF(68, 34)]))
        elif self.status == "fail":
            pts = [QPointF(48 + 42 * c, 48 + 42 * s) for c, s in
                   ((0.38, -0.92), (0.92, -0.38), (0.92, 0.38), (0.38, 0.92), (-0.38, 0.92), (-0.92, 0.38),
                    (-0.92, -0.38), (-0.38, -0.92))]
            p.drawPolygon(QPolygonF(pts))
            p.drawLine(QPointF(33, 33), QPointF(63, 63))
            p.drawLine(QPointF(63, 33), QPointF(33, 63))
        elif self.status in ("unreadable", "error"):
            shape = ([QPointF(48, 4), QPointF(92, 48), QPointF(48, 92), QPointF(4, 48)] if self.status == "unreadable"
                     else [QPointF(48, 6), QPointF(92, 88), QPointF(4, 88)])
            p.drawPolygon(QPolygonF(shape))
            font = QFont(self.font())
            font.setPixelSize(44)
            font.setBold(True)
            p.setFont(font)
            p.drawText(QRectF(0, 12 if self.status == "error" else 0, 96, 96), Qt.AlignCenter,
                       "?" if self.status == "unreadable" else "!")
        else:
            p.setBrush(Qt.NoBrush)
            p.setPen(QPen(colour, 5))
            p.drawEllipse(r)


class VerdictBanner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("VerdictBanner")
        self.icon = StatusIcon(self)
        self.title = QLabel(self)
        self.title.setObjectName("verdictWord")
        self.detail = QLabel(self)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        self.status, self.counts, self.note = "idle", (0, 0), ""
        self.scale = 1.0
        self.show_status("idle")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.show_status(self.status, *self.counts, note=self.note)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.show_status(self.status, *self.counts, note=self.note)

    def show_status(self, status: str, failed: int = 0, warned: int = 0, note: str = "") -> None:
        self.status, self.counts, self.note = status, (failed, warned), note
        self.icon.set_status(status)
        colour = STATUS_COLOUR.get(status, STATUS_COLOUR["skip"]).name()
        font = QFont(self.font())
        font.setPixelSize(int(56 * self.scale))
        font.setBold(True)
        self.title.setFont(font)
        self.title.setText(word(status))
        self.title.setStyleSheet(f"color: {colour};")
        self.setStyleSheet(f"#VerdictBanner {{ border: 4px solid {colour}; border-radius: 8px; }}")
        parts = []
        if status in ("pass", "fail", "unreadable"):
            parts.append(QCoreApplication.translate("Verdict", "%n failed", "", failed) + " · "
                         + QCoreApplication.translate("Verdict", "%n warnings", "", warned))
        if note:
            parts += note.split("\n")
        small = QFont(self.font())
        small.setPixelSize(int(20 * self.scale))
        self.detail.setFont(small)
        text = "\n".join(parts)
        metrics = QFontMetrics(small)
        width = max(200, self.width() - self.icon.width() - 60)
        # Each part wrapped to the banner by hand (a word-wrapped QLabel would not claim its height in the
        # layout), at most three lines a part: an unreadable page's reason says what to do, and must be read.
        lines = [line for part in parts for line in _wrap(part, metrics, width, 3)]
        self.detail.setText("\n".join(lines))
        self.detail.setToolTip(text)
        self.detail.setMinimumHeight(metrics.lineSpacing() * max(1, len(lines)) + 4)
        self.title.setMinimumHeight(QFontMetrics(font).height())
        self.layout().activate()
        self.setMinimumHeight(self.layout().minimumSize().height())  # make the parent layout give it room now


def _wrap(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """`text` in lines no wider than `width`, broken between words; the last of `most` lines elided."""
    lines, line = [], ""
    for word_ in text.split(" "):
        candidate = f"{line} {word_}" if line else word_
        if line and metrics.horizontalAdvance(candidate) > width:
            lines.append(line)
            line = word_
        else:
            line = candidate
    lines.append(line)
    if len(lines) > most:
        lines = lines[:most - 1] + [" ".join(lines[most - 1:])]
    return [metrics.elidedText(line, Qt.ElideRight, width) for line in lines]
