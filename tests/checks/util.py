"""Helpers for the rules-core tests: examine lines with a pinned date and pick findings by id."""

from __future__ import annotations

import datetime as dt

from desktop.checks import compose, validate
from desktop.checks.report import Check, Report

TODAY = dt.date(2010, 1, 1)  # the Utopia specimens expired in 2012


def examine(lines: list[str] | str, today: dt.date = TODAY) -> Report:
    if isinstance(lines, str):
        lines = lines.split()
    return validate(list(lines), today)


def finding(report: Report, check_id: str) -> Check:
    found = [c for c in report.checks if c.id == check_id]
    assert len(found) == 1, f"{check_id}: {[c.id for c in report.checks]}"
    return found[0]


def status(report: Report, check_id: str) -> str:
    return finding(report, check_id).status


def failed(report: Report) -> set[str]:
    return {c.id for c in report.checks if c.status == "fail"}


def warned(report: Report) -> set[str]:
    return {c.id for c in report.checks if c.status == "warn"}


def utopia(fmt: str = "TD3", **changes) -> list[str]:
    """A valid Utopia document in `fmt` with some data changed (check digits recomputed)."""
    code = {"TD3": "P", "TD1": "I", "TD2": "I", "MRVA": "V", "MRVB": "V"}[fmt]
    data = dict(document_code=code, issuing_state="UTO", surname="ERIKSSON", given_names="ANNA MARIA",
                document_number="L898902C3", nationality="UTO", birth_date="740812", sex="F",
                expiry_date="120415", optional_data="ZE184226B" if fmt == "TD3" else "")
    data.update(changes)
    return compose.build(fmt, compose.Data(**data))


def put(lines: list[str], line: int, col: int, text: str) -> list[str]:
    """Overwrite characters at a 0-based (line, col), keeping every line's length."""
    out = list(lines)
    out[line] = out[line][:col] + text + out[line][col + len(text):]
    return out
