"""Judge a Reading: the rules core's report on the text read, plus what the reader saw and changed.

Honesty policy (the reader issue): every correction and every uncertain position is a warn finding; a
document whose failing checks touch an uncertain position is `unreadable`, not `fail` — the failure may be
the reader's, so the officer is asked to re-scan or type the MRZ rather than told the document is false.
And (issue 21) an uncertain position that no passing check digit covers — a name, a State code, the sex —
makes the reading `unreadable` too: nothing could catch a wrong letter there, so it must never pass.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop import checks
from desktop.checks import formats
from desktop.checks.report import FAIL, UNREADABLE, WARN, Check, Report, check
from desktop.checks.rules.layout import KIND
from desktop.reader import Reading, diagnose

MAX_UNCERTAIN_SHARE = 0.2  # beyond this share of uncertain positions the reading is not judged at all
# Where no check digit is a second witness (names, codes, sex) the recogniser alone must be sure: a position
# under this probability there is uncertain, though decode's general bar (0.6) is lower (a J read as U at 0.63
# in a name, on a look-alike typeface, passed).
UNPROTECTED_SURE = 0.7


def _extra(reading: Reading) -> dict:
    return {
        "mrz_quad": reading.quad, "orientation": reading.orientation, "skew": reading.skew,
        "chars": [[c.to_dict() for c in line] for line in reading.chars],
        "corrections": [c.to_dict() for c in reading.corrections],
        "engine": reading.engine, "elapsed_ms": reading.elapsed_ms,
        "locate": [h.to_dict() for h in reading.hypotheses],
    }


def _kind(fmt: formats.Format | None, line: int, col: int) -> str:
    field = fmt and next((f for f in fmt.fields if f.line == line and f.start <= col < f.end), None)
    if field:
        return KIND[field.charset]
    return "digits" if fmt and any((d.line, d.pos) == (line, col) for d in fmt.digits) else "letters"


def _reader_checks(reading: Reading, fmt: formats.Format | None) -> list[Check]:
    out = []
    where = (lambda ln, col: formats.field_at(fmt, ln, col)) if fmt else (lambda ln, col: "layout")
    for fix in reading.corrections:
        out.append(check("reading.correction", where(fix.line, fix.col), WARN, f"reading.correction.{fix.reason}",
                         span=(fix.line, fix.col, fix.col + 1), actual=fix.read, expected=fix.chosen,
                         read=fix.read, chosen=fix.chosen, kind=_kind(fmt, fix.line, fix.col)))
    for line, col in reading.uncertain:
        char = reading.chars[line][col]
        out.append(check("reading.uncertain", where(line, col), WARN, "reading.uncertain", span=(line, col, col + 1), actual=char.char,
                         char=char.char, percent=round(100 * char.confidence)))
    return out


def _touches(c: Check, positions: set[tuple[int, int]]) -> bool:
    spans = ([c.span] if c.span else []) + list(c.covers)
    return any((line, col) in positions for line, start, end in spans for col in range(start, end))


def _unreadable(report: Report, reading: Reading, cause: Check) -> Report:
    """An unreadable verdict, first saying why in words the officer can act on (desktop/reader/diagnose.py),
    then what failed; the JSON gets `reason` (id, message) and the measurements behind it."""
    key, params = diagnose.reason(reading.diagnosis or diagnose.Diagnosis(0, 0, 0.0), bool(reading.lines))
    why = check("reading.reason", "layout", FAIL, key, **params)
    extra = dict(report.extra, reason={"id": key.removeprefix("reading.reason."), "message": why.message},
                 diagnosis=reading.diagnosis.to_dict() if reading.diagnosis else None)
    # the rules' findings on text nobody could read are noise ("document code R< ..." in red): an unreadable
    # page shows its reason, the cause and what the reader itself saw (uncertain and corrected characters)
    seen = tuple(c for c in report.checks if c.id.startswith("reading."))
    return replace(report, status=UNREADABLE, checks=(why, cause) + seen, extra=extra)


def judge(reading: Reading, today: dt.date) -> Report:
    extra = _extra(reading)
    if not reading.lines:
        return _unreadable(Report(UNREADABLE, extra=extra), reading,
                           check("reading.found", "layout", FAIL, "reading.not_found"))
    report = checks.validate(reading.lines, today)
    fmt = formats.BY_NAME.get(report.format) if report.format else None
    found = tuple(_reader_checks(reading, fmt)) + report.checks
    report = replace(report, checks=found, extra=extra)
    total = sum(len(line) for line in reading.lines)
    uncertain = set(reading.uncertain)
    if fmt is None or any(c.id == "layout.shape" and c.status == FAIL for c in found):
        return _unreadable(report, reading, check("reading.layout", "layout", FAIL, "reading.layout"))
    if report.status == FAIL and (len(uncertain) > MAX_UNCERTAIN_SHARE * total
                                  or any(c.status == FAIL and _touches(c, uncertain) for c in found)):
        return _unreadable(report, reading, check("reading.too_uncertain", "layout", FAIL, "reading.too_uncertain"))
    confirmed = _confirmed(found)
    unsure = {(line, col) for line, row in enumerate(reading.chars) for col, char in enumerate(row)
              if char.confidence < UNPROTECTED_SURE}
    unprotected = sorted((uncertain | unsure) - confirmed)
    if unprotected:
        where = ", ".join(f"line {line + 1} col {col + 1}" for line, col in unprotected[:4]) + \
            (" …" if len(unprotected) > 4 else "")
        return _unreadable(report, reading, check("reading.unprotected", "layout", FAIL, "reading.unprotected",
                                                  where=where, covers=tuple((ln, c, c + 1) for ln, c in unprotected)))
    return report


def _confirmed(found) -> set[tuple[int, int]]:
    """The positions a passing check digit vouches for (its data and the digit itself)."""
    out: set[tuple[int, int]] = set()
    for c in found:
        if c.id.startswith("check_digit.") and c.status != FAIL and c.status != WARN:
            for line, start, end in list(c.covers) + ([c.span] if c.span else []):
                out |= {(line, col) for col in range(start, end)}
    return out
