"""Trainer tools: altered copies of a specimen for workshops, made the way a forger would make them.

Each alteration changes MRZ characters on the specimen's image: the reader finds every character cell, the
changed cells are erased (the ink inpainted from the surrounding background) and the new characters
drawn in OCR-B at the cell's pitch and baseline. The VIZ is left as it was, as a forger changing only the
MRZ leaves it. Kinds (with the outcome an examiner should reach):

  wrong_digit       the document number's check digit off by one             -> the MRZ fails
  birth_old_digit   birth date three years earlier, old check digits kept    -> the MRZ fails
  birth_recomputed  the same birth date change with every digit recomputed  -> the MRZ passes: only the VIZ
                    and the specimen comparison show it (the point of the exercise)
  name              the surname changed (names carry no check digit)        -> the MRZ passes: VIZ shows it
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from desktop.checks import checkdigit, formats
from desktop.paths import resource
from desktop.specimens.model import ALTERATIONS, Specimen

KINDS = ALTERATIONS
EXPECTED = {"wrong_digit": "fail", "birth_old_digit": "fail", "birth_recomputed": "pass", "name": "pass"}  # the MRZ's
# The kinds that pass every MRZ check and that the VIZ cross-check (desktop/viz) catches, wherever the altered
# field is printed on the side that carries the MRZ (a TD1's VIZ is on its other side).
VIZ_ZONES = {"birth_recomputed": ("viz-birth-date",), "name": ("viz-surname",)}
DESCRIPTION = {
    "wrong_digit": {"en": "The document number's check digit was changed: the MRZ check fails.",
                    "mn": "Баримтын дугаарын хяналтын тоо өөрчлөгдсөн: MRZ шалгалт бүтэлгүйтнэ."},
    "birth_old_digit": {"en": "The birth date was made three years earlier without recomputing its check digit: "
                              "the birth-date check digit fails (and the composite, where the format has one).",
                        "mn": "Төрсөн огноог гурван жилээр эрт болгосон, хяналтын тоог шинэчлээгүй: төрсөн огнооны "
                              "хяналтын тоо бүтэлгүйтнэ (нийлбэр хяналтын тоо байгаа хэлбэрт түүнчлэн)."},
    "birth_recomputed": {"en": "The birth date was made three years earlier and every check digit recomputed: the "
                               "MRZ passes. Only the VIZ (printed date of birth) and the specimen show the change: "
                               "the printed-data check fails it.",
                         "mn": "Төрсөн огноог гурван жилээр эрт болгож, бүх хяналтын тоог дахин тооцсон: MRZ "
                               "тэнцэнэ. Зөвхөн хэвлэсэн мэдээлэл (VIZ) болон эталонтой харьцуулахад илэрнэ: "
                               "хэвлэсэн мэдээллийн шалгалт тэнцүүлэхгүй."},
    "name": {"en": "The surname in the MRZ was changed; names carry no check digit, so the MRZ passes. Compared "
                   "with the printed name, it fails.",
             "mn": "MRZ дахь овгийг өөрчилсөн; нэрэнд хяналтын тоо байхгүй тул MRZ тэнцэнэ. Хэвлэсэн нэртэй "
                   "харьцуулахад тэнцэхгүй."},
}
FIELD = {"wrong_digit": "document_number", "birth_old_digit": "birth_date", "birth_recomputed": "birth_date",
         "name": "names"}
NEW_SURNAME = "NILSEN"


class AlterError(Exception):
    """The alteration cannot be made on this specimen (its MRZ was not found on the image, say)."""


@dataclass(frozen=True)
class Altered:
    kind: str
    specimen_id: str
    mrz: list[str]
    changed: list[tuple[int, int]]  # (line, col) of every changed MRZ character
    expected: str  # the MRZ verdict: fail or pass
    image: np.ndarray  # RGB
    boxes: tuple[tuple[int, int, int, int], ...] = ()  # the changed cells on the image (x0, y0, x1, y1)
    verdict: str = ""  # the app's verdict, with the printed data compared: fail where the VIZ shows the change

    def info(self) -> dict:
        return {"kind": self.kind, "specimen": self.specimen_id, "mrz": self.mrz,
                "expected_verdict": self.verdict or self.expected, "mrz_verdict": self.expected,
                "altered_field": FIELD[self.kind], "changed": [list(p) for p in self.changed],
                "description": DESCRIPTION[self.kind]}


def _field(fmt: formats.Format, name: str) -> formats.Field:
    return next(f for f in fmt.fields + fmt.names if f.name == name)


def _digit(fmt: formats.Format, name: str) -> formats.Digit | None:
    return next((d for d in fmt.digits if d.field == name), None)


def _recompute(fmt: formats.Format, lines: list[list[str]], names: set[str]) -> None:
    """Recompute the named check digits (and the composite over them), in the format's order."""
    for digit in fmt.digits:
        if digit.field in names or digit.field == "composite":
            data = "".join("".join(lines[li][a:b]) for li, a, b in digit.over)
            value = checkdigit.compute(data)
            if value is not None and lines[digit.line][digit.pos] != "<":
                lines[digit.line][digit.pos] = str(value)


