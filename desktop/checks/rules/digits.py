"""Check-digit rules (Part 3 §4.9; the map of every format in ../shared/icao9303.md §2.6).

Each finding names the field the digit protects, the digit as printed and the digit the data gives.
Special cases: TD3 2:43 may be '<' when the optional data is empty (Part 4 §4.2.2.2); TD1 1:15 and TD2 2:10
may be '<' to announce a long document number (Part 5/6 note j), which has its own rule below.
"""

from __future__ import annotations

from desktop.checks import checkdigit
from desktop.checks.document import Document
from desktop.checks.formats import Digit
from desktop.checks.report import FAIL, PASS, SKIP, WARN, Check, check

DIGITS = frozenset("0123456789")


def _one(doc: Document, digit: Digit) -> Check:
    cid = f"check_digit.{digit.field}"
    lines = doc.lines
    printed = lines[digit.line][digit.pos]
    data = "".join([lines[line][start:end] for line, start, end in digit.over])
    expected = checkdigit.compute(data)
    if expected is not None and printed == str(expected):
        return check(cid, digit.field, PASS, "check_digit.pass", span=digit.span, covers=digit.over,
                     actual=printed, expected=printed, printed=printed, digit=expected)
    base = dict(span=digit.span, covers=digit.over, actual=printed)
    if digit.filler_if_empty and printed == "<" and set(data) <= {"<"}:
        return check(cid, digit.field, PASS, f"{cid}.filler_empty", **base)
    if expected is None:
        return check(cid, digit.field, SKIP, "check_digit.uncomputable", **base)
    # A '<' at TD3/MRV 2:10 lands here too: those formats have no long-number mechanism (Part 4; Part 7 note j).
    if printed not in DIGITS:
        return check(cid, digit.field, FAIL, "check_digit.not_digit", expected=str(expected), **base,
                     printed=printed, digit=expected)
    status = PASS if int(printed) == expected else FAIL
    return check(cid, digit.field, status, f"check_digit.{status}", expected=str(expected), **base,
                 printed=printed, digit=expected)


def _long_number(doc: Document, digit: Digit) -> list[Check]:
    """TD1/TD2 long number: 9 characters in the field, '<', the rest in the optional data, its check digit."""
    long = doc.long_number
    cid = "check_digit.document_number"
    base = dict(span=long.digit_span, actual=long.digit)
    covers = (digit.over[0], long.overflow_span)
    if not long.overflow or long.digit not in DIGITS:
        return [check(cid, "document_number", FAIL, "check_digit.long_missing",
                      span=digit.span, covers=(doc.fmt.overflow,), actual="<")]
    if long.icao is None:
        return [check(cid, "document_number", SKIP, "check_digit.uncomputable", covers=covers, **base)]
    printed = int(long.digit)
    found = [check("document_number.long", "document_number", PASS, span=long.overflow_span,
                   number=long.number)]
    if printed == long.icao:
        found.append(check(cid, "document_number", PASS, "check_digit.long_pass", covers=covers,
                           expected=str(long.icao), **base, printed=long.digit, digit=long.icao))
    elif printed == long.belgian:
        # Known deviation (reference §4.1, §7): some Belgian cards include the '<' at 1:15 in the
        # computation (PRADO BEL-BO-03003; cheminfo/mrz#70). Accepted, and reported as the variant matched.
        found.append(check("deviation.belgian_long_number", "document_number", WARN,
                           covers=(digit.over[0], digit.span, long.overflow_span), expected=str(long.belgian),
                           **base, printed=long.digit, icao=long.icao))
    else:
        found.append(check(cid, "document_number", FAIL, "check_digit.long_fail", covers=covers,
                           expected=str(long.icao), **base, printed=long.digit, digit=long.icao,
                           belgian=long.belgian))
    return found


def check_digits(doc: Document) -> list[Check]:
    out: list[Check] = []
    for digit in doc.fmt.digits:
        if digit.field == "document_number" and doc.long_number is not None:
            out.extend(_long_number(doc, digit))
        else:
            out.append(_one(doc, digit))
    return out


RULES = (check_digits,)
