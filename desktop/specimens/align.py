"""Bringing a scan into a specimen's frame, so the two can be overlaid, swiped and zoomed together.

The MRZ is the one thing every scan and specimen share at known positions, and the reader finds its four
corners in reading order whatever the page's orientation. A similarity (rotation, scale, shift) from the
scan's MRZ corners to the specimen's is used rather than a full homography: the MRZ is a thin band, and a
perspective fitted to it alone tilts the rest of the page wildly; a flatbed scan is a similarity anyway.
"""

from __future__ import annotations

import cv2
import numpy as np

from desktop.specimens.model import Specimen


def transform(scan_quad, specimen_quad) -> np.ndarray | None:
    """The 2x3 matrix taking scan coordinates to specimen coordinates, or None."""
    if not scan_quad or not specimen_quad:
        return None
    src = np.asarray(scan_quad, np.float32).reshape(-1, 2)
    dst = np.asarray(specimen_quad, np.float32).reshape(-1, 2)
    if src.shape != (4, 2) or dst.shape != (4, 2):
        return None
    matrix, _ = cv2.estimateAffinePartial2D(src, dst, method=cv2.LMEDS)
    return matrix


def warp(image: np.ndarray, matrix: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """`image` (grey or RGB) in the specimen's frame of `size` (width, height); outside the scan is white."""
    white = 255 if image.ndim == 2 else (255, 255, 255)
    return cv2.warpAffine(image, matrix, size, flags=cv2.INTER_LINEAR, borderValue=white)


class Aligner:
    """Reads each specimen's MRZ corners once (with its own Reader) and aligns scans to it."""

    def __init__(self, reader):
        self.reader = reader
        self._quads: dict[tuple[str, str], list | None] = {}

    def specimen_quad(self, specimen: Specimen) -> list | None:
        key = (specimen.id, str(specimen.folder))
        if key not in self._quads:
            from desktop.reader import loader

            try:
                grey = loader.load(specimen.image())[0]
                self._quads[key] = self.reader.read(grey).quad
            except loader.ImageError:
                self._quads[key] = None
        return self._quads[key]

    def align(self, scan: np.ndarray, scan_quad, specimen: Specimen, size: tuple[int, int]) -> np.ndarray | None:
        matrix = transform(scan_quad, self.specimen_quad(specimen))
        return None if matrix is None else warp(scan, matrix, size)
