"""Scan and specimen compared: side by side with synchronised zoom and pan, overlay with an opacity slider,
or a swipe line. The scan is first brought into the specimen's frame (desktop.specimens.align), so the
same point of the document is at the same place in every view; security-feature zones are drawn on both.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView, QHBoxLayout, QWidget

from desktop.ui.imaging import pixmap, setup_view

MODES = ("side", "overlay", "swipe")
ZONE_PEN = QColor("#1f4fd1")
SELECTED_PEN = QColor("#d55e00")


class PaneView(QGraphicsView):
    """One pane; reports zoom and scroll so its twin can follow, and clicks in scene coordinates."""

    moved = Signal()
    clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        setup_view(self)
        self.horizontalScrollBar().valueChanged.connect(lambda _: self.moved.emit())
        self.verticalScrollBar().valueChanged.connect(lambda _: self.moved.emit())
        self._press = None
        self.auto_fit = True  # keep the whole document in view until the user zooms

    def fit(self) -> None:
        if self.scene().items():
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event) -> None:
        factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
        self.auto_fit = False
        self.scale(factor, factor)
        self.moved.emit()

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self._press is not None and (event.position() - self._press).manhattanLength() < 4:
            point = self.mapToScene(event.position().toPoint())
            self.clicked.emit(point.x(), point.y())
        self._press = None


class CompareView(QWidget):
    featureClicked = Signal(str)  # a zone id, clicked on either pane

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scan_view, self.specimen_view = PaneView(self), PaneView(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scan_view, 1)
        layout.addWidget(self.specimen_view, 1)
        self.mode, self.opacity, self.swipe = "side", 0.5, 0.5
        self.scan: np.ndarray | None = None  # already in the specimen's frame when `aligned`
        self.specimen: np.ndarray | None = None
        self.aligned = False
        self.zones: list[tuple[str, QRectF]] = []
        self.features: set[str] = set()
        self.selected: str | None = None
        self._syncing = False
        self.scan_view.moved.connect(lambda: self._follow(self.scan_view, self.specimen_view))
        self.specimen_view.moved.connect(lambda: self._follow(self.specimen_view, self.scan_view))
        self.scan_view.clicked.connect(self._clicked)
        self.specimen_view.clicked.connect(self._clicked)

    def set_images(self, scan: np.ndarray | None, specimen: np.ndarray | None, aligned: bool,
                   zones: list[tuple[str, tuple[float, float, float, float]]], features: set[str] = frozenset()) -> None:
        """`zones`: (id, normalised box) on the specimen's side; `features`: the ids outlined at once."""
        self.scan, self.specimen, self.aligned = scan, specimen, aligned
        self.features = set(features)
        self.zones = []
        if specimen is not None:
            h, w = specimen.shape[:2]
            self.zones = [(zid, QRectF(x * w, y * h, bw * w, bh * h)) for zid, (x, y, bw, bh) in zones]
        self._render()
        self.fit()

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in MODES else "side"
        self._render()
        self.fit()

    def set_opacity(self, value: float) -> None:
        self.opacity = value
        if self.mode == "overlay":
            self._render(keep_view=True)

    def set_swipe(self, value: float) -> None:
        self.swipe = value
        if self.mode == "swipe":
            self._render(keep_view=True)

    def select(self, zone_id: str | None) -> None:
        self.selected = zone_id
        self._render(keep_view=True)
        for zid, rect in self.zones:
            if zid == zone_id:
                for view in self._views():
                    view.ensureVisible(rect, 40, 40)

    def fit(self) -> None:
        for view in self._views():
            view.auto_fit = True
            view.fit()

    def _views(self):
        return (self.scan_view, self.specimen_view) if self.mode == "side" else (self.specimen_view,)

    def _render(self, keep_view: bool = False) -> None:
        if self.scan_view.isVisibleTo(self) != (self.mode == "side"):
            self.scan_view.setVisible(self.mode == "side")
            self.layout().activate()  # the remaining pane takes the room now, so fitting sees its size
        for view in (self.scan_view, self.specimen_view):
            transform = view.transform()
            view.scene().clear()
            if keep_view:
                view.setTransform(transform)
        spec, scan = self.specimen, self.scan
        if self.mode == "side":
            if scan is not None:
                self.scan_view.scene().addPixmap(pixmap(scan))
            if spec is not None:
                self.specimen_view.scene().addPixmap(pixmap(spec))
        elif spec is not None:
            self.specimen_view.scene().addPixmap(pixmap(spec))
            if scan is not None and self.aligned:
                top = self._scan_layer(scan, spec.shape)
                item = self.specimen_view.scene().addPixmap(pixmap(top))
                if self.mode == "overlay":
                    item.setOpacity(self.opacity)
                else:
                    x = self.swipe * spec.shape[1]
                    pen = QPen(SELECTED_PEN, 3)
                    pen.setCosmetic(True)
                    self.specimen_view.scene().addLine(x, 0, x, spec.shape[0], pen)
        for view in (self.scan_view, self.specimen_view):
            if view is self.scan_view and not (self.aligned and self.mode == "side"):
                continue  # zones are in the specimen's frame: they fit the scan only once it is aligned
            for zid, rect in self.zones:
                if zid != self.selected and zid not in self.features:
                    continue  # only security features are outlined until a zone is chosen
                pen = QPen(SELECTED_PEN if zid == self.selected else ZONE_PEN, 4 if zid == self.selected else 1.5)
                pen.setCosmetic(True)
                if zid != self.selected:
                    pen.setStyle(Qt.DashLine)
                item = QGraphicsRectItem(rect)
                item.setPen(pen)
                if zid == self.selected:
                    item.setBrush(QColor(213, 94, 0, 40))
                item.setData(0, zid)
                view.scene().addItem(item)
            if view.scene().items():
                view.scene().setSceneRect(view.scene().itemsBoundingRect())

    def _scan_layer(self, scan: np.ndarray, shape) -> np.ndarray:
        """The aligned scan, for swipe only its left part (the specimen shows through on the right)."""
        layer = scan if scan.ndim == 3 else np.repeat(scan[:, :, None], 3, axis=2)
        if self.mode == "swipe":
            layer = layer.copy()
            x = int(self.swipe * shape[1])
            spec = self.specimen if self.specimen.ndim == 3 else np.repeat(self.specimen[:, :, None], 3, axis=2)
            layer[:, x:] = spec[:, x:]
        return layer

    def _follow(self, source: PaneView, target: PaneView) -> None:
        """Side by side: the other pane shows the same part of the document at the same zoom."""
        if self._syncing or self.mode != "side" or not self.aligned:
            return
        self._syncing = True
        target.setTransform(source.transform())
        target.centerOn(source.mapToScene(source.viewport().rect().center()))
        self._syncing = False

    def _clicked(self, x: float, y: float) -> None:
        hits = [zid for zid, rect in self.zones if rect.contains(x, y)]
        if hits:
            # The smallest zone under the click: a feature inside the guilloche, not the guilloche.
            best = min(hits, key=lambda z: next(r.width() * r.height() for i, r in self.zones if i == z))
            self.featureClicked.emit(best)
