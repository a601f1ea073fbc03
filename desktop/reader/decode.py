"""From per-cell probabilities to MRZ text, under the honesty policy.

The text is what is printed, as best the image shows it. A character differs from the recogniser's first
guess only where
  1. the field type rules the first guess out (a letter in a date, a digit in a name) and the image gives
     the allowed character real support (OCR-B 0/O, 1/I, 2/Z, 5/S, 8/B are close), or
  2. the image is genuinely ambiguous (close runner-up) and exactly one single substitution among the
     ambiguous positions makes the failing check digit agree.
Check digits never overrule a clearly printed character: a document printed with a wrong digit fails.
Every change is returned as a correction; positions that stay uncertain are returned too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.checks import checkdigit, formats
from desktop.checks.formats import Format

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
INDEX = {c: i for i, c in enumerate(ALPHABET)}
LETTERS, DIGITS = set(ALPHABET[:26]), set(ALPHABET[26:36])
TYPE_SUPPORT = 0.05  # an allowed alternative needs this share of the first guess's probability
AMBIGUOUS = 0.25  # a runner-up this close (ratio to the first) makes a position ambiguous
UNCERTAIN = 0.6  # below this probability (within the allowed characters) a position is uncertain


@dataclass(frozen=True)
class Correction:
    line: int
    col: int
    read: str
    chosen: str
    reason: str  # "field_type" or "check_digit"

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
                if dist[INDEX[alt]] >= TYPE_SUPPORT * dist[INDEX[top]]:
                    corrections.append(Correction(li, col, top, alt, "field_type"))
                    top = alt
            row.append(top)
        chars.append(row)
    return chars, corrections


def _digit_fails(fmt: Format, lines: list[str]) -> list[formats.Digit]:
    failing = []
    for digit in fmt.digits:
        printed = lines[digit.line][digit.pos]
        data = "".join(lines[ln][s:e] for ln, s, e in digit.over)
        if digit.filler_if_empty and printed == "<" and set(data) <= {"<"}:
            continue
        if digit.long_number and printed == "<":
            continue  # long numbers are judged by the rules core; not resolved here
        if checkdigit.compute(data) != (int(printed) if printed.isdigit() else -1):
            failing.append(digit)
    return failing


def _resolve(fmt: Format, chars, probs, table, ambiguous) -> list[Correction]:
    """Single substitutions at ambiguous positions that make a failing check digit agree, if unique."""
    corrections = []
    for digit in _digit_fails(fmt, ["".join(r) for r in chars]):
        positions = [(ln, c) for ln, s, e in digit.over + (digit.span,) for c in range(s, e)
                     if (ln, c) in ambiguous]
        options = []
        for ln, col in positions:
            dist = probs[ln][col]
            first = chars[ln][col]
            for alt in table[ln][col] - {first}:
                if dist[INDEX[alt]] < AMBIGUOUS * dist[INDEX[first]]:
                    continue
                trial = [list(r) for r in chars]
                trial[ln][col] = alt
                lines = ["".join(r) for r in trial]
                if not _digit_fails(fmt, lines):  # the field digit and the composite must both agree
                    options.append(Correction(ln, col, first, alt, "check_digit"))
        if len(options) == 1:
            fix = options[0]
            chars[fix.line][fix.col] = fix.chosen
            corrections.append(fix)
    return corrections


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
            ok = table[li][col] if table else set(ALPHABET)
            mass = sum(dist[INDEX[c]] for c in ok)
            chosen = dist[INDEX[chars[li][col]]] / max(mass, 1e-9)
            row.append(float(chosen))
            runner = max((dist[INDEX[c]] for c in ok if c != chars[li][col]), default=0.0)
            if runner >= AMBIGUOUS * dist[INDEX[chars[li][col]]]:
                ambiguous.add((li, col))
        confidence.append(row)
    resolved = set()
    if fmt:
        for fix in _resolve(fmt, chars, probs, table, ambiguous):
            resolved.add((fix.line, fix.col))
            corrections.append(fix)
            ambiguous.discard((fix.line, fix.col))
            dist = probs[fix.line][fix.col]
            mass = sum(dist[INDEX[c]] for c in table[fix.line][fix.col])
            confidence[fix.line][fix.col] = float(dist[INDEX[fix.chosen]] / max(mass, 1e-9))
    # A position settled by the check digit is reported as a correction, not again as uncertain.
    uncertain = sorted((li, col) for li, row in enumerate(confidence) for col, c in enumerate(row)
                       if (c < UNCERTAIN or (li, col) in ambiguous) and (li, col) not in resolved)
    return Decoded(["".join(r) for r in chars], confidence, corrections, uncertain)
