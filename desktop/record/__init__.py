"""The examination record: an append-only, hash-chained log of every examination and decision.

No Qt. One log is an SQLite file on the workstation (the default, in the user data folder) or a central
PostgreSQL database that workstations push to (desktop.record.push). Every entry is split into a *public*
part (verdict, codes, failing check ids, decision: what statistics need) and a *personal* part (names,
document numbers, the full report, the note, the image); the hash chain covers the public part and a salted
digest of the personal part, so that purging personal data after the retention period keeps the chain
verifiable (desktop.record.privacy).
"""

from desktop.record.log import DECISIONS, Log, LogError, open_log

__all__ = ["DECISIONS", "Log", "LogError", "open_log"]
