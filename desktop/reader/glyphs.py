"""Character cells as the recognisers see them, and OCR-B reference glyphs rendered from the bundled font.

A cell is normalised the same way wherever it comes from (a rendered glyph, a scan, a photo): ink made
bright, cropped to the ink of the character at the cell's centre, scaled into a SIZE x SIZE square with its
aspect kept (the canvas every recogniser reads).
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.paths import resource

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
SIZE = 32


def ink_box(ink: np.ndarray) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1) of the character nearest the centre of a cell whose ink is bright."""
    if ink.size == 0 or ink.max() < 40:
        return None
    _, binary = cv2.threshold(ink, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    count, _, stats, cents = cv2.connectedComponentsWithStats(binary, connectivity=8)
    h, w = ink.shape
    keep = []
    for i in range(1, count):
        x, y, bw, bh, area = stats[i]
        cx = cents[i][0]
        # Keep pieces near the centre column; drop specks and slivers of the neighbouring cells.
        if area >= max(3, 0.004 * h * w) and abs(cx - w / 2) < 0.42 * w and x + bw > 0.1 * w and x < 0.9 * w:
            keep.append((x, y, x + bw, y + bh))
    if not keep:
        return None
    xs0, ys0, xs1, ys1 = zip(*keep)
    return min(xs0), min(ys0), max(xs1), max(ys1)


def canvas(ink: np.ndarray) -> np.ndarray | None:
    """A cell (bright ink on dark) as the recognisers see it: SIZE x SIZE float32 in 0..1, or None if empty."""
    box = ink_box(ink)
    if box is None:
        return None
    x0, y0, x1, y1 = box
    crop = ink[y0:y1, x0:x1].astype(np.float32)
    h, w = crop.shape
    # Scale by the height (capitals and digits are all full height): widths stay comparable, which is what
    # tells OCR-B's round O from its narrower 0. Only '<' and the widest letters are limited by the width.
    scale = (SIZE - 2) / h if w <= h else (SIZE - 2) / w
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = cv2.resize(crop, (nw, nh), interpolation=cv2.INTER_AREA)
    out = np.zeros((SIZE, SIZE), np.float32)
    oy, ox = (SIZE - nh) // 2, (SIZE - nw) // 2
    out[oy:oy + nh, ox:ox + nw] = small / max(float(small.max()), 1.0)
    return out


def features(cell: np.ndarray | None) -> np.ndarray | None:
    """A canvas as a zero-mean unit-length vector: a dot product of two is their normalised correlation."""
    if cell is None:
        return None
    vec = cell.ravel() - cell.mean()
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 1e-6 else None


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", "OCRB.otf")), size)


def render(char: str, height: int = 64) -> np.ndarray:
    """One OCR-B glyph, black on white, in a cell of 10-cpi proportions (pitch ~0.62 of the line height)."""
    face = font(height)
    width = int(height * 0.75)
    image = Image.new("L", (width, int(height * 1.3)), 255)
    ImageDraw.Draw(image).text((width // 2, int(height * 0.65)), char, font=face, fill=0, anchor="mm")
    return np.asarray(image)


@lru_cache(maxsize=1)
def templates() -> tuple[np.ndarray, np.ndarray]:
    """(features, labels): every character rendered in several weights and blurs, normalised."""
    feats, labels = [], []
    kernel = np.ones((3, 3), np.uint8)
    for char in ALPHABET:
        ink = 255 - render(char)
        # Print weights from thin to bold, and the blur of low-resolution scans and phone photos.
        variants = [ink, cv2.dilate(ink, kernel), cv2.erode(ink, kernel), cv2.dilate(ink, kernel, iterations=2)]
        variants += [cv2.GaussianBlur(v, (0, 0), sigma) for v in variants[:3] for sigma in (1.5, 3.0, 4.5)]
        for variant in variants:
            vec = features(canvas(variant))
            if vec is not None:
                feats.append(vec)
                labels.append(ALPHABET.index(char))
    return np.stack(feats), np.array(labels)