def altered_mrz(kind: str, mrz: list[str]) -> list[str]:
    """The MRZ text of an alteration of `kind` (ValueError for a kind this MRZ cannot take)."""
    fmt = formats.detect(mrz)
    if fmt is None or kind not in KINDS:
        raise ValueError(f"cannot make {kind!r} from this MRZ")
    lines = [list(s) for s in mrz]
    if kind == "wrong_digit":
        d = _digit(fmt, "document_number")
        if lines[d.line][d.pos] == "<":  # a long number keeps its digit elsewhere: alter the birth date's
            d = _digit(fmt, "birth_date")
        lines[d.line][d.pos] = str((int(lines[d.line][d.pos]) + 1) % 10)
    elif kind in ("birth_old_digit", "birth_recomputed"):
        f = _field(fmt, "birth_date")
        yy = "".join(lines[f.line][f.start:f.start + 2])
        if not yy.isdigit():
            raise ValueError("the birth year is not known on this MRZ")
        lines[f.line][f.start:f.start + 2] = list(f"{(int(yy) - 3) % 100:02d}")
        if kind == "birth_recomputed":
            _recompute(fmt, lines, {"birth_date"})
    else:
        f = _field(fmt, "names")
        text = "".join(lines[f.line][f.start:f.end])
        surname, _, given = text.partition("<<")
        new = NEW_SURNAME if surname != NEW_SURNAME else "HANSEN"
        value = (new + "<<" + given.rstrip("<")).ljust(f.end - f.start, "<")[: f.end - f.start]
        lines[f.line][f.start:f.end] = list(value)
    return ["".join(r) for r in lines]


def _cell_rect(box) -> tuple[int, int, int, int]:
    xs, ys = [p[0] for p in box], [p[1] for p in box]
    return int(min(xs)), int(min(ys)), int(np.ceil(max(xs))), int(np.ceil(max(ys)))


