"""Image -> MRZ reading: locate, rectify, segment into fixed-pitch cells, recognise, decode honestly.

OpenCV and OCR live here; no Qt. The Reader loads its models once and reads many images.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from desktop.reader import decode, diagnose, engines, glyphs, hypotheses, locate, segment

PROBE = 8  # characters read both ways up to choose the way to read first
MARKED = 0.5  # the confidence at most of a character a non-character mark crosses


@dataclass(frozen=True)
class Char:
    char: str
    confidence: float
    box: tuple[tuple[float, float], ...]  # the cell's 4 corners in page coordinates

    def to_dict(self) -> dict:
        return {"char": self.char, "confidence": round(self.confidence, 4),
                "box": [[round(x, 1), round(y, 1)] for x, y in self.box]}


@dataclass(frozen=True)
class Reading:
    """What the reader saw. `lines` is empty when no MRZ could be read (then `message` says why)."""

    lines: list[str]
    chars: list[list[Char]] = field(default_factory=list)
    quad: list[list[float]] | None = None
    orientation: int = 0  # degrees the page is turned clockwise from upright: 0, 90, 180, 270
    skew: float = 0.0
    corrections: list[decode.Correction] = field(default_factory=list)
    uncertain: list[tuple[int, int]] = field(default_factory=list)
    engine: str = ""
    elapsed_ms: float = 0.0
    message: str | None = None
    hypotheses: list = field(default_factory=list)  # every hypothesis tried (hypotheses.Hypothesis), in order
    diagnosis: diagnose.Diagnosis | None = None  # why it may be unreadable (measured only when it may matter)


@dataclass
class _Block:
    probs: list[np.ndarray]
    boxes: list[tuple]  # per line, per cell (x0, y0, x1, y1) in block coordinates
    to_page: np.ndarray | None = None
    flip: bool = False
    found: locate.Found | None = None
    canvases: list[list] = field(default_factory=list)  # per line, per cell: what the engine saw
    marked: set = field(default_factory=set)  # (line, col) of cells a non-character mark crosses
    hypothesis: hypotheses.Hypothesis | None = None
    turn: int = 0  # degrees the page was turned (counter-clockwise) before the block was found in it


def _bands(bright: np.ndarray, lines: int) -> list[tuple[int, int]]:
    """Row ranges of the text lines in a rectified block."""
    _, binary = cv2.threshold(bright, 0, 1, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    profile = cv2.blur(binary.sum(axis=1).astype(np.float32).reshape(-1, 1), (1, 3)).ravel()
    rows = np.flatnonzero(profile > 0.15 * profile.max()) if profile.max() > 0 else np.array([], int)
    if rows.size == 0:
        return []
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    runs = [r for r in runs if len(r) >= 3]
    if len(runs) != lines:
        top, bottom = int(rows[0]), int(rows[-1]) + 1
        step = (bottom - top) / lines
        return [(int(top + i * step), int(top + (i + 1) * step)) for i in range(lines)]
    return [(int(r[0]), int(r[-1]) + 1) for r in runs]


class Reader:
    """Reads MRZs from page images with one recognition engine, loaded once."""

    def __init__(self, engine: str = engines.DEFAULT):
        self.engine = engines.create(engine)

    def _segment(self, block: np.ndarray, lines: int) -> tuple[list, list] | None:
        """(boxes, canvases) per line of a rectified block: the cells in block coordinates and what the
        engine will see of each."""
        bright = segment.ink(block)
        bands = _bands(bright, lines)
        if len(bands) != lines:
            return None
        cut = []
        for top, bottom in bands:
            pad = (bottom - top) // 3
            y0, y1 = max(0, top - pad), min(bright.shape[0], bottom + pad)
            cut.append((y0, bright[y0:y1]))
        first = [segment.cells(img) for _, img in cut]
        if any(c is None for c in first):
            return None
        n = 30 if lines == 3 else max(len(c.boxes) for c in first)
        fitted = [line if len(line.boxes) == n else segment.cells(img, n) for (_, img), line in zip(cut, first)]
        if any(line is None for line in fitted):
            return None
        # Cells from the zone's geometry: the lines whose blobs fill exactly n cells agree on where the zone
        # starts and ends; a line with more blobs than cells is cut again inside that window, so an ornament
        # or an edge beside it cannot become a character and shift every field after it.
        exact = [line.span for line in fitted if line.blobs == n]
        if exact and len(exact) < len(fitted):
            window = (float(np.median([a for a, _ in exact])), float(np.median([b for _, b in exact])))
            fitted = [segment.cells(img, n, window) or line if line.blobs > n else line
                      for (_, img), line in zip(cut, fitted)]
        boxes, canvases, marks = [], [], set()
        for index, ((y0, img), line) in enumerate(zip(cut, fitted)):
            canvases.append([glyphs.canvas(img[max(0, t):b, max(0, x0):max(0, x1)]) for x0, t, x1, b in line.boxes])
            boxes.append([(x0, y0 + t, x1, y0 + b) for x0, t, x1, b in line.boxes])
            marks |= {(index, col) for col in segment.marked(img, line)}
        return boxes, canvases, marks

    @staticmethod
    def _turned(cut: tuple[list, list], shape, to_page: np.ndarray) -> tuple[tuple[list, list], np.ndarray]:
        """The same cells read the other way up (the block turned 180 degrees): lines and cells in reverse
        order, each canvas turned, boxes and homography mapped through (x, y) -> (W - x, H - y). This is what
        rectify(flip=True) then _segment would give, without cutting the cells again."""
        boxes, canvases, marks = cut
        h, w = shape
        lines = len(boxes)
        turned_marks = {(lines - 1 - li, len(boxes[li]) - 1 - col) for li, col in marks}
        turned_boxes = [[(w - x1, h - y1, w - x0, h - y0) for x0, y0, x1, y1 in reversed(line)]
                        for line in reversed(boxes)]
        turned_cells = [[None if c is None else np.ascontiguousarray(c[::-1, ::-1]) for c in reversed(line)]
                        for line in reversed(canvases)]
        flip = np.array([[-1.0, 0.0, w], [0.0, -1.0, h], [0.0, 0.0, 1.0]])
        return (turned_boxes, turned_cells, turned_marks), to_page @ flip

    def _classified(self, cut: tuple[list, list, set]) -> _Block:
        boxes, canvases, marks = cut
        if getattr(self.engine, "independent", False):  # cells classified one by one: one batch for all lines
            flat = self.engine.classify([c for line in canvases for c in line])
            probs = np.split(flat, np.cumsum([len(line) for line in canvases])[:-1])
        else:  # an engine that reads a line as a line (Tesseract) gets one line at a time
            probs = [self.engine.classify(cells) for cells in canvases]
        return _Block(probs, boxes, canvases=canvases, marked=marks)

    def _upright_first(self, views: dict) -> tuple[bool, bool]:
        """Which way up to read first: a probe of the first characters both ways (a few cells, one batch).
        Reading the right way first lets a confident engine skip the other way entirely."""
        probes = {flip: [c for c in cut[1][0][:PROBE] if c is not None] for flip, (cut, _) in views.items()}
        if not probes[False] or not probes[True]:
            return (False, True)
        both = self.engine.classify(probes[False] + probes[True])
        upright = float(both[:len(probes[False])].max(axis=1).mean())
        turned = float(both[len(probes[False]):].max(axis=1).mean())
        return (False, True) if upright >= turned else (True, False)

    def _best(self, grey: np.ndarray, bridges: bool = False) -> tuple[_Block | None, list[hypotheses.Hypothesis]]:
        """The best-scoring hypothesis among the candidate line groups, each read both ways up (the best
        block, and every hypothesis tried). Scores are the recogniser's confidence times the plausibility of
        the text under the format's field types (desktop/reader/hypotheses.py); check digits play no part."""
        best, tried = None, []
        confident = self.engine.confident  # None: always read both ways up and keep the better
        settle = confident or 0.9
        for found in locate.locate(grey, bridges):
            as_found = False
            for candidate in [found] + locate.extended(found):
                if as_found:
                    break  # the group as found already reads as an MRZ: no need to look for a third line
                rectified = locate.rectify(grey, candidate.quad, candidate.lines, False)
                if rectified is None:
                    continue
                block, to_page = rectified
                cut = self._segment(block, candidate.lines)
                if cut is None:
                    continue
                if confident:  # the net reads the other way up from the same cells, turned
                    views = {False: (cut, to_page), True: self._turned(cut, block.shape, to_page)}
                    order = self._upright_first(views)
                else:  # template matching is exact to the pixel: cut the turned block afresh
                    turned = locate.rectify(grey, candidate.quad, candidate.lines, True)
                    turned_cut = self._segment(turned[0], candidate.lines) if turned is not None else None
                    views = {False: (cut, to_page)}
                    if turned_cut is not None:
                        views[True] = (turned_cut, turned[1])
                    order = tuple(views)
                for flip in order:
                    if flip != order[0] and confident and best and best.hypothesis.settled(confident):
                        break  # read confidently one way up: the other way cannot do better
                    got = self._classified(views[flip][0])
                    got.hypothesis = hypotheses.judge(got.probs)
                    tried.append(got.hypothesis)
                    as_found = as_found or (candidate is found and got.hypothesis.fits)
                    if best is None or got.hypothesis.score > best.hypothesis.score:
                        got.to_page, got.flip, got.found = views[flip][1], flip, candidate
                        best = got
            if best and best.hypothesis.settled(settle):
                break
        return best, tried

    def cells(self, grey: np.ndarray) -> list[list] | None:
        """The cell canvases of the best MRZ reading on a page (for building training data)."""
        best, _ = self._best(grey)
        return best.canvases if best else None

    def _best_any_way(self, grey: np.ndarray, ink=None) -> tuple[_Block | None, list[hypotheses.Hypothesis]]:
        """The best block on the page as it is; when nothing reads settled, on the page with its coloured print
        dropped out (`ink`: a function giving loader.dropout's view, or None), then on the better view turned a
        quarter: a passport scanned sideways puts its MRZ at the page's edge beside tall columns of printed
        text, which the locator can take for the zone (issue 21); on the turned page the MRZ lies as the
        locator expects. Coloured stamps, overprints and boxes drawn round the zone join the MRZ's lines in
        the grey page; without their colour they are gone."""
        settle = self.engine.confident or 0.9
        best, tried = self._best(grey)
        if best is not None and best.hypothesis.settled(settle):
            return best, tried
        dropped = ink() if callable(ink) else ink
        if dropped is not None and dropped.shape == grey.shape:
            other, more = self._best(dropped)
            tried += more
            if other is not None and (best is None or other.hypothesis.score > best.hypothesis.score):
                best, grey = other, dropped
                if best.hypothesis.settled(settle):
                    return best, tried
        other, more = self._best(grey, bridges=True)  # a stamp or stroke joining the lines, cut away
        tried += more
        if other is not None and (best is None or other.hypothesis.score > best.hypothesis.score):
            best = other
            if best.hypothesis.settled(settle):
                return best, tried
        for angle in TILTS:  # a phone photo turned 20 degrees or more: small or dotted lines no longer close up
            turned, back = _rotated(grey, angle)
            other, more = self._best(turned)
            tried += more
            if other is not None and (best is None or other.hypothesis.score > best.hypothesis.score):
                other.to_page, other.turn = back @ other.to_page, angle
                best = other
                if best.hypothesis.settled(settle):
                    return best, tried
        other, more = self._best(np.ascontiguousarray(np.rot90(grey)))
        tried += more
        if other is not None and (best is None or other.hypothesis.score > best.hypothesis.score):
            # a point (x', y') of the turned page is (w - 1 - y', x') of the page
            turn_back = np.array([[0.0, -1.0, grey.shape[1] - 1.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
            other.to_page, other.turn = turn_back @ other.to_page, 90
            best = other
        return best, tried

    def read(self, grey: np.ndarray, ink=None) -> Reading:
        """The MRZ on a page (grey); `ink` (optional) gives the page with coloured print dropped out, tried
        when the grey page does not read settled (see _best_any_way)."""
        start = time.perf_counter()
        best, tried = self._best_any_way(grey, ink)
        if best is None:
            return Reading([], engine=self.engine.name, elapsed_ms=_ms(start), message="no MRZ found",
                           hypotheses=tried, diagnosis=diagnose.measure(grey))
        result = decode.decode(best.probs)
        # a cell a stamp or stroke crosses is unsure whatever the recogniser says of it (segment.marked)
        marked = {(li, col) for li, col in best.marked if li < len(result.lines) and col < len(result.lines[li])}
        uncertain = sorted(set(result.uncertain) | marked)
        chars = [[Char(ch, min(conf, MARKED) if (li, col) in marked else conf, _to_page(best.to_page, box))
                  for col, (ch, conf, box) in enumerate(zip(text, confs, boxes))]
                 for li, (text, confs, boxes) in enumerate(zip(result.lines, result.confidence, best.boxes))]
        angle = (best.found.angle + (180 if best.flip else 0) + best.turn) % 360
        orientation = int(round(angle / 90.0)) % 4 * 90
        skew = float((angle - orientation + 180) % 360 - 180)
        quad = _quad_to_page(best)
        # The image is measured only when the reading may be judged unreadable (uncertain positions, or no
        # format): a clean page pays nothing for it.
        diagnosis = diagnose.measure(grey, chars, quad, sorted(marked)) \
            if uncertain or not best.hypothesis.fits else None
        return Reading(result.lines, chars, quad, orientation, round(skew, 1), result.corrections,
                       uncertain, self.engine.name, _ms(start), hypotheses=tried, diagnosis=diagnosis)

    def read_line(self, grey: np.ndarray) -> tuple[str, float]:
        """A single pre-cropped MRZ line: (text, mean confidence), decoded in its most probable line role."""
        bright = segment.ink(grey)
        line = segment.cells(bright)
        if line is None:
            return "", 0.0
        cells = [glyphs.canvas(bright[max(0, t):b, max(0, x0):max(0, x1)]) for x0, t, x1, b in line.boxes]
        return decode.decode_line(self.engine.classify(cells))


TILTS = (20.0, -20.0)  # degrees a page is turned for a last look when nothing reads settled


def rotated(grey: np.ndarray, angle: float, border: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(the page turned `angle` degrees counter-clockwise on a canvas that holds all of it, the 2x3 map from the
    page to the turned page); the corners filled with `border`, or the edge replicated when None."""
    h, w = grey.shape
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(rot[0, 0]), abs(rot[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    rot[0, 2] += nw / 2 - w / 2
    rot[1, 2] += nh / 2 - h / 2
    fill = {"borderMode": cv2.BORDER_REPLICATE} if border is None else {"borderValue": border}
    return cv2.warpAffine(grey, rot, (nw, nh), flags=cv2.INTER_LINEAR, **fill), rot


def _rotated(grey: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """rotated(), with the 3x3 map from the turned page back to the page."""
    turned, rot = rotated(grey, angle)
    return turned, np.linalg.inv(np.vstack([rot, [0.0, 0.0, 1.0]]))


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def _to_page(to_page: np.ndarray, box) -> tuple[tuple[float, float], ...]:
    x0, y0, x1, y1 = box
    pts = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], dtype=np.float64)
    mapped = cv2.perspectiveTransform(pts, to_page)[0]
    return tuple((float(x), float(y)) for x, y in mapped)


def _quad_to_page(best: _Block) -> list[list[float]]:
    """The MRZ's corners in reading order (top-left, top-right, bottom-right, bottom-left of the text)."""
    first, last = best.boxes[0], best.boxes[-1]
    top = _to_page(best.to_page, (first[0][0], first[0][1], first[-1][2], first[-1][3]))
    bottom = _to_page(best.to_page, (last[0][0], last[0][1], last[-1][2], last[-1][3]))
    return [[round(x, 1), round(y, 1)] for x, y in (top[0], top[1], bottom[2], bottom[3])]
