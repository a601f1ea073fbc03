"""The ICAO Doc 9303 rules core: MRZ text -> Report.  Pure Python: no Qt, no OpenCV, no OCR.

The rules are an explicit registry (PyInstaller cannot see modules discovered at run time). Every rule
runs, so an officer sees every finding rather than the first one.
"""

from __future__ import annotations

import datetime as dt

from desktop.checks import fields, formats
from desktop.checks.document import Document
from desktop.checks.report import FAIL, PASS, Check, Report, check, error_report, overall
from desktop.checks.rules import codes, dates, digits, layout, names, sex

# The rulebook every verdict is judged by; recorded with each logged examination (desktop.record).
RULEBOOK = "ICAO Doc 9303, 8th edition (2021), as amended; docexam rules 1"

RULES = layout.RULES + codes.RULES + digits.RULES + dates.RULES + sex.RULES + names.RULES

MAX_LINE = 200  # longer lines are no MRZ; they are reported, not analysed character by character


def split_lines(text: str) -> list[str]:
    """The MRZ lines of one document: surrounding white space removed, blank lines dropped.

    A literal backslash-n (as typed in a shell: --mrz "LINE1\\nLINE2") separates lines too.
    """
    text = text.replace("\\n", "\n")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _shape(lines: list[str]) -> tuple[formats.Format | None, list[Check]]:
    fmt = formats.detect(lines)
    if fmt:
        return fmt, [check("layout.shape", "layout", PASS, "layout.shape.pass", lines=fmt.lines,
                           length=fmt.length, format=fmt.name)]
    near = formats.nearest(lines)
    if near is None:
        return None, [check("layout.shape", "layout", FAIL, "layout.shape.count", lines=len(lines))]
    return near, [check("layout.shape", "layout", FAIL, "layout.shape.length", span=(i, 0, min(len(s), MAX_LINE)),
                        line=i + 1, length=len(s), expected=near.length, format=near.name)
                  for i, s in enumerate(lines) if len(s) != near.length]


def validate(lines: list[str], today: dt.date) -> Report:
    """Examine MRZ lines (exactly as printed or read) against every rule; `today` drives the date rules."""
    if not lines:
        return error_report("input.empty")
    fmt, found = _shape(lines)
    found = layout.charset_lines([s[:MAX_LINE] for s in lines]) + found
    if fmt is None or found[-1].status == FAIL:
        # Without the exact layout no field can be located: the shape findings are the verdict.
        return Report(FAIL, fmt.name if fmt else None, tuple(lines), {}, tuple(found))
    doc = Document(lines, fmt, today)
    for rule in RULES:
        found.extend(rule(doc))
    return Report(overall(tuple(found)), fmt.name, tuple(lines), fields.extract(doc), tuple(found))


def validate_text(text: str, today: dt.date) -> Report:
    return validate(split_lines(text), today)


__all__ = ["FAIL", "PASS", "RULES", "Report", "split_lines", "validate", "validate_text"]
