"""MRZ formats declared as data: where each field and check digit sits (ICAO Doc 9303 Parts 4-7).

Positions are 0-based Python slices (the reference, ../shared/icao9303.md §2, gives 1-based columns).
A charset is "A" (letters), "N" (digits) or "AN"; `filler` says whether '<' may appear inside the field;
`left` says the value is filled from the left with '<' only after it (Part 3 §4.10).
"""

from __future__ import annotations

from dataclasses import dataclass

Span = tuple[int, int, int]  # (line, start, end): 0-based, end exclusive


@dataclass(frozen=True)
class Field:
    name: str
    line: int
    start: int
    end: int
    charset: str
    filler: bool = True
    left: bool = False

    def __post_init__(self):
        object.__setattr__(self, "span", (self.line, self.start, self.end))


@dataclass(frozen=True)
class Digit:
    """A check digit at (line, pos) over the concatenation of `over`, protecting `field`."""

    field: str
    line: int
    pos: int
    over: tuple[Span, ...]
    filler_if_empty: bool = False  # TD3 2:43: '<' allowed when 2:29-42 are all '<' (Part 4 §4.2.2.2)
    long_number: bool = False  # TD1 1:15 / TD2 2:10: '<' announces a long number (Part 5/6 note j)

    @property
    def span(self) -> Span:
        return (self.line, self.pos, self.pos + 1)


@dataclass(frozen=True)
class Format:
    name: str
    lines: int
    length: int
    fields: tuple[Field, ...]
    digits: tuple[Digit, ...]
    names: tuple[Field, ...]  # name fields, checked by the name rules rather than the charset rule
    overflow: Span | None = None  # where a long document number continues (TD1, TD2)

    def __post_init__(self):
        object.__setattr__(self, "_by_name", {f.name: f for f in self.fields + self.names})

    def field(self, name: str) -> Field | None:
        return self._by_name.get(name)


def _f(name, line, start, end, charset, filler=True, left=False):
    return Field(name, line, start, end, charset, filler, left)


_CODE = _f("document_code", 0, 0, 2, "A", left=True)
_STATE = _f("issuing_state", 0, 2, 5, "A", left=True)

# TD3, Part 4 §4.2.2 (2 x 44).
TD3 = Format("TD3", 2, 44, (
    _CODE, _STATE,
    _f("document_number", 1, 0, 9, "AN", left=True), _f("nationality", 1, 10, 13, "A", left=True),
    _f("birth_date", 1, 13, 19, "N"), _f("sex", 1, 20, 21, "A"),
    _f("expiry_date", 1, 21, 27, "N", filler=False), _f("optional_data", 1, 28, 42, "AN"),
), (
    Digit("document_number", 1, 9, ((1, 0, 9),)),
    Digit("birth_date", 1, 19, ((1, 13, 19),)),
    Digit("expiry_date", 1, 27, ((1, 21, 27),)),
    Digit("optional_data", 1, 42, ((1, 28, 42),), filler_if_empty=True),
    Digit("composite", 1, 43, ((1, 0, 10), (1, 13, 20), (1, 21, 43))),
), (_f("names", 0, 5, 44, "A"),))

# TD1, Part 5 §4.2.2 (3 x 30).  Composite: 1:6-30, 2:1-7, 2:9-15, 2:19-29.
TD1 = Format("TD1", 3, 30, (
    _CODE, _STATE,
    _f("document_number", 0, 5, 14, "AN", left=True), _f("optional_data", 0, 15, 30, "AN"),
    _f("birth_date", 1, 0, 6, "N"), _f("sex", 1, 7, 8, "A"),
    _f("expiry_date", 1, 8, 14, "N", filler=False), _f("nationality", 1, 15, 18, "A", left=True),
    _f("optional_data_2", 1, 18, 29, "AN"),
), (
    Digit("document_number", 0, 14, ((0, 5, 14),), long_number=True),
    Digit("birth_date", 1, 6, ((1, 0, 6),)),
    Digit("expiry_date", 1, 14, ((1, 8, 14),)),
    Digit("composite", 1, 29, ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29))),
), (_f("names", 2, 0, 30, "A"),), overflow=(0, 15, 29))

