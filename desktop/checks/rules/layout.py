"""Layout rules (Part 3 §4.3, §4.10): the character set, and fields filled from the left with fillers after."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.checks.document import Document
from desktop.checks.report import FAIL, PASS, WARN, Check, check

MRZ_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_BAD_RUN = re.compile(r"[^A-Z0-9<]+")
_STRAY = re.compile(r"<+([^<])")
CHARSETS = {"A": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "N": frozenset("0123456789"),
            "AN": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}
ALLOWED = {(kind, filler): chars | ({"<"} if filler else set()) for kind, chars in CHARSETS.items()
           for filler in (False, True)}
MAX_FINDINGS = 12  # junk input must not bury the verdict under thousands of findings
KIND = {"A": "letters", "N": "digits", "AN": "letters and digits"}


_CHARSET_PASS = check("layout.charset", "layout", PASS)


def charset_lines(lines: list[str]) -> list[Check]:
    """Only A-Z, 0-9 and '<' may appear anywhere in an MRZ (Part 3 §4.3): one finding per run of others."""
    if all(MRZ_CHARS.issuperset(line) for line in lines):
        return [_CHARSET_PASS]
    found = [check("layout.charset", "layout", FAIL, span=(i, m.start(), m.end()), actual=m.group()[:20],
                   chars=m.group()[:20], line=i + 1, col=m.start() + 1)
             for i, line in enumerate(lines) for m in _BAD_RUN.finditer(line)]
    if not found:
        return [_CHARSET_PASS]
    if len(found) > MAX_FINDINGS:
        more = check("layout.charset", "layout", FAIL, "layout.charset.more", count=len(found) - MAX_FINDINGS)
        found = found[:MAX_FINDINGS] + [more]
    return found


def field_charsets(doc: Document) -> list[Check]:
    """Each field holds only its own kind of character: no letter in a date, no digit in a code."""
    out = []
    for field in doc.fmt.fields:
        allowed = ALLOWED[field.charset, field.filler]
        text = doc.lines[field.line][field.start:field.end]
        bad = [] if allowed.issuperset(text) else [i for i, c in enumerate(text) if c in MRZ_CHARS and c not in allowed]
        if bad == [1] and field.name == "document_code" and text[1].isdigit():
            # A digit as the second character of the document code: not ICAO (letters only), but printed by
            # some States (the US permanent resident card, C1). A known deviation; the code's first letter,
            # which sets the document type, and every other check are judged as usual.
            out.append(check("deviation.document_code_digit", field.name, WARN, span=(field.line, 1, 2),
                             actual=text))
        elif bad:
            out.append(check(f"{field.name}.charset", field.name, FAIL, "field.charset.fail",
                             span=(field.line, field.start + bad[0], field.start + bad[-1] + 1),
                             actual=text, kind=KIND[field.charset], fillers=" and <" if field.filler else ""))
        else:
            out.append(_charset_pass(field.name, field.charset))
    return out


@lru_cache(maxsize=None)
def _charset_pass(name: str, charset: str) -> Check:
    # Findings are immutable, so one passing finding per field serves every document.
    return check(f"{name}.charset", name, PASS, "field.charset.pass", kind=KIND[charset])


def left_aligned(doc: Document) -> list[Check]:
    """Codes and the document number start at the left; once fillers begin, only fillers follow."""
    out = []
    for field in doc.fmt.fields:
        if not field.left:
            continue
        text = doc.text(field.span)
        stray = _STRAY.search(text)
        if field.name == "document_number" and not text.strip("<"):
            out.append(check(f"{field.name}.filler", field.name, FAIL, "field.filler.empty",
                             span=field.span, actual=text))
        elif text.startswith("<") and text.strip("<"):
            out.append(check(f"{field.name}.filler", field.name, FAIL, "field.filler.leading",
                             span=(field.line, field.start, field.start + 1), actual=text))
        elif stray:
            start = field.start + stray.start(1)
            out.append(check(f"{field.name}.filler", field.name, FAIL, "field.filler.fail",
                             span=(field.line, start, field.end), actual=text))
    return out


RULES = (field_charsets, left_aligned)
