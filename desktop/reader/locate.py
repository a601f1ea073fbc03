"""Find the MRZ on a page or photo, in any of the four orientations with skew and moderate perspective.

The MRZ is the one place on a document where 2 or 3 long, parallel, equally long lines of dark glyphs run
without a gap (fillers are glyphs too). Dark text is lifted off the background with a black-hat filter,
characters are merged into line blobs, and the best group of parallel lines is the MRZ. Its quadrilateral
(from the first line's top edge and the last line's bottom edge, so keystone is kept) is warped to a
rectangle; the 180-degree ambiguity is left to the caller, who reads both ways.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WORK_SIZES = (1100, 2000)  # the page is searched at these long-side sizes (small MRZs need the larger)
MAX_CANDIDATES = 6  # line groups per search size handed to the reader, each read and judged as a hypothesis


@dataclass(frozen=True, eq=False)  # compared by identity: the same blob, not equal arrays
class Blob:
    centre: np.ndarray  # (x, y) in page coordinates
    direction: np.ndarray  # unit vector along the line
    length: float
    thickness: float
    corners: np.ndarray  # 4 x 2, page coordinates


@dataclass(frozen=True)
class Found:
    quad: np.ndarray  # 4 x 2 float: top-left, top-right, bottom-right, bottom-left along the line direction
    lines: int
    angle: float  # direction of the lines in degrees, in (-90, 90]


def _blobs(grey: np.ndarray, scale: float, bridges: bool = False) -> list[Blob]:
    h, w = grey.shape
    small = cv2.resize(grey, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA)
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (21, 21)))
    _, text = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    found = []
    side = max(small.shape)
    # Fillers leave gaps of up to a character's width: close with widths for small, medium and large MRZs.
    widths = [max(7, int(side * f)) for f in (0.012, 0.022, 0.034)]
    for kernel in [(k, 3) for k in widths] + [(3, k) for k in widths]:  # horizontal and vertical text
        closed = cv2.morphologyEx(text, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        closed = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        if bridges:
            # A stamp's ring or a pen stroke crossing the zone bridges its lines into one blob that is no
            # line; the bridges are thin along the lines' direction, the merged lines are not: open them away.
            # (Only when asked: letter-spaced lines lose their own joins to it.)
            along = max(3, max(kernel) // 2)
            closed = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(
                cv2.MORPH_RECT, (along, 1) if kernel[0] > kernel[1] else (1, along)))
        # RETR_LIST: a document's printed frame is a closed outline with the MRZ inside it.
        contours, _ = cv2.findContours(closed, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
            length, thick = max(rw, rh), min(rw, rh)
            if thick < 4 or length < 12 * thick or length < 0.2 * max(small.shape):
                continue
            # A line blob must be mostly ink-filled along its length, unlike a frame or a border.
            if cv2.contourArea(contour) < 0.45 * rw * rh:
                continue
            theta = np.deg2rad(angle if rw >= rh else angle + 90)
            direction = np.array([np.cos(theta), np.sin(theta)])
            if direction[0] < 0 or (abs(direction[0]) < 1e-6 and direction[1] < 0):
                direction = -direction
            corners = cv2.boxPoints(((cx, cy), (rw, rh), angle)) / scale
            found.append(Blob(np.array([cx, cy]) / scale, direction, length / scale, thick / scale, corners))
    return found


def _joined(blobs: list[Blob]) -> list[Blob]:
    """The blobs, plus one line for each pair of collinear pieces of the same height a few characters apart:
    glare, a stain or a fold can break an MRZ line in two, and each piece alone is too short to group."""
    out = list(blobs)
    for i, a in enumerate(blobs):
        normal = np.array([-a.direction[1], a.direction[0]])
        for b in blobs[i + 1:]:
            if abs(float(np.dot(a.direction, b.direction))) < np.cos(np.deg2rad(2)):
                continue
            if not 0.7 < b.thickness / a.thickness < 1.4 or abs(float(np.dot(b.centre - a.centre, normal))) > \
                    0.4 * a.thickness:
                continue
            ends = [float(np.dot(p, a.direction)) for p in np.vstack([a.corners, b.corners])]
            gap = abs(float(np.dot(b.centre - a.centre, a.direction))) - (a.length + b.length) / 2
            if not 0 < gap < 6 * a.thickness:
                continue
            lo, hi = min(ends), max(ends)
            across = [float(np.dot(p, normal)) for p in np.vstack([a.corners, b.corners])]
            n_lo, n_hi = min(across), max(across)
            corners = np.array([lo * a.direction + n_lo * normal, hi * a.direction + n_lo * normal,
                                hi * a.direction + n_hi * normal, lo * a.direction + n_hi * normal])
            out.append(Blob(corners.mean(axis=0), a.direction, hi - lo, n_hi - n_lo, corners))
    return out


# Centre-to-centre distance of consecutive MRZ lines, in line thicknesses: Doc 9303's zone stacks them within
# TIGHT; sticker visas and some issuers print them with a gap of one to two line heights (issue 21), up to
# WIDEST — candidates tried only after every tightly stacked one.
TIGHT, WIDEST = 2.6, 3.8


def _group(blobs: list[Blob], spread: float = TIGHT) -> list[list[Blob]]:
    """Groups of 2-3 parallel lines of similar length, stacked at most `spread` line thicknesses apart."""
    groups = []
    for i, seed in enumerate(blobs):
        normal = np.array([-seed.direction[1], seed.direction[0]])
        members = [seed]
        for other in blobs[i + 1:]:
            if abs(float(np.dot(seed.direction, other.direction))) < np.cos(np.deg2rad(4)):
                continue
            if not 0.8 < other.length / seed.length < 1.25:
                continue
            offset = other.centre - seed.centre
            along, across = float(np.dot(offset, seed.direction)), float(np.dot(offset, normal))
            if abs(along) < 0.15 * seed.length and 0.5 * seed.thickness < abs(across) < 8 * seed.thickness:
                members.append(other)
        members.sort(key=lambda b: float(np.dot(b.centre, normal)))
        # Runs of consecutive lines no more than `spread` thicknesses apart (the MRZ lines are stacked);
        # an ornament band or a VIZ line above the zone starts a run of its own or joins one, so every
        # window of 2 and 3 consecutive lines of a run is a candidate, and the reader judges them.
        runs, run = [], [members[0]]
        for blob in members[1:]:
            gap = float(np.dot(blob.centre - run[-1].centre, normal))
            if 0.5 * blob.thickness < gap < spread * max(blob.thickness, run[-1].thickness):
                run.append(blob)
            elif gap > 0.5 * blob.thickness:
                runs.append(run)
                run = [blob]
        runs.append(run)
        for run in runs:
            if seed not in run:
                continue
            for size in (3, 2):
                groups += [run[i:i + size] for i in range(len(run) - size + 1) if seed in run[i:i + size]]
    unique = {tuple(id(b) for b in g): g for g in groups}
    return list(unique.values())


def _quad(chain: list[Blob]) -> np.ndarray:
    direction = np.mean([b.direction for b in chain], axis=0)
    direction /= np.linalg.norm(direction)
    normal = np.array([-direction[1], direction[0]])

    def edge(blob: Blob, top: bool) -> tuple[np.ndarray, np.ndarray]:
        pts = sorted(blob.corners, key=lambda p: float(np.dot(p, normal)))
        pair = pts[:2] if top else pts[2:]
        pair = sorted(pair, key=lambda p: float(np.dot(p, direction)))
        return pair[0], pair[1]

    tl, tr = (p.copy() for p in edge(chain[0], True))  # copies: the blobs' corners are shared by groups
    bl, br = (p.copy() for p in edge(chain[-1], False))
    # Every MRZ line fills the same cells from the same left edge (Part 3 §4): where the first and last lines
    # end half a character to three characters apart, the longer one has taken in an ornament, a document
    # edge or a VIZ mark beside it. Its end is brought in line with the other's, or the block would be
    # sheared and every character with it (a perspective keeps the ends within a fraction of a character).
    size = float(np.median([b.thickness for b in chain]))
    for top, bottom, sign in ((tl, bl, 1.0), (tr, br, -1.0)):
        gap = sign * float(np.dot(bottom - top, direction))  # > 0: the top line reaches further out
        if 0.5 * size < abs(gap) < 3 * size:
            if gap > 0:
                top += sign * gap * direction
            else:
                bottom -= sign * gap * direction
    return np.array([tl, tr, br, bl], dtype=np.float32)


def locate(grey: np.ndarray, bridges: bool = False, fine: bool = False) -> list[Found]:
    """MRZ candidates on the page, best first (longest lines, then most lines); `bridges`: cut thin marks that
    join the lines (a stamp crossing the zone) before looking for lines; `fine`: search the larger work size
    even when the smaller one found candidates (a small MRZ in a large photo, beside larger text)."""
    h, w = grey.shape
    results: list[Found] = []
    seen = set()
    for size in WORK_SIZES:
        scale = min(1.0, size / max(h, w)) if size == WORK_SIZES[0] else min(2.0, size / max(h, w))
        if results and size != WORK_SIZES[0] and max(h, w) >= WORK_SIZES[0] and not fine:
            break  # a small image is searched enlarged as well: its MRZ lines may have run together
        blobs = _joined(_blobs(grey, scale, bridges))
        tight = _group(blobs)
        tight.sort(key=lambda g: (-sum(b.length for b in g), -len(g)))
        known = {tuple(id(b) for b in g) for g in tight}
        wide = [g for g in _group(blobs, WIDEST) if tuple(id(b) for b in g) not in known]
        wide.sort(key=lambda g: (-sum(b.length for b in g), -len(g)))
        found = 0
        for chain in tight + wide:
            if chain is (wide[0] if wide else None):
                found = 0  # the widely spaced candidates have a quota of their own
            # The closing widths find the same line more than once: one candidate per place.
            grid = 0.25 * min(b.thickness for b in chain)
            key = (len(chain),) + tuple((round(b.centre[0] / grid), round(b.centre[1] / grid)) for b in chain)
            if key in seen:
                continue
            seen.add(key)
            d = np.mean([b.direction for b in chain], axis=0)
            results.append(Found(_quad(chain), len(chain), float(np.degrees(np.arctan2(d[1], d[0])))))
            found += 1
            if found == MAX_CANDIDATES:
                break
    return results


def rectify(grey: np.ndarray, quad: np.ndarray, lines: int, flip: bool) -> tuple[np.ndarray, np.ndarray] | None:
    """(block image, homography from block to page): the quad, with a margin, warped upright; None for a quad
    that encloses nothing (collapsed corners: no block to read).

    With `flip` the block is turned 180 degrees (the document was upside down along the found direction).
    """
    tl, tr, br, bl = quad.astype(np.float64)
    width = float(np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = float(np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    # Aim for ~48 px per line whatever the scan resolution: enough for the recogniser, cheap to process.
    if width < 4 or height < 2 or abs(cv2.contourArea(quad.astype(np.float32))) < 8:
        return None
    target = 48.0 * lines / max(height, 1.0)
    out_w, out_h = int(round(width * target)), int(round(height * target))
    margin_x, margin_y = 0.03 * out_w, 0.35 * out_h / lines
    dst = np.array([[margin_x, margin_y], [margin_x + out_w, margin_y], [margin_x + out_w, margin_y + out_h],
                    [margin_x, margin_y + out_h]], dtype=np.float32)
    size = (int(out_w + 2 * margin_x), int(out_h + 2 * margin_y))
    if flip:
        dst = np.array([[size[0], size[1]]], dtype=np.float32) - dst
    to_block = cv2.getPerspectiveTransform(quad.astype(np.float32), dst)
    if abs(np.linalg.det(to_block)) < 1e-12:
        return None
    block = cv2.warpPerspective(grey, to_block, size, flags=cv2.INTER_AREA if target < 1 else cv2.INTER_CUBIC,
                                borderMode=cv2.BORDER_REPLICATE)
    return block, np.linalg.inv(to_block)


def extended(found: Found) -> list[Found]:
    """A 2-line group may be a TD1 whose third line touched other print: try one more line above and below."""
    if found.lines != 2:
        return []
    tl, tr, br, bl = found.quad
    step_l, step_r = (bl - tl) / 2, (br - tr) / 2
    up = np.array([tl - step_l, tr - step_r, br, bl], dtype=np.float32)
    down = np.array([tl, tr, br + step_r, bl + step_l], dtype=np.float32)
    return [Found(up, 3, found.angle), Found(down, 3, found.angle)]
