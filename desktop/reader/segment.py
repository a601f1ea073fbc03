"""Character cells of an MRZ line: the font is fixed-pitch (OCR-B, 10 cpi), so once the first and last
characters and the count are known, every cell is known, and filler runs keep their exact length
(../shared/findings.md: whole-line OCR loses characters in filler runs).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

LENGTHS = (30, 36, 44)


@dataclass(frozen=True)
class Line:
    """The cells of one line in the coordinates of the line image: (x0, y0, x1, y1) each."""

    boxes: tuple[tuple[int, int, int, int], ...]
    height: float  # character height in pixels
    blobs: int = 0  # ink blobs taken as characters (after joining broken ones): n when every cell has one

    @property
    def span(self) -> tuple[float, float]:
        """The centres of the first and last cells."""
        first, last = self.boxes[0], self.boxes[-1]
        return (first[0] + first[2]) / 2, (last[0] + last[2]) / 2


def ink(grey: np.ndarray) -> np.ndarray:
    """Ink bright on dark, with the background flattened (uneven light, printed backgrounds)."""
    h = grey.shape[0]
    size = max(15, (h // 2) | 1)
    background = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    flat = cv2.subtract(background, grey)
    return cv2.normalize(flat, None, 0, 255, cv2.NORM_MINMAX)


def components(bright: np.ndarray) -> list[tuple[float, float, int, int, int, int]]:
    """(cx, cy, x, y, w, h) of the ink blobs that can be characters, left to right."""
    _, binary = cv2.threshold(bright, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    count, _, stats, cents = cv2.connectedComponentsWithStats(binary, connectivity=8)
    H = bright.shape[0]
    blobs = [(cents[i][0], cents[i][1], *stats[i][:4]) for i in range(1, count)
             if stats[i][3] >= 0.25 * H and stats[i][4] >= 6 and stats[i][2] < 2.5 * stats[i][3]]
    return sorted(blobs)


def _merge_splits(blobs: list, n: int) -> list:
    """Join the pieces of characters broken in two (worn print, thin strokes of M, N, W), closest first,
    while there are more blobs than cells and a gap is well under the local pitch."""
    blobs = list(blobs)
    while len(blobs) > n:
        xs = np.array([b[0] for b in blobs])
        gaps = np.diff(xs)
        local = np.array([np.median(gaps[max(0, i - 4):i + 5]) for i in range(len(gaps))])
        i = int(np.argmin(gaps / local))
        if gaps[i] >= 0.65 * local[i]:
            break
        a, b = blobs[i], blobs[i + 1]
        x0, y0 = min(a[2], b[2]), min(a[3], b[3])
        x1, y1 = max(a[2] + a[4], b[2] + b[4]), max(a[3] + a[5], b[3] + b[5])
        blobs[i:i + 2] = [((x0 + x1) / 2, (y0 + y1) / 2, x0, y0, x1 - x0, y1 - y0)]
    return blobs


def track(xs: np.ndarray) -> np.ndarray:
    """The cell index of each blob, walking left to right with a local pitch: perspective in a photo
    stretches the pitch along the line, and a missing or merged blob skips a cell rather than shifting
    every cell after it."""
    diffs = np.diff(xs)
    pitch = float(np.median(diffs[:8])) if len(diffs) else 1.0
    index = [0]
    for gap in diffs:
        steps = max(1, int(round(gap / pitch)))
        index.append(index[-1] + steps)
        if steps == 1:
            pitch = 0.8 * pitch + 0.2 * float(gap)
    return np.array(index)


def _fit(xs: np.ndarray, index: np.ndarray, n: int) -> np.ndarray:
    """Cell centres x(i) for i < n, fitted to the tracked blobs (quadratic where there are enough)."""
    degree = 2 if len(xs) >= 12 else 1
    coeffs = np.polyfit(index, xs, degree)
    return np.polyval(coeffs, np.arange(n))


def cells(bright: np.ndarray, n: int | None = None, window: tuple[float, float] | None = None) -> Line | None:
    """The `n` cells of a line image (bright ink); with n None, the count is taken from the blobs.

    `window` (x of the first and last cell centres that the zone's other lines agree on): blobs outside it by
    more than half a pitch are not characters of this line (an ornament or a document edge beside it), since
    every MRZ line fills the same n cells from the same left edge (Part 3 §4)."""
    blobs = components(bright)
    if window is not None and n:
        pitch = (window[1] - window[0]) / max(n - 1, 1)
        blobs = [b for b in blobs if window[0] - 0.5 * pitch <= b[0] <= window[1] + 0.5 * pitch]
    if n is None and len(blobs) >= 5:
        n = min(LENGTHS, key=lambda k: abs(k - (int(track(np.array([b[0] for b in blobs]))[-1]) + 1)))
    if n is not None:
        blobs = _merge_splits(blobs, n)
    if len(blobs) < 5:
        return None
    xs = np.array([b[0] for b in blobs])
    height = float(np.median([b[5] for b in blobs]))
    index = track(xs)
    count = int(index[-1]) + 1
    if count != n:
        # The walk disagrees with the expected count (a smudge, a lost blob at an end): spread evenly.
        index = np.round((xs - xs[0]) / ((xs[-1] - xs[0]) / (n - 1))).astype(int)
    if len(blobs) == n:
        # One blob per character. A smooth pitch (perspective) is fitted; where
        # the pitch is not smooth (a printed-on specimen, a proportional reproduction of an MRZ) the
        # blobs themselves are the cells.
        index = np.arange(n)
        centres = _fit(xs, index, n)
        if np.abs(centres - xs).max() > 0.25 * np.median(np.diff(xs)):
            centres = xs.astype(float)
    else:
        centres = _fit(xs, index, n)
    top = int(max(0, np.median([b[3] for b in blobs]) - 0.25 * height))
    bottom = int(min(bright.shape[0], np.median([b[3] + b[5] for b in blobs]) + 0.25 * height))
    # Each cell reaches halfway to its neighbours, so a stretched pitch gives wider cells where it should.
    edges = np.concatenate([[1.5 * centres[0] - 0.5 * centres[1]], (centres[:-1] + centres[1:]) / 2,
                            [1.5 * centres[-1] - 0.5 * centres[-2]]])
    boxes = tuple((int(round(edges[i])), top, int(round(edges[i + 1])), bottom) for i in range(n))
    return Line(boxes, height, len(blobs))


def marked(bright: np.ndarray, line: Line) -> set[int]:
    """The cells of a line crossed by a mark that is no character: a stamp's ring, an overprint's letter, a pen
    stroke or a ruled line joined to the glyphs. Every OCR-B character fits its own cell, so ink that runs on
    over more than 1.6 pitches, or well above and below the line, is something else over the text; the
    recogniser may read the glyph it touches confidently and wrongly, so those cells are unsure (issue 21: a
    stamp crossing the MRZ). Ink a little fainter than the characters counts too (the threshold is 0.6 of the
    line's Otsu level), as the cells' own normalisation would make it visible to the recogniser."""
    if not line.boxes:
        return set()
    level, _ = cv2.threshold(bright, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    binary = (bright > level).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    lefts = np.array([b[0] for b in line.boxes], float)
    rights = np.array([b[2] for b in line.boxes], float)
    pitch = float(np.median(rights - lefts)) or 1.0
    top, bottom = line.boxes[0][1], line.boxes[0][3]
    out: set[int] = set()
    for i in range(1, count):
        x, y, w, h, area = stats[i]
        if area < 6 or (w <= 1.6 * pitch and h <= 1.8 * line.height):
            continue
        rows = labels[max(0, top):bottom, x:x + w] == i
        columns = np.flatnonzero(rows.any(axis=0)) + x
        if columns.size == 0:
            continue
        for j, (a, b) in enumerate(zip(lefts, rights)):
            if np.any((columns >= a) & (columns < b)):
                out.add(j)
    return out

