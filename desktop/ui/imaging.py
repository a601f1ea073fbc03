"""What every image pane shares: numpy pages as pixmaps, and the look and handling of a zoomable view."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView


def pixmap(array: np.ndarray) -> QPixmap:
    """A grey (h x w) or RGB (h x w x 3) uint8 array as a pixmap (copied: the array may go away)."""
    array = np.ascontiguousarray(array)
    fmt = QImage.Format_Grayscale8 if array.ndim == 2 else QImage.Format_RGB888
    image = QImage(array.data, array.shape[1], array.shape[0], array.strides[0], fmt)
    return QPixmap.fromImage(image.copy())


def to_array(image: QImage) -> np.ndarray:
    """A Grayscale8 (h x w) or RGB888 (h x w x 3) QImage as a numpy array of its own (rows may be padded)."""
    channels = 1 if image.format() == QImage.Format_Grayscale8 else 3
    rows = np.array(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    array = rows[:, :image.width() * channels].copy()
    return array if channels == 1 else array.reshape(image.height(), image.width(), 3)


def setup_view(view: QGraphicsView) -> None:
    """A scene, smooth scaling, drag to pan, zoom about the mouse, a dark surround that makes the page stand out."""
    view.setScene(QGraphicsScene(view))
    view.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
    view.setDragMode(QGraphicsView.ScrollHandDrag)
    view.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
    view.setBackgroundBrush(QColor("#3a3f44"))


def png_bytes(array: np.ndarray) -> bytes:
    """A grey or RGB array as PNG file bytes (a pasted image, as the log keeps it)."""
    from PySide6.QtCore import QBuffer, QByteArray

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.WriteOnly)
    pixmap(array).toImage().save(buffer, "PNG")
    return bytes(data)
