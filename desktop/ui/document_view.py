"""The document image: zoom (wheel, Ctrl +/-, fit), pan (drag), rotate; the MRZ outlined; character boxes
coloured by status on demand; the selected finding's characters outlined on the image."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QGraphicsView

from desktop.ui.imaging import pixmap, setup_view
from desktop.ui.style import HIGHLIGHT, STATUS_COLOUR


class DocumentView(QGraphicsView):
    def __init__(self, parent=None):
        super().__init__(parent)
        setup_view(self)
        self.pixmap_item = None
        self.chars: list[list[dict]] = []
        self.char_items: list[QGraphicsPolygonItem] = []
        self.selection_items: list[QGraphicsPolygonItem] = []
        self.box_items: list[QGraphicsPolygonItem] = []
        self.show_boxes = False
        self.auto_fit = True
        self.uncertain: set[tuple[int, int]] = set()
        self.corrected: set[tuple[int, int]] = set()
        self.failing: set[tuple[int, int]] = set()

    def clear(self) -> None:
        self.scene().clear()
        self.pixmap_item, self.chars, self.char_items, self.selection_items = None, [], [], []
        self.box_items = []

    def show_image(self, image: np.ndarray | None, report=None) -> None:
        """The page as opened (grey or RGB), the MRZ outlined, the characters boxed on demand."""
        self.clear()
        if image is None:
            return
        self.pixmap_item = self.scene().addPixmap(pixmap(image))
        self.scene().setSceneRect(self.pixmap_item.boundingRect())
        extra = report.extra if report else {}
        quad = extra.get("mrz_quad")
        if quad:
            pen = QPen(HIGHLIGHT, 3)
            pen.setCosmetic(True)  # the same width on screen at every zoom
            self.scene().addPolygon(QPolygonF([QPointF(x, y) for x, y in quad]), pen)
        self.chars = extra.get("chars") or []
        self._draw_boxes()
        self.fit()

    def set_marks(self, uncertain, corrected, failing=()) -> None:
        self.uncertain, self.corrected, self.failing = set(uncertain), set(corrected), set(failing)
        self._draw_boxes()

    def set_show_boxes(self, show: bool) -> None:
        self.show_boxes = show
        self._draw_boxes()

    def _polygon(self, box) -> QPolygonF:
        return QPolygonF([QPointF(x, y) for x, y in box])

    def _draw_boxes(self) -> None:
        for item in self.char_items:
            self.scene().removeItem(item)
        self.char_items = []
        for li, line in enumerate(self.chars):
            for col, char in enumerate(line):
                failing = (li, col) in self.failing
                marked = (li, col) in self.uncertain or (li, col) in self.corrected
                if not (self.show_boxes or marked or failing):
                    continue
                colour = STATUS_COLOUR["fail"] if failing else STATUS_COLOUR["warn"] if marked \
                    else STATUS_COLOUR["pass"]
                pen = QPen(colour, 3 if marked else 1)
                pen.setCosmetic(True)
                item = self.scene().addPolygon(self._polygon(char["box"]), pen)
                self.char_items.append(item)

    def select(self, spans: list[tuple[int, int, int]]) -> None:
        for item in self.selection_items:
            self.scene().removeItem(item)
        self.selection_items = []
        for li, start, end in spans:
            if li >= len(self.chars) or end > len(self.chars[li]) or start >= end:
                continue
            first, last = self.chars[li][start]["box"], self.chars[li][end - 1]["box"]
            pen = QPen(HIGHLIGHT, 4)
            pen.setCosmetic(True)
            poly = self._polygon([first[0], last[1], last[2], first[3]])
            self.selection_items.append(self.scene().addPolygon(poly, pen, QBrush(QColor(31, 79, 209, 50))))

    def select_boxes(self, boxes: list) -> None:
        """Outline printed (VIZ) fields, [x, y, w, h] in image pixels, beside the selected MRZ characters."""
        for item in self.box_items:
            self.scene().removeItem(item)
        self.box_items = []
        for x, y, w, h in boxes:
            pen = QPen(HIGHLIGHT, 4)
            pen.setCosmetic(True)
            poly = self._polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h)])
            self.box_items.append(self.scene().addPolygon(poly, pen, QBrush(QColor(31, 79, 209, 40))))

    def fit(self) -> None:
        self.auto_fit = True
        if self.pixmap_item is not None:
            self.fitInView(self.scene().itemsBoundingRect(), Qt.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        self.auto_fit = False  # the officer chose a zoom: keep it when the window changes
        self.scale(factor, factor)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def rotate_view(self, degrees: float = 90) -> None:
        self.rotate(degrees)
        self.fit()

    def wheelEvent(self, event) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
