"""Name rules (Part 3 §4.6; Parts 4-7 truncation; reference §4.2 and §7).

No digits; components joined by single fillers; '<<' between primary and secondary identifier; only
fillers after the name. A letter in the last position may mean truncation: flagged, not an error.
An empty primary identifier (India) is a known deviation, accepted with a warning.
Names have no check digit: nothing here can confirm that a name is the holder's.
"""

from __future__ import annotations

import re

from desktop.checks import names
from desktop.checks.document import Document
from desktop.checks.formats import Field
from desktop.checks.report import FAIL, PASS, WARN, Check, check

_DIGITS = re.compile(r"[0-9]+")
_AS_LETTER = str.maketrans("0123456789", "A" * 10)
_EMPTY_PRIMARY = re.compile(rf"<<{names.IDENT}<*")


def _digits(field: Field, text: str) -> list[Check]:
    found = list(_DIGITS.finditer(text))
    return [check("names.digits", "names", FAIL,
                  span=(field.line, field.start + m.start(), field.start + m.end()), actual=m.group())
            for m in found]


def _structure(field: Field, text: str, pattern: re.Pattern) -> list[Check]:
    letters = text.translate(_AS_LETTER)  # digits are reported by _digits; judge the shape without them
    span = field.span
    if not letters.strip("<"):
        return [check("names.structure", "names", FAIL, "names.structure.empty", span=span)]
    if field.name == "names" and _EMPTY_PRIMARY.fullmatch(letters):
        # India prints the whole name as the secondary identifier (Arg0s1080/mrz#1, #2; cheminfo/mrz#9).
        return [check("names.empty_primary", "names", WARN, span=(field.line, field.start, field.start + 2))]
    m = pattern.match(letters)
    rest_at = m.end() if m else 0
    rest = letters[rest_at:]
    if not m or rest_at == 0:
        return [check("names.structure", "names", FAIL, "names.structure.start",
                      span=(field.line, field.start, field.start + 1), actual=text[:1])]
    if rest.strip("<"):
        first = rest_at + len(rest) - len(rest.lstrip("<"))
        last = len(letters.rstrip("<"))
        return [check("names.trailing", "names", FAIL, span=(field.line, field.start + first, field.start + last),
                      actual=text[first:last])]
    return [check("names.structure", "names", PASS, span=span)]


def _truncation(field: Field, text: str) -> list[Check]:
    if text[-1:].isalpha():
        return [check("names.truncation", "names", WARN, span=(field.line, field.end - 1, field.end))]
    return []


def name_fields(doc: Document) -> list[Check]:
    pattern = names.FRENCH if doc.fmt.name == "IDFRA" else names.ICAO
    out: list[Check] = []
    for field in doc.fmt.names:
        text = doc.text(field.span)
        out += _digits(field, text) + _structure(field, text, pattern) + _truncation(field, text)
    return out


RULES = (name_fields,)