def redraw(rgb: np.ndarray, reading, new_lines: list[str]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The image with every MRZ character that differs from `reading` erased and redrawn."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    out = rgb.copy()
    changed = [(li, col) for li, line in enumerate(new_lines) for col, ch in enumerate(line)
               if reading.lines[li][col] != ch]
    if not changed:
        return out, []
    mask = np.zeros(grey.shape, np.uint8)
    glyph_ink, baselines, pitches = [], {}, {}
    for li, row in enumerate(reading.chars):
        bottoms = []
        for cell in row:
            x0, y0, x1, y1 = _cell_rect(cell.box)
            patch = grey[y0:y1, x0:x1]
            if patch.size == 0:
                continue
            threshold, ink = cv2.threshold(patch, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
            if cell.char != "<" and ink.any():
                bottoms.append(y0 + int(np.flatnonzero(ink.any(axis=1))[-1]) + 1)
                glyph_ink.append(np.median(rgb[y0:y1, x0:x1][ink > 0], axis=0))
        baselines[li] = float(np.median(bottoms)) if bottoms else None
        pitches[li] = float(np.median([_cell_rect(c.box)[2] - _cell_rect(c.box)[0] for c in row]))
    for li, col in changed:
        x0, y0, x1, y1 = _cell_rect(reading.chars[li][col].box)
        patch = grey[y0:y1, x0:x1]
        _, ink = cv2.threshold(patch, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
        mask[y0:y1, x0:x1] = cv2.dilate(ink, np.ones((5, 5), np.uint8))
    out = cv2.inpaint(out, mask, 5, cv2.INPAINT_TELEA)
    colour = tuple(int(v) for v in np.median(glyph_ink, axis=0)) if glyph_ink else (20, 20, 20)
    image = Image.fromarray(out)
    draw = ImageDraw.Draw(image)
    for li, col in changed:
        x0, y0, x1, y1 = _cell_rect(reading.chars[li][col].box)
        pitch = pitches[li]
        ocrb = ImageFont.truetype(str(resource("fonts", "OCRB.otf")), max(8, int(pitch * 1.36)))
        baseline = baselines[li] if baselines[li] is not None else y1 - 0.2 * (y1 - y0)
        draw.text(((x0 + x1) / 2, baseline), new_lines[li][col], font=ocrb, fill=colour, anchor="ms")
    # Soften the new strokes as much as the print around them (measured on the neighbouring cells' edges).
    for li, col in changed:
        x0, y0, x1, y1 = _cell_rect(reading.chars[li][col].box)
        region = image.crop((x0, y0, x1, y1)).filter(ImageFilter.GaussianBlur(_softness(grey, reading, li, col)))
        image.paste(region, (x0, y0))
    return np.asarray(image), changed


def _softness(grey: np.ndarray, reading, li: int, col: int) -> float:
    """A blur radius matching the print: sharp print has steep edges (high gradient per unit contrast)."""
    row = reading.chars[li]
    near = [row[c] for c in range(max(0, col - 3), min(len(row), col + 4)) if c != col and row[c].char != "<"]
    if not near:
        return 0.6
    x0, y0, x1, y1 = _cell_rect(near[0].box)
    patch = grey[y0:y1, x0:x1].astype(np.float32)
    contrast = float(patch.max() - patch.min()) or 1.0
    steep = float(np.abs(np.diff(patch, axis=1)).max()) / contrast
    return float(np.clip(1.2 - steep, 0.0, 1.2))


def make(specimen: Specimen, kind: str, reader) -> Altered:
    """An altered copy of `specimen`'s MRZ-side white image (see the module's docstring for the kinds)."""
    path = specimen.image()
    with Image.open(path) as im:
        rgb = np.asarray(im.convert("RGB"))
    reading = reader.read(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    if list(reading.lines) != list(specimen.mrz):
        raise AlterError(f"the MRZ of {specimen.id} could not be read exactly from its image")
    new = altered_mrz(kind, list(specimen.mrz))
    image, changed = redraw(rgb, reading, new)
    boxes = tuple(_cell_rect(reading.chars[li][col].box) for li, col in changed)
    printed = {z.id for z in specimen.zones_on(specimen.mrz_side)}
    verdict = "fail" if EXPECTED[kind] == "fail" or printed & set(VIZ_ZONES.get(kind, ())) else "pass"
    return Altered(kind, specimen.id, new, changed, EXPECTED[kind], image, boxes, verdict)


def save(altered: Altered, folder: Path) -> Path:
    """Write `<specimen>-<kind>.png` and its `.json` description (what was altered, the expected verdict)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{altered.specimen_id}-{altered.kind.replace('_', '-')}.png"
    Image.fromarray(altered.image).save(path)
    path.with_suffix(".json").write_text(json.dumps(altered.info(), ensure_ascii=False, indent=2) + "\n",
                                         encoding="utf-8")
    return path
