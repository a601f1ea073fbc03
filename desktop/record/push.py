"""Sending a workstation's new entries to the unit's central database (PostgreSQL).

Idempotent by construction: the central key is (workstation, sequence number), an entry already there is left
alone, and after each batch the central hashes are compared with ours, so a retry, an interrupted push or
two pushes at once end with every entry exactly once. Works after any time offline: it sends whatever the
centre does not have.

Nothing is sent unless (issue 23): the local log verifies; the workstation is enrolled at the centre (its public
key registered by the unit, `docexam log enrol`) and every entry sent is signed by that key — so another
workstation cannot push entries in its name; and the centre's whole chain for the workstation, from its first
entry, verifies (links, hashes, the enrolled key's signatures) and is, entry for entry, a prefix of ours — so a
central copy altered in the middle is reported, not built upon.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.record.log import Log, LogError

BATCH = 1000


@dataclass
class Pushed:
    sent: int = 0  # entries new to the central database (or already there from an overlapping push)
    already: int = 0  # entries the central database had before this push started
    images: int = 0
    by_workstation: dict[str, int] = field(default_factory=dict)


def push(local: Log, central: Log, batch: int = BATCH) -> Pushed:
    checked = local.verify()
    if not checked.ok:
        ident, problems = checked.broken[0]
        raise LogError(f"the log {local.name} does not verify (entry {ident}: {'; '.join(problems)}); nothing was "
                       f"sent")
    result = Pushed()
    enrolled = central.store.keys()
    for workstation in local.store.workstations():
        key = enrolled.get(workstation)
        if key is None:
            raise LogError(f"{workstation} is not enrolled at {central.name}: nothing was sent. The unit registers "
                           f"this workstation's key once: docexam log enrol {workstation} KEY --db URL (the key: "
                           f"docexam log key)")
        have = _central_prefix(local, central, workstation, key)
        start = 0
        if have:
            start = have
            result.already += have
        pending = []
        for e in local.store.entries("WHERE workstation = ? AND seq > ?", (workstation, start)):
            pending.append(e)
            if len(pending) >= batch:
                _send(local, central, pending, result, key)
                pending = []
        if pending:
            _send(local, central, pending, result, key)
    return result


def _central_prefix(local: Log, central: Log, workstation: str, key: str) -> int:
    """How many entries the centre holds for `workstation`, after checking every one of them: a chain that
    verifies with the enrolled key and matches ours entry for entry."""
    from desktop.record import entry as entries, signing
    from desktop.record.entry import GENESIS

    prev, expected = GENESIS, 1
    mine = local.store.entries("WHERE workstation = ?", (workstation,))
    for theirs in central.store.entries("WHERE workstation = ?", (workstation,)):
        found = entries.problems(theirs, prev, expected)
        if not signing.verify(key, theirs.signature, workstation, theirs.seq, theirs.hash):
            found.append("not signed by the key enrolled for the workstation (forged in its name?)")
        ours = next(mine, None)
        if ours is None or ours.hash != theirs.hash:
            found.append("it is not the entry this workstation holds at that place (was this log replaced or "
                         "restored, or the central copy altered?)")
        if found:
            raise LogError(f"the central database's entry {theirs.id} does not verify ({'; '.join(found)}); nothing "
                           f"more was sent for {workstation}: the unit checks it with docexam log verify --db URL")
        prev, expected = theirs.hash, theirs.seq + 1
    return expected - 1


def _send(local: Log, central: Log, batch: list, result: Pushed, key: str) -> None:
    from desktop.record import signing

    workstation = batch[0].workstation
    for e in batch:
        if not signing.verify(key, e.signature, e.workstation, e.seq, e.hash):
            raise LogError(f"entry {e.id} is not signed by the key enrolled for {workstation} at the centre: nothing "
                           f"more was sent (a workstation sends only its own entries, under its own key)")
    first, last = batch[0].seq, batch[-1].seq
    with central.store.transaction() as cur:
        for e in batch:
            if e.image:
                data = local.store.image(e.image)
                if data is not None:
                    central.store.put_image(cur, e.image, data)
                    result.images += 1
        central.store.insert(cur, batch, ignore_existing=True)
        cur.execute(central.store.sql("SELECT seq, hash FROM entries WHERE workstation = ? AND seq BETWEEN ? AND ?"),
                    (workstation, first, last))
        there = {int(seq): h for seq, h in cur.fetchall()}
        for e in batch:
            if there.get(e.seq) != e.hash:
                raise LogError(f"the central database holds a different entry {e.id}; this batch was not sent")
    result.sent += len(batch)
    result.by_workstation[workstation] = result.by_workstation.get(workstation, 0) + len(batch)
