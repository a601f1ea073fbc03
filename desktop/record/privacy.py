"""Personal data in the log: the retention purge and the pseudonymised export for analysis.

The purge removes, from entries older than the retention period, the personal part (names, numbers, the
full report, the note, the file name) and the image. The chain stays verifiable because it covers only a
salted digest of the personal part; the public part (verdict, codes, failing checks, decision) stays, so
the statistics do too. SQLite is told to overwrite what it deletes (secure_delete) and the write-ahead log
is emptied afterwards, so the removed data is not left in free pages of the file.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from desktop.record import pseudonyms
from desktop.record.entry import Entry
from desktop.record.log import Log, LogError, now_times

RETENTION_DAYS = 90
EXPORT_COLUMNS = ("id", "workstation", "seq", "time_utc", "time_local", "status", "format", "document_code",
                  "issuing_state", "nationality", "failed", "warned", "alteration", "specimen", "decision",
                  "officer_key", "document_key", "name_key", "key_id")


def purge(log: Log, days: int = RETENTION_DAYS, now: dt.datetime | None = None) -> int:
    """Remove the personal data and images of entries older than `days`; returns how many were purged. A
    purge that removes anything is itself recorded."""
    if days < 1:
        raise LogError("the retention period is at least one day")
    moment = now or dt.datetime.now(dt.timezone.utc)
    cutoff = now_times(moment - dt.timedelta(days=days))[0]
    store = log.store
    with store.transaction() as cur:
        if hasattr(store, "db") and store.mark == "?":
            cur.execute("PRAGMA secure_delete = ON")
        cur.execute(store.sql("UPDATE entries SET personal = NULL, image = NULL WHERE time_utc < ? AND "
                              "personal IS NOT NULL"), (cutoff,))
        count = cur.rowcount
        cur.execute("DELETE FROM images WHERE sha256 NOT IN (SELECT image FROM entries WHERE image IS NOT NULL)")
    if count:
        log.append("purge", {"status": None, "retention_days": days, "cutoff": cutoff, "purged": count}, {},
                   now=moment)
    if store.mark == "?" and not checkpoint(store):
        raise PurgeIncomplete(f"the personal data of {count} entries was removed from the log, but a copy may remain "
                              f"in its write-ahead file while another program has the log open (the window, a hot "
                              f"folder?): close it and run the purge again")
    return count


class PurgeIncomplete(LogError):
    """The purge is recorded, but SQLite could not empty its write-ahead file (another connection reads)."""


def checkpoint(store, attempts: int = 5) -> bool:
    """Empty SQLite's write-ahead file into the database (where secure_delete overwrote the removed data);
    False when another connection keeps it busy after a few tries."""
    import time

    cur = store.cursor()
    cur.execute("PRAGMA busy_timeout = 200")  # a reader would otherwise hold each try for the full 15 s
    try:
        for attempt in range(attempts):
            busy, _, _ = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            time.sleep(0.1 * (attempt + 1))
        return False
    finally:
        cur.execute("PRAGMA busy_timeout = 15000")


def export(log: Log, out: str | Path, key: bytes | None = None) -> int:
    """The examinations as CSV with names, document numbers and officers replaced by keyed hashes. Returns the
    number of rows."""
    key = key if key is not None else pseudonyms.workstation_key()
    kid = pseudonyms.key_id(key)
    decisions = log.decisions()
    count = 0
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for e in log.entries():
            if e.kind != "examination":
                continue
            writer.writerow([cell(v) for v in _row(e, key, kid, decisions.get(e.id))])
            count += 1
    return count


FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading apostrophe (OWASP's
    advice for CSV injection); numbers and empty cells are left alone."""
    if isinstance(value, str) and value.startswith(FORMULA):
        return "'" + value
    return value


def _row(e: Entry, key: bytes, kid: str, decision: dict | None) -> list:
    p = e.public
    if e.personal is not None:
        fields = e.personal["report"].get("fields", {})
        document, name = pseudonyms.document_key(key, fields), pseudonyms.name_key(key, fields)
    elif p.get("key_id") == kid:  # purged: the values made at the time, if they are under this key
        document, name = p.get("document_key"), p.get("name_key")
    else:
        document = name = None
    officer = pseudonyms._keyed(key, "officer", p.get("officer")) if p.get("officer") else None
    return [e.id, e.workstation, e.seq, e.time_utc, p.get("time_local"), p.get("status"), p.get("format"),
            p.get("document_code"), p.get("issuing_state"), p.get("nationality"), ";".join(p.get("failed", [])),
            ";".join(p.get("warned", [])), p.get("alteration"), p.get("specimen"),
            (decision or {}).get("decision") or p.get("decision"), officer, document, name,
            kid if (document or name or officer) else None]
