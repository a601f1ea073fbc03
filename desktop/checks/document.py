"""A parsed MRZ: the lines in a known format, with the derived facts several rules share.

Derived facts (dates, the long document number) are computed once here so that every rule reads the same
interpretation of the same characters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from desktop.checks import checkdigit
from desktop.checks.formats import Format, Span


@dataclass(frozen=True)
class LongNumber:
    """A TD1/TD2 document number longer than 9 characters (Part 5 note j, Part 6 note j)."""

    principal: str  # the 9 characters in the number field
    overflow: str  # its continuation in the optional data
    digit: str  # the check digit printed after the overflow
    digit_span: Span
    overflow_span: Span

    @property
    def number(self) -> str:
        return self.principal + self.overflow

    @property
    def icao(self) -> int | None:
        # ICAO rule: the '<' announcing the long number is excluded from the computation.
        return checkdigit.compute(self.principal + self.overflow)

    @property
    def belgian(self) -> int | None:
        # Belgian variant (reference §4.1): the '<' at 1:15 is included, which shifts the weights.
        return checkdigit.compute(self.principal + "<" + self.overflow)


_DATE_CHARS = frozenset("0123456789<")


@lru_cache(maxsize=4096)
def yymmdd(text: str) -> tuple[int | None, int | None, int | None] | None:
    """(YY, MM, DD) with None for parts given as fillers; None if the text is not digits and fillers."""
    if len(text) != 6:
        return None
    if text.isdigit() and text.isascii():
        return int(text[0:2]), int(text[2:4]), int(text[4:6])
    if not _DATE_CHARS.issuperset(text):
        return None
    parts = [text[i:i + 2] for i in (0, 2, 4)]
    if any("<" in p and p != "<<" for p in parts):
        return None
    return tuple(None if p == "<<" else int(p) for p in parts)  # type: ignore[return-value]


def real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class Document:
    """The MRZ lines of one document, in a format whose shape they match exactly."""

    def __init__(self, lines: list[str], fmt: Format, today: dt.date):
        self.lines = lines
        self.fmt = fmt
        self.today = today
        self.values = {f.name: lines[f.line][f.start:f.end] for f in fmt.fields + fmt.names}
        self.long_number = self._long_number()
        self.expiry = self._expiry()
        self.birth = self._birth()

    def text(self, span: Span) -> str:
        line, start, end = span
        return self.lines[line][start:end]

    def value(self, name: str) -> str:
        return self.values.get(name, "")

    def _long_number(self) -> LongNumber | None:
        """The long number, if the document-number check digit position holds '<' where the format allows."""
        digit = next(d for d in self.fmt.digits if d.field == "document_number")
        if not digit.long_number or self.text(digit.span) != "<" or self.fmt.overflow is None:
            return None
        line, start, end = self.fmt.overflow
        region = self.lines[line][start:end + 1]
        # The check digit is the character just before the first '<' after the overflow (Part 5 note j:
        # anywhere in 1:17-29, not at a fixed column).
        stop = region.find("<", 1)
        stop = len(region) if stop == -1 else stop
        return LongNumber(self.value("document_number"), region[:stop - 1], region[stop - 1:stop],
                          (line, start + stop - 1, start + stop), (line, start, start + stop - 1))

    def _birth(self) -> dt.date | None:
        """Date of birth. Two digits carry no century (no ICAO pivot): it is the latest century that puts the
        birth on or before today *and* before the document's expiry — a holder born in 1912 ('121212') is not
        a child born in 2012 whose passport expired before birth (issue 23, a genuine Icelandic passport)."""
        parts = yymmdd(self.value("birth_date"))
        if not parts or None in parts:
            return None
        yy, mm, dd = parts
        century = self.today.year // 100 * 100
        for year in (century + yy, century - 100 + yy, century - 200 + yy):
            found = real_date(year, mm, dd)
            if found and found <= self.today and (self.expiry is None or found < self.expiry):
                return found
        return None

    def _expiry(self) -> dt.date | None:
        """Date of expiry; the century puts it within 50 years either side of today (no ICAO pivot)."""
        parts = yymmdd(self.value("expiry_date"))
        if not parts or None in parts:
            return None
        yy, mm, dd = parts
        year = (self.today.year // 100) * 100 + yy
        if year > self.today.year + 50:
            year -= 100
        elif year <= self.today.year - 50:
            year += 100
        return real_date(year, mm, dd)
