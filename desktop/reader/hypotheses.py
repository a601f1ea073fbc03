"""Judging a located line group read as an MRZ of some format: one hypothesis, one score.

A page offers several candidate groups (the MRZ, the MRZ with a VIZ line or an ornament band above it, two of a
TD1's three lines ...) and each can be cut as 2x44, 2x36 or 3x30 characters (Part 3 §4, Parts 4-7). A
hypothesis is scored by what the recogniser says of its cells — its mean confidence — and by how plausible the
text is under the field types of the format (the share of positions whose first reading is a character that
position may hold: no letter in a date, no digit in a code). Check digits play no part: a forged digit must not
steer which reading is kept (the honesty policy, desktop/reader/decode.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from desktop.checks import formats
from desktop.reader import decode

# A hypothesis this plausible and this confident ends the search: nothing else on the page can beat it by enough
# to matter, and reading more candidates only costs time.
SETTLED_PLAUSIBILITY = 0.97


@dataclass(frozen=True)
class Hypothesis:
    format: str  # the format the reading fits best ("TD3", ...), or the shape ("3x44") when none fits
    confidence: float  # mean probability of the recogniser's first choice
    plausibility: float  # share of positions whose first choice the format's field types allow

    @property
    def score(self) -> float:
        return self.confidence * self.plausibility

    @property
    def fits(self) -> bool:
        return self.format in formats.BY_NAME

    def settled(self, confident: float) -> bool:
        return self.fits and self.plausibility >= SETTLED_PLAUSIBILITY and self.confidence > confident

    def to_dict(self) -> dict:
        return {"format": self.format, "score": round(self.score, 4), "confidence": round(self.confidence, 4),
                "plausibility": round(self.plausibility, 4)}


@lru_cache(maxsize=None)
def _mask(name: str) -> np.ndarray:
    """(lines, length, alphabet) booleans: may this position hold this character under `name`'s field types."""
    fmt = formats.BY_NAME[name]
    table = decode.allowed(fmt)
    mask = np.zeros((fmt.lines, fmt.length, len(decode.ALPHABET)), bool)
    for line, row in enumerate(table):
        for col, ok in enumerate(row):
            mask[line, col, [decode.INDEX[c] for c in ok]] = True
    return mask


def judge(probs: list[np.ndarray]) -> Hypothesis:
    """The hypothesis that these per-line (n x 37) probabilities are an MRZ: its best-fitting format and score."""
    confidence = float(np.mean([p.max(axis=1).mean() for p in probs])) if probs else 0.0
    firsts = [p.argmax(axis=1) for p in probs]
    # The format as the rules core detects it from the shape and the document code (a visa's V, ...).
    fmt = formats.detect(["".join(decode.ALPHABET[int(i)] for i in f) for f in firsts])
    if fmt is None:  # no format has this shape: plausibility 0
        return Hypothesis(f"{len(firsts)}x{max((len(f) for f in firsts), default=0)}", confidence, 0.0)
    mask = _mask(fmt.name)
    share = float(np.mean([mask[i, np.arange(len(f)), f].mean() for i, f in enumerate(firsts)]))
    return Hypothesis(fmt.name, confidence, share)