# TD2, Part 6 §4.2.2 (2 x 36).  Composite: 2:1-10, 2:14-20, 2:22-35.
TD2 = Format("TD2", 2, 36, (
    _CODE, _STATE,
    _f("document_number", 1, 0, 9, "AN", left=True), _f("nationality", 1, 10, 13, "A", left=True),
    _f("birth_date", 1, 13, 19, "N"), _f("sex", 1, 20, 21, "A"),
    _f("expiry_date", 1, 21, 27, "N", filler=False), _f("optional_data", 1, 28, 35, "AN"),
), (
    Digit("document_number", 1, 9, ((1, 0, 9),), long_number=True),
    Digit("birth_date", 1, 19, ((1, 13, 19),)),
    Digit("expiry_date", 1, 27, ((1, 21, 27),)),
    Digit("composite", 1, 35, ((1, 0, 10), (1, 13, 20), (1, 21, 35))),
), (_f("names", 0, 5, 36, "A"),), overflow=(1, 28, 35))


def _visa(name: str, length: int) -> Format:
    """MRV-A (2 x 44) and MRV-B (2 x 36), Part 7 §4.2.2 and §7.2.2: three check digits, no composite."""
    return Format(name, 2, length, (
        _CODE, _STATE,
        _f("document_number", 1, 0, 9, "AN", left=True), _f("nationality", 1, 10, 13, "A", left=True),
        _f("birth_date", 1, 13, 19, "N"), _f("sex", 1, 20, 21, "A"),
        _f("expiry_date", 1, 21, 27, "N", filler=False), _f("optional_data", 1, 28, length, "AN"),
    ), (
        Digit("document_number", 1, 9, ((1, 0, 9),)),
        Digit("birth_date", 1, 19, ((1, 13, 19),)),
        Digit("expiry_date", 1, 27, ((1, 21, 27),)),
    ), (_f("names", 0, 5, length, "A"),))


MRVA = _visa("MRVA", 44)
MRVB = _visa("MRVB", 36)

# Legacy French identity card "IDFRA" (2 x 36, not ICAO; ../shared/icao9303.md §4.7): no expiry in the MRZ,
# the document number is 2:1-12, and the composite covers all of line 1 and 2:1-35.
IDFRA = Format("IDFRA", 2, 36, (
    _CODE, _STATE, _f("optional_data", 0, 30, 36, "AN"),
    _f("document_number", 1, 0, 12, "AN", left=True),
    _f("birth_date", 1, 27, 33, "N"), _f("sex", 1, 34, 35, "A"),
), (
    Digit("document_number", 1, 12, ((1, 0, 12),)),
    Digit("birth_date", 1, 33, ((1, 27, 33),)),
    Digit("composite", 1, 35, ((0, 0, 36), (1, 0, 35))),
), (_f("surname", 0, 5, 30, "A"), _f("given_names", 1, 13, 27, "A")))

FORMATS = (TD1, TD2, TD3, MRVA, MRVB, IDFRA)


def field_at(fmt: Format, line: int, col: int) -> str:
    """The report field a character position belongs to ('composite' for the composite digit)."""
    for digit in fmt.digits:
        if (digit.line, digit.pos) == (line, col):
            return digit.field
    for field in fmt.fields + fmt.names:
        if field.line == line and field.start <= col < field.end:
            return "names" if field.name in ("surname", "given_names") else field.name
    return "layout"
BY_NAME = {f.name: f for f in FORMATS}


def detect(lines: list[str]) -> Format | None:
    """The format these lines are laid out in (reference §2.7), or None if no format has this shape."""
    shape = (len(lines), {len(line) for line in lines})
    first = lines[0][:1] if lines else ""
    if shape == (3, {30}):
        return TD1
    if shape == (2, {44}):
        return MRVA if first == "V" else TD3
    if shape == (2, {36}):
        if first == "V":
            return MRVB
        # IDFRA line 2 holds given names at 2:14 where TD2 holds the birth date: a letter there is French.
        french = lines[0].startswith("IDFRA") and lines[1][13:14].isalpha()
        return IDFRA if french else TD2
    return None


def nearest(lines: list[str]) -> Format | None:
    """The format a damaged MRZ was most likely meant to be, judged by its line count and lengths."""
    candidates = [f for f in (TD1, TD2, TD3) if f.lines == len(lines)]
    if not candidates:
        return None
    mean = sum(len(line) for line in lines) / len(lines)
    best = min(candidates, key=lambda f: abs(f.length - mean))
    if best.length != 30 and lines[0][:1] == "V":
        return MRVA if best.length == 44 else MRVB
    return best
