"""The ICAO 7-3-1 check digit (Doc 9303 Part 3 §4.9 and Appendix A).

0-9 count as 0-9, A-Z as 10-35, the filler '<' as 0; each value is multiplied by the repeating weights
7, 3, 1 from the left, and the check digit is the sum mod 10. Appendix A's worked examples (run by the core
suite as a doctest):

>>> compute("520727")
3
>>> compute("AB2134<<<")  # 70 + 33 + 2 + 7 + 9 + 4 = 125
5
>>> compute("AB2134KKK")  # K = 20 counts as 0 under mod 10, like the filler
5
>>> compute("ab2134")  # lower case is not MRZ text
"""

from __future__ import annotations

from dataclasses import dataclass

WEIGHTS = (7, 3, 1)
VALUES = {c: i for i, c in enumerate("0123456789")}
VALUES.update({chr(ord("A") + i): 10 + i for i in range(26)})
VALUES["<"] = 0


def compute(data: str) -> int | None:
    """The check digit over `data`, or None if it holds a character outside the MRZ set."""
    try:
        # Weight by position class (every third character shares a weight): three C-level sums.
        get = VALUES.__getitem__
        return (7 * sum(map(get, data[0::3])) + 3 * sum(map(get, data[1::3])) + sum(map(get, data[2::3]))) % 10
    except KeyError:
        return None


@dataclass(frozen=True)
class Step:
    char: str
    value: int
    weight: int

    @property
    def product(self) -> int:
        return self.value * self.weight


@dataclass(frozen=True)
class Working:
    """The arithmetic behind one check digit, as a trainer explains it."""

    steps: tuple[Step, ...]

    @property
    def total(self) -> int:
        return sum(s.product for s in self.steps)

    @property
    def digit(self) -> int:
        return self.total % 10


def explain(data: str) -> Working | None:
    """Every step of the 7-3-1 computation over `data` (None for characters outside the MRZ set)."""
    if any(c not in VALUES for c in data):
        return None
    return Working(tuple(Step(c, VALUES[c], WEIGHTS[i % 3]) for i, c in enumerate(data)))
