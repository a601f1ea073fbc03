"""The Report: the result of examining one MRZ, as frozen data that serialises to the documented JSON.

Statuses of a check: pass, fail, warn, skip.  Overall status: pass (no failing check; warnings allowed),
fail, unreadable (no MRZ could be read), error (bad input).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from desktop.checks import messages

PASS, FAIL, WARN, SKIP = "pass", "fail", "warn", "skip"
UNREADABLE, ERROR = "unreadable", "error"

FIELD_NAMES = (
    "document_code", "issuing_state", "document_number", "birth_date", "sex", "expiry_date",
    "nationality", "surname", "given_names", "optional_data", "optional_data_2",
)


class Check(NamedTuple):
    """One finding.  `key` and `params` let a UI translate the message; `message` is the English text.

    A NamedTuple rather than a frozen dataclass: just as immutable, and five times cheaper to build,
    which matters at some 25 findings a document (bench/validate_speed.py).
    """

    id: str
    field: str
    status: str
    key: str
    params: dict[str, Any] = {}  # read-only by convention
    span: tuple[int, int, int] | None = None
    expected: str | None = None
    actual: str | None = None
    covers: tuple[tuple[int, int, int], ...] = ()  # data a check digit protects

    @property
    def message(self) -> str:
        return messages.render(self.key, self.template_params())

    def template_params(self) -> dict[str, Any]:
        """Everything a message template may use: params, the field label, actual and expected."""
        label = messages.LABELS.get(self.field, self.field)
        return {"label": label, "actual": self.actual, "expected": self.expected, **self.params}

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id, "field": self.field, "status": self.status, "message": self.message,
            "span": list(self.span) if self.span else None, "expected": self.expected, "actual": self.actual,
        }
        if self.covers:
            out["covers"] = [list(s) for s in self.covers]
        return out


_new = tuple.__new__


def check(id: str, field: str, status: str, key: str | None = None, *, span=None, expected=None, actual=None,
          covers=(), **params) -> Check:
    """Build a Check; the message key defaults to `id.status` (e.g. 'sex.value.warn')."""
    # tuple.__new__ directly: NamedTuple's own __new__ is a Python-level function, the hot spot here.
    return _new(Check, (id, field, status, key or f"{id}.{status}", params, span, expected, actual, covers))


@dataclass(frozen=True)
class Report:
    status: str
    format: str | None = None
    mrz: tuple[str, ...] = ()
    fields: dict[str, str | None] = field(default_factory=dict)
    checks: tuple[Check, ...] = ()
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # reader output: chars, corrections, engine, ...

    def with_source(self, source: str) -> "Report":
        return replace(self, source=source)

    def count(self, status: str) -> int:
        return sum(1 for c in self.checks if c.status == status)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "source": self.source, "status": self.status, "format": self.format, "mrz": list(self.mrz),
            "fields": {name: self.fields.get(name) for name in FIELD_NAMES},
            "checks": [c.to_dict() for c in self.checks],
        }
        out.update(self.extra)
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def overall(checks: tuple[Check, ...]) -> str:
    return FAIL if any(c.status == FAIL for c in checks) else PASS


def error_report(key: str, source: str | None = None, status: str = ERROR, **params) -> Report:
    """A report for input that could not be examined at all (bad file, no text, no MRZ found)."""
    return Report(status, checks=(check("input", "layout", FAIL, key, **params),), source=source)
