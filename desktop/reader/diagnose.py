"""Why a page could not be read: measurements of the image, turned into a reason the officer can act on.

When no MRZ is read, or the reading is too uncertain to judge, "unreadable" alone does not tell the officer what
to do. The reader measures what usually causes it — the zone cut off at the image's edge, characters too small
to recognise, motion or focus blur, glare washing out part of a line, no MRZ-like text at all — and the verdict
names the first cause that applies (desktop/reader/verdict.py), with the figure that shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

MIN_CHAR_PX = 10  # below this character height (image pixels) OCR-B's 0/O, 8/B, 5/S stop being distinguishable
MIN_SIDE_PX = 500  # an image whose long side is under this has MRZ characters under ~8 px: too small to find
BLUR_PX = 4.0  # edges spread over more than this many pixels (at 1100 px long side): blurred or shaken
GLARE_CELLS = 3  # this many washed-out cells in a line: glare over it
GLARE_CONTRAST = 0.3  # a cell with under this share of its line's usual ink contrast is washed out
WORK_SIDE = 1100


@dataclass(frozen=True)
class Diagnosis:
    width: int
    height: int
    blur_px: float  # how far the sharpest edges are spread, in pixels of the page scaled to 1100 px
    char_px: float | None = None  # median character height of the reading, image pixels
    glare_lines: tuple[int, ...] = ()  # 0-based lines with washed-out cells
    edge: str | None = None  # the image edge the zone touches: left, right, top, bottom
    marked: tuple[tuple[int, int], ...] = ()  # 0-based (line, col) of cells a stamp or stroke crosses

    def to_dict(self) -> dict:
        return {"image_px": [self.width, self.height], "blur_px": round(self.blur_px, 2),
                "char_px": None if self.char_px is None else round(self.char_px, 1),
                "glare_lines": [k + 1 for k in self.glare_lines], "edge": self.edge,
                "marked": [[line + 1, col + 1] for line, col in self.marked]}


def blur(grey: np.ndarray) -> float:
    """Edge spread: 4 x contrast / the strongest gradients (a Sobel step response is 4 x its height), the worse
    of the two directions, so that a phone shaken sideways shows though its horizontal edges stay sharp."""
    scale = WORK_SIDE / max(grey.shape)
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    lo, hi = np.percentile(small, (1, 99))
    spreads = []
    for dx, dy in ((1, 0), (0, 1)):
        gradient = np.abs(cv2.Sobel(small, cv2.CV_32F, dx, dy))
        spreads.append(4 * float(hi - lo) / max(float(np.percentile(gradient, 99.5)), 1.0))
    return max(spreads)


def _edge(quad, width: int, height: int) -> str | None:
    if not quad:
        return None
    margin = 0.004 * max(width, height) + 1
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    for name, near in (("left", min(xs) <= margin), ("right", max(xs) >= width - 1 - margin),
                       ("top", min(ys) <= margin), ("bottom", max(ys) >= height - 1 - margin)):
        if near:
            return name
    return None


def _contrast(grey: np.ndarray, box) -> tuple[float, float]:
    """(ink contrast, darkest ink) of a cell: p99 - p1 of its pixels, and p1. A filler's thin chevron, or a
    letter-spaced look-alike's narrow glyph, inks under 5% of its cell: p5 would see only paper and call a sharp
    line "washed out" (issue 21: a clean 2400-px page reported as glare)."""
    xs, ys = [p[0] for p in box], [p[1] for p in box]
    x0, x1 = max(0, int(min(xs))), min(grey.shape[1], int(max(xs)) + 1)
    y0, y1 = max(0, int(min(ys))), min(grey.shape[0], int(max(ys)) + 1)
    cell = grey[y0:y1, x0:x1]
    if cell.size == 0:
        return 0.0, 255.0
    lo, hi = np.percentile(cell, (1, 99))
    return float(hi - lo), float(lo)


def _washed(grey: np.ndarray, line) -> int:
    """Cells of a line washed out towards white: every MRZ cell holds a glyph (fillers too), so a cell whose
    ink has under 30% of the line's usual contrast, and is pale, lies under glare."""
    stats = [_contrast(grey, c.box) for c in line]
    usual = float(np.median([c for c, _ in stats])) if stats else 0.0
    return sum(1 for c, lo in stats if c < GLARE_CONTRAST * usual and lo > 120)


def measure(grey: np.ndarray, chars=(), quad=None, marked=()) -> Diagnosis:
    """What the image shows about its readability; `chars`, `quad` and `marked` (cells crossed by a mark) from
    the reading, when there is one."""
    height, width = grey.shape
    char_px = None
    glare = []
    if chars:
        heights = [max(p[1] for p in c.box) - min(p[1] for p in c.box) for line in chars for c in line]
        widths = [max(p[0] for p in c.box) - min(p[0] for p in c.box) for line in chars for c in line]
        # The cell's shorter side: the page may be turned a quarter.
        char_px = float(min(np.median(heights), np.median(widths) * 1.4))
        glare = [k for k, line in enumerate(chars) if _washed(grey, line) >= GLARE_CELLS]
    return Diagnosis(width, height, blur(grey), char_px, tuple(glare), _edge(quad, width, height),
                     tuple(tuple(m) for m in marked))


def reason(diagnosis: Diagnosis, found: bool) -> tuple[str, dict]:
    """(message key, params) of the first cause that applies, in the order an officer would fix them."""
    d = diagnosis
    if d.edge:
        return "reading.reason.edge", {"edge": d.edge}
    if d.char_px is not None and d.char_px < MIN_CHAR_PX:
        return "reading.reason.too_small", {"px": int(round(d.char_px)), "min": MIN_CHAR_PX}
    if not found and max(d.width, d.height) < MIN_SIDE_PX:
        return "reading.reason.image_small", {"width": d.width, "height": d.height, "min": MIN_SIDE_PX}
    if d.blur_px > BLUR_PX:
        return "reading.reason.blurred", {"px": round(d.blur_px, 1)}
    if d.glare_lines:
        return "reading.reason.glare", {"line": d.glare_lines[0] + 1}
    if d.marked:
        line, col = d.marked[0]
        return "reading.reason.marked", {"line": line + 1, "col": col + 1}
    if not found:
        return "reading.reason.no_mrz", {}
    return "reading.reason.uncertain", {}
