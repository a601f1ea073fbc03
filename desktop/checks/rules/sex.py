"""Sex (Part 4 note p, Part 5/6/7 note f; reference §4.3): F, M or '<' for unspecified.

'X' belongs in the VIZ only; in the MRZ it is not ICAO-conformant but widely printed: accepted with a warning.
"""

from __future__ import annotations

from desktop.checks.document import Document
from desktop.checks.report import FAIL, PASS, WARN, Check, check


def sex(doc: Document) -> list[Check]:
    field = doc.fmt.field("sex")
    value = doc.text(field.span)
    status = PASS if value in ("F", "M", "<") else WARN if value == "X" else FAIL
    key = "sex.value.x" if value == "X" else f"sex.value.{status}"
    return [check("sex.value", "sex", status, key, span=field.span, actual=value, value=value)]


RULES = (sex,)
