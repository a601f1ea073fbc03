"""Date rules (Part 3 §4.8; reference §4.4): real calendar dates, unknown birth-date parts, expiry.

ICAO defines no century pivot. The birth century is the latest that puts the birth neither in the future nor
after the expiry; the expiry century puts the expiry within 50 years of today (desktop.checks.document).
"""

from __future__ import annotations

from desktop.checks.document import Document, real_date, yymmdd
from desktop.checks.report import FAIL, PASS, WARN, Check, check

# A two-digit year can never put a birth in the future: the century is chosen so that it is not. A birth
# "next month" therefore reads as a birth 99 years ago; very old ages are flagged so the officer looks.
OLD_AGE = 95
MAX_VALIDITY_YEARS = 10  # a library heuristic, not ICAO: longer remaining validity is only a warning


def _calendar(doc: Document, name: str, allow_unknown: bool) -> Check | None:
    field = doc.fmt.field(name)
    text = doc.text(field.span)
    parts = yymmdd(text)
    cid = f"{name}.valid"
    if parts is None:
        if set(text) <= set("0123456789<"):  # e.g. '7<0812': a filler may only replace a whole part
            return check(cid, name, FAIL, "date.not_real", span=field.span, actual=text, text=text)
        return None  # letters in a date: the charset rule has already said so
    yy, mm, dd = parts
    if None in parts:
        status = WARN if allow_unknown else FAIL
        return check(cid, name, status, f"{cid}.unknown", span=field.span, actual=text)
    if allow_unknown and (mm == 0 or dd == 0) and mm <= 12:
        # Part 10 DG11 uses 00 for an unknown month or day; some specimens print it in the MRZ.
        return check(cid, name, WARN, f"{cid}.zero", span=field.span, actual=text)
    if not (real_date(2000 + yy, mm, dd) or real_date(1900 + yy, mm, dd)):
        return check(cid, name, FAIL, "date.not_real", span=field.span, actual=text, text=text)
    date = doc.birth if name == "birth_date" else doc.expiry
    return check(cid, name, PASS, "date.real", span=field.span, date=date.isoformat() if date else text)


def birth(doc: Document) -> list[Check]:
    found = _calendar(doc, "birth_date", allow_unknown=True)
    out = [found] if found else []
    if doc.birth:
        today, born = doc.today, doc.birth
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        status = WARN if age >= OLD_AGE else PASS
        out.append(check("birth_date.age", "birth_date", status, span=doc.fmt.field("birth_date").span,
                         age=age, date=born.isoformat()))
    return out


def expiry(doc: Document) -> list[Check]:
    if doc.fmt.field("expiry_date") is None:
        return []  # the legacy French card has no expiry date in its MRZ
    found = _calendar(doc, "expiry_date", allow_unknown=False)
    out = [found] if found else []
    exp, span = doc.expiry, doc.fmt.field("expiry_date").span
    if exp is None:
        return out
    days = (exp - doc.today).days
    if days < 0:
        out.append(check("expiry_date.not_expired", "expiry_date", FAIL, span=span, date=exp.isoformat(),
                         days=-days, today=doc.today.isoformat()))
    else:
        out.append(check("expiry_date.not_expired", "expiry_date", PASS, span=span, date=exp.isoformat(),
                         days=days))
        if days > MAX_VALIDITY_YEARS * 366:
            out.append(check("expiry_date.validity", "expiry_date", WARN, span=span, date=exp.isoformat(),
                             years=MAX_VALIDITY_YEARS))
    if doc.birth:
        status = PASS if exp > doc.birth else FAIL
        out.append(check("expiry_date.after_birth", "expiry_date", status, span=span, date=exp.isoformat(),
                         birth=doc.birth.isoformat()))
    return out


RULES = (birth, expiry)
