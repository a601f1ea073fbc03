"""Finding the printed fields without a reference specimen: by their labels, or by the shape of their content.

Where no specimen of the document is in the library (or its layout does not fit the page), the visual
inspection zone above the MRZ (Part 4 §3, Part 5: the VIZ lies above the MRZ in reading orientation) is cut into
text lines, each read with Tesseract, and the fields are found by their printed labels in the languages States
use (Surname/Nom, Овог, …; bilingual labels such as "Овог / Surname" too): the value is the line under its label,
or the rest of the label's own line. Dates without a label are found by their shape: of the dates printed, the
earliest is the date of birth and the latest the date of expiry. Nothing is found by looking for the MRZ's own
value, which would make the comparison circular.
"""

from __future__ import annotations

import re
import unicodedata

import cv2
import numpy as np

from desktop.checks import viz as rules

LABELS = {
    "surname": ("surname", "nom", "apellidos", "apellido", "familienname", "name", "cognome", "nazwisko",
                "фамилия", "овог"),
    "given_names": ("given names", "given name", "prénoms", "nombres", "vornamen", "nome", "imiona",
                    "имя", "нэр"),
    "nationality": ("nationality", "nationalité", "nacionalidad", "staatsangehorigkeit",
                    "cittadinanza", "гражданство", "иргэншил"),
    "birth_date": ("date of birth", "date de naissance", "fecha de nacimiento", "geburtsdatum", "geburtstag",
                   "data di nascita", "дата рождения", "төрсөн огноо"),
    "sex": ("sex", "sexe", "sexo", "geschlecht", "sesso", "пол", "хүйс"),
    "document_number": ("passport no", "passport number", "document no", "document number", "card no",
                        "no du passeport", "n du passeport", "n de passeport", "numero de pasaporte", "pass nr", "номер паспорта",
                        "паспортын дугаар", "баримт бичгийн дугаар"),
    "expiry_date": ("date of expiry", "date d expiration", "expiry", "valid until", "fecha de caducidad",
                    "gultig bis", "дата окончания", "дуусах хугацаа", "хүчинтэй хугацаа"),
}
# Labels of fields that are not compared: a line holding one is a label, never a value.
OTHER_LABELS = ("country code", "code du pays", "issuing state", "type", "personal no", "n personnel",
                "place of birth", "lieu de naissance", "date of issue", "date de delivrance", "authority",
                "autorite", "signature", "titulaire", "holder", "code")
MAX_LINES = 60


