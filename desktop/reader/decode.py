"""From per-cell probabilities to MRZ text, under the honesty policy.

The text is what is printed, as best the image shows it. A character differs from the recogniser's first
guess only where the field type rules the first guess out (a letter in a date, a digit in a name) and the
image gives the allowed character real support (OCR-B 0/O, 1/I, 2/Z, 5/S, 8/B are close). Every change is
returned as a correction.

Check digits never choose a character. An earlier version let them settle an ambiguous position when exactly
one substitution made the digit agree; on a tampered page that turned an ambiguous 'O' into the '0' that
made the forged digit agree, and the forgery passed. Ambiguous positions are returned as uncertain instead,
and desktop.reader.verdict makes a document whose failing checks touch them `unreadable`, never `pass`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.checks import formats
from desktop.checks.formats import Format
from desktop.reader import glyphs

ALPHABET = glyphs.ALPHABET
INDEX = {c: i for i, c in enumerate(ALPHABET)}
LETTERS, DIGITS = set(ALPHABET[:26]), set(ALPHABET[26:36])
TYPE_SUPPORT = 0.05  # an allowed alternative needs this share of the first guess's probability
AMBIGUOUS = 0.25  # a runner-up this close (ratio to the first) makes a position ambiguous
UNCERTAIN = 0.6  # below this probability (within the allowed characters) a position is uncertain
# 0 and O are both legal in an alphanumeric field (document numbers, optional data) and all but the same glyph
# in OCR-B (the zero a little narrower): there even a small share for the other makes the position ambiguous,
# so that a check digit failing over it gives `unreadable` rather than a wrong `fail` (measured: a narrow
# laser-engraved O read as 0 at 0.94 against 0.03).
AMBIGUOUS_ZERO_O = 0.02

# Known OCR-B digit/letter confusions (icao9303.md §8, "observed confusions"). Where the field type is
# strict (a date, a check digit, a code, a name) the reading of a confusable partner is coerced to the
# allowed one whatever its support: a letter in a date or a digit in a name is never legitimate (§8 step 2,
# Part 3 §4.6). It is still reported as a correction, and a low-confidence position stays uncertain.
_PAIRS = {"0": "ODQ", "1": "ILT", "2": "Z", "4": "A", "5": "S", "6": "G", "7": "T", "8": "B", "9": "G"}
# ... except where States are known to print a digit in a letters field: the document code's second character
# (the US permanent resident card prints C1). There a digit the image shows beyond doubt is read as printed and
# the rules report the non-ICAO code as a known deviation, with the other checks judged as usual. In names and
# State codes a digit is never legitimate (Part 3 §4.6, reference §8) and is still coerced.
AS_PRINTED = 0.97  # a digit this probable, whose letter partners have under 1% of its probability, stays
AS_PRINTED_AT = {(0, 1)}  # (line, col): the document code's second character, in every format
CONFUSABLE: dict[str, set[str]] = {}
for _digit, _letters in _PAIRS.items():
    for _letter in _letters:
        CONFUSABLE.setdefault(_digit, set()).add(_letter)
        CONFUSABLE.setdefault(_letter, set()).add(_digit)


@dataclass(frozen=True)
class Correction:
    line: int
    col: int
    read: str
    chosen: str
    reason: str  # "field_type"

    def to_dict(self) -> dict:
        return {"line": self.line, "col": self.col, "read": self.read, "chosen": self.chosen,
                "reason": self.reason}


@dataclass(frozen=True)
class Decoded:
    lines: list[str]
    confidence: list[list[float]]  # per line, per position: probability of the chosen character
    corrections: list[Correction]
    uncertain: list[tuple[int, int]]  # (line, col)


def allowed(fmt: Format) -> list[list[set[str]]]:
    """The characters each position may legally hold in `fmt` (Parts 4-7 field types)."""
    everything = set(ALPHABET)
    table = [[set(everything) for _ in range(fmt.length)] for _ in range(fmt.lines)]
    kinds = {"A": LETTERS, "N": DIGITS, "AN": LETTERS | DIGITS}
    for field in fmt.fields + fmt.names:
        chars = kinds[field.charset] | ({"<"} if field.filler else set())
        for col in range(field.start, field.end):
            table[field.line][col] = set(chars)
    for digit in fmt.digits:
        # '<' is legal in a digit position only where the format says so (empty TD3 optional data, the
        # long-number marker of TD1/TD2); elsewhere a check digit is a numeral.
        legal_filler = digit.filler_if_empty or digit.long_number
        table[digit.line][digit.pos] = DIGITS | ({"<"} if legal_filler else set())
    if fmt.overflow:  # a long number's overflow and digit live in the optional data: keep them open
        line, start, end = fmt.overflow
        for col in range(start, end + 1):
            table[line][col] = LETTERS | DIGITS | {"<"}
    return table


def _by_type(probs: list[np.ndarray], table) -> tuple[list[list[str]], list[Correction]]:
    chars, corrections = [], []
    for li, p in enumerate(probs):
        row = []
        for col, dist in enumerate(p):
            top = ALPHABET[int(dist.argmax())]
            ok = table[li][col] if table else set(ALPHABET)
            if top not in ok:
                alt = max(ok, key=lambda c: dist[INDEX[c]])
                partners = CONFUSABLE.get(top, set()) & ok
                if (li, col) in AS_PRINTED_AT and top in DIGITS and dist[INDEX[top]] >= AS_PRINTED \
                        and all(dist[INDEX[c]] < 0.01 * dist[INDEX[top]] for c in partners):
                    pass  # printed as a digit: read as printed (see AS_PRINTED)
                elif partners:
                    # A digit in a letter position takes its usual partner (0 reads as O, not D or Q).
                    usual = _PAIRS.get(top, "")[:1]
                    alt = usual if usual in partners else max(partners, key=lambda c: dist[INDEX[c]])
                    corrections.append(Correction(li, col, top, alt, "field_type"))
                    top = alt
                elif dist[INDEX[alt]] >= TYPE_SUPPORT * dist[INDEX[top]]:
                    corrections.append(Correction(li, col, top, alt, "field_type"))
                    top = alt
            row.append(top)
        chars.append(row)
    return chars, corrections


def decode(probs: list[np.ndarray]) -> Decoded:
    """Text, confidences, corrections and uncertain positions from per-line (n x 37) probabilities."""
    raw = ["".join(ALPHABET[int(i)] for i in p.argmax(axis=1)) for p in probs]
    fmt = formats.detect(raw)
    table = allowed(fmt) if fmt else None
    chars, corrections = _by_type(probs, table)
    confidence, ambiguous = [], set()
    for li, p in enumerate(probs):
        row = []
        for col, dist in enumerate(p):
            ok = (table[li][col] if table else set(ALPHABET)) | {chars[li][col]}  # a digit read as printed too
            mass = sum(dist[INDEX[c]] for c in ok)
            chosen = dist[INDEX[chars[li][col]]] / max(mass, 1e-9)
            row.append(float(chosen))
            chosen_char = chars[li][col]
            runner = max((dist[INDEX[c]] for c in ok if c != chosen_char), default=0.0)
            if runner >= AMBIGUOUS * dist[INDEX[chosen_char]]:
                ambiguous.add((li, col))
            partner = {"0": "O", "O": "0"}.get(chosen_char)
            if partner in ok and dist[INDEX[partner]] >= AMBIGUOUS_ZERO_O * dist[INDEX[chosen_char]]:
                ambiguous.add((li, col))
        confidence.append(row)
    uncertain = sorted((li, col) for li, row in enumerate(confidence) for col, c in enumerate(row)
                       if c < UNCERTAIN or (li, col) in ambiguous)
    return Decoded(["".join(r) for r in chars], confidence, corrections, uncertain)


def decode_line(dist: np.ndarray) -> tuple[str, float]:
    """A lone line (`docexam check --line`): decoded with the field types of the line role (format and line
    number of that length) under which it is most probable; (text, mean confidence)."""
    logs = np.log(np.maximum(dist, 1e-12))
    best, best_score = None, -np.inf
    for fmt in formats.FORMATS:
        if fmt.length != len(dist):
            continue
        table = allowed(fmt)
        for index in range(fmt.lines):
            row = table[index]
            score = sum(max(logs[col][INDEX[c]] for c in row[col]) for col in range(len(dist)))
            if score > best_score:
                best, best_score = row, score
    chars, _ = _by_type([dist], [best] if best else None)
    text = "".join(chars[0])
    return text, float(np.mean([dist[i][INDEX[c]] for i, c in enumerate(text)]))
