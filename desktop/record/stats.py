"""Statistics over the examinations of a log (a workstation's or the central one): what the fraud unit reads.

Everything here comes from the public part of entries, so it survives the retention purge. Days and weeks
are the workstation's local calendar (the time the officer saw).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import gc
import operator
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from desktop.record.log import Log

DIMENSIONS = ("day", "week", "status", "issuing_state", "nationality", "document_code", "failed", "alteration",
              "decision", "workstation")
TABLE_COLUMNS = ("id", "time_local", "workstation", "officer", "status", "format", "document_code",
                 "issuing_state", "nationality", "failed", "alteration", "decision")
UNDECIDED = "undecided"


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None  # local dates, both ends included
    until: dt.date | None = None
    status: str | None = None
    issuing_state: str | None = None
    nationality: str | None = None
    document_code: str | None = None
    failed: str | None = None  # a check id that failed
    decision: str | None = None
    workstation: str | None = None
    # False: real examinations only; True: only those made under a trainer's "today is" date; None: both
    training: bool | None = False

    def keep(self, row: dict) -> bool:
        if self.training is not None and row["training"] != self.training:
            return False  # a class's exercises never mix with a checkpoint's figures
        day = row["day"]
        if (self.since and day < self.since.isoformat()) or (self.until and day > self.until.isoformat()):
            return False
        for name in ("status", "issuing_state", "nationality", "document_code", "decision", "workstation"):
            wanted = getattr(self, name)
            if wanted and row.get(name) != wanted:
                return False
        return not self.failed or self.failed in row["failed"]


def rows(log: Log, filters: Filters = Filters()) -> Iterator[dict]:
    """One flat row per examination with its latest decision (from a later decision entry, or given when it
    was recorded)."""
    decided = {ident: p["decision"] for ident, p in log.decisions().items()}
    for p in log.publics("examination"):
        ident = f"{p['workstation']}:{p['seq']}"
        local = p.get("time_local") or p.get("time_utc")
        day = local[:10]
        row = {"id": ident, "time_utc": p.get("time_utc"), "time_local": local, "day": day,
               "week": _week(day), "workstation": p["workstation"], "officer": p.get("officer") or "",
               "status": p.get("status"), "format": p.get("format"), "document_code": p.get("document_code"),
               "issuing_state": p.get("issuing_state"), "nationality": p.get("nationality"),
               "failed": tuple(p.get("failed", ())), "alteration": p.get("alteration"),
               "decision": decided.get(ident) or p.get("decision") or UNDECIDED,
               "training": bool(p.get("training_today"))}
        if filters.keep(row):
            yield row


@functools.lru_cache(maxsize=4096)
def _week(day: str) -> str:
    """The ISO week of a local date, e.g. 2026-W49."""
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def summarise(log: Log, filters: Filters = Filters()) -> dict:
    """`docexam log stats --json`: totals and counts by each dimension (most frequent first; days and weeks
    in calendar order)."""
    with paused_gc():
        return {"database": log.name, **count(rows(log, filters))}


@contextlib.contextmanager
def paused_gc():
    """Python's cycle collector runs again and again while 100,000 small dicts are made, and finds nothing:
    these rows hold no cycles. Pausing it halves the time of a count over a large log."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def count(table) -> dict:
    """The counts of `summarise` over rows already at hand (the window filters them itself)."""
    # identical rows are grouped first: a log of 100,000 examinations has a few thousand distinct ones
    groups = Counter(map(operator.itemgetter(*DIMENSIONS), table))
    counters = {name: Counter() for name in DIMENSIONS}
    for values, times in groups.items():
        for name, value in zip(DIMENSIONS, values):
            if name == "failed":
                for check in value:
                    counters[name][check] += times
            elif value is not None:
                counters[name][value] += times
    out = {"examinations": sum(groups.values())}
    for name, counter in counters.items():
        ordered = sorted(counter.items()) if name in ("day", "week") else counter.most_common()
        out[f"by_{name}"] = dict(ordered)
    return out


def write_csv(table: list[dict], out: str | Path) -> int:
    from desktop.record.privacy import cell

    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(TABLE_COLUMNS)
        for row in table:
            writer.writerow([cell(";".join(row[c]) if c == "failed" else row.get(c)) for c in TABLE_COLUMNS])
    return len(table)