def _plain(text: str) -> str:
    """Lower case, accents and punctuation off: labels are matched loosely (OCR of small print)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    # small print's commonest OCR slips inside label words: "rn" read as "m" (Sumame), "vv" as "w"
    text = text.replace("rn", "m").replace("vv", "w")
    return " ".join(re.sub(r"[^\w ]", " ", text).split())


# The labels as they are matched: normalised once (lower case, no accents or punctuation).
_FIELD_WORDS = {field: tuple(dict.fromkeys(_plain(w) for w in words)) for field, words in LABELS.items()}
_ALL_WORDS = tuple(w for words in _FIELD_WORDS.values() for w in words) + tuple(_plain(w) for w in OTHER_LABELS)


def _contains(plain: str, word: str) -> bool:
    """Whether a normalised line holds a normalised label as whole words."""
    return re.search(rf"(^|\s){re.escape(word)}(\s|$)", plain) is not None


def label_of(text: str) -> tuple[str | None, str]:
    """(the field whose label the line holds — the longest label found wins —, the rest of the line after its
    labels)."""
    plain = _plain(text)
    best = None
    for field, words in _FIELD_WORDS.items():
        for word in words:
            if _contains(plain, word) and (best is None or len(word) > len(best[1])):
                best = (field, word)
    if best is None:
        return None, text
    # The value may follow on the same line: after a separator ("Sex / Sexe: F"), or after the label words.
    parts = [p.strip() for p in re.split(r"[/:]", text) if p.strip()]
    if len(parts) > 1:
        return best[0], " ".join(p for p in parts if label_of_part(p) is None)
    words, label = text.split(), best[1].split()
    return best[0], " ".join(words[len(label):]) if len(words) > len(label) else ""


def is_label(text: str) -> bool:
    """Whether a line is a label (of a compared field or another), so that it cannot be taken as a value."""
    plain = _plain(text)
    return any(_contains(plain, word) for word in _ALL_WORDS if len(word) >= 3)


def label_of_part(part: str) -> str | None:
    """The field a whole part of a line ("Surname", "Nom") is the label of, if it is one."""
    plain = _plain(part)
    return next((field for field, words in _FIELD_WORDS.items() if plain in words), None)


def upright(grey: np.ndarray, quad) -> tuple[np.ndarray, np.ndarray]:
    """(the page turned so that the MRZ reads left to right at the bottom, the 2x3 map back to the page)."""
    tl, tr = np.asarray(quad[0], float), np.asarray(quad[1], float)
    angle = float(np.degrees(np.arctan2(tr[1] - tl[1], tr[0] - tl[0])))
    from desktop.reader import rotated

    turned, rot = rotated(grey, angle, border=255)
    return turned, cv2.invertAffineTransform(rot)


def text_lines(page: np.ndarray, mrz_top: float) -> list[tuple[int, int, int, int]]:
    """[x, y, w, h] of the text lines above the MRZ, top to bottom."""
    region = page[: max(1, int(mrz_top))]
    if region.size == 0:
        return []
    size = max(3, int(region.shape[1] / 60)) | 1
    blackhat = cv2.morphologyEx(region, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (size * 2 + 1,) * 2))
    _, ink = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (size, 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    height = region.shape[0]
    boxes = []
    for i in range(1, count):
        box = tuple(int(v) for v in stats[i][:4])
        if 8 <= box[3] <= 0.12 * height + 8 and box[2] >= 0.4 * box[3]:
            boxes += _columns(ink, box)
    boxes.sort(key=lambda b: (b[1], b[0]))
    return boxes[:MAX_LINES]


def _columns(ink: np.ndarray, box: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """A line box split where its ink has a gap wider than its height: labels and values of two columns that
    the closing joined ("Country code/ Code du pays   Passport Number/ N° de passeport")."""
    x, y, w, h = box
    cols = np.flatnonzero(ink[y:y + h, x:x + w].any(axis=0))
    if cols.size == 0:
        return []
    cuts = np.flatnonzero(np.diff(cols) > max(h, 6))
    starts = [cols[0]] + [cols[c + 1] for c in cuts]
    ends = [cols[c] for c in cuts] + [cols[-1]]
    return [(x + int(a), y, int(b - a + 1), h) for a, b in zip(starts, ends) if b - a + 1 >= 0.4 * h]


def find(page: np.ndarray, mrz_top: float, ocr) -> tuple[dict, list[dict]]:
    """({field: {"text", "confidence", "box"}} in `page` coordinates, found by label or by shape; every text
    line read above the MRZ, {"text", "confidence", "box"}, the evidence checks.viz.compare weighs)."""
    lines = []
    for x, y, w, h in text_lines(page, mrz_top):
        pad = max(2, h // 5)
        crop = page[max(0, y - pad):y + h + pad, max(0, x - pad):x + w + pad]
        text, confidence = ocr.read(crop)
        if text:
            lines.append({"text": text, "confidence": confidence, "box": [x, y, w, h]})
    found: dict = {}
    for i, line in enumerate(lines):
        field, rest = label_of(line["text"])
        if field is None or field in found:
            continue
        if rest and not is_label(rest) and rules.plausible(field, rest):
            found[field] = dict(line, text=rest)
            continue
        below = _below(lines, i)
        if below is not None and not is_label(below["text"]) and rules.plausible(field, below["text"]):
            found[field] = below
    _dates_by_shape(lines, found)
    return found, lines


def _below(lines: list[dict], i: int) -> dict | None:
    """The line under line i, starting near its left edge and close beneath it."""
    x, y, w, h = lines[i]["box"]
    best = None
    for other in lines:
        ox, oy, ow, oh = other["box"]
        if oy > y + 0.5 * h and oy - (y + h) < 1.6 * max(h, oh) and abs(ox - x) < 3 * max(h, oh):
            if best is None or oy < best["box"][1]:
                best = other
    return best


def _dates_by_shape(lines: list[dict], found: dict) -> None:
    """Unlabelled dates: of those printed, the earliest is the birth, the latest the expiry (issue between)."""
    if "birth_date" in found and "expiry_date" in found:
        return
    dated = []
    for line in lines:
        parsed = rules.parse_date(line["text"])
        if parsed and parsed[3]:  # four-digit years only: two-digit ones cannot be ordered safely
            dated.append(((parsed[0], parsed[1], parsed[2]), line))
    if len(dated) < 2:
        return
    dated.sort(key=lambda d: d[0])
    # found by shape, not by a label: evidence of agreement, never of a mismatch (the earliest date read may be
    # the date of issue when the birth date's line was not read — a real US passport page did this)
    if "birth_date" not in found:
        found["birth_date"] = dict(dated[0][1], by="shape")
    if "expiry_date" not in found:
        found["expiry_date"] = dict(dated[-1][1], by="shape")
