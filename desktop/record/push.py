"""Sending a workstation's new entries to the unit's central database (PostgreSQL).

Idempotent by construction: the central key is (workstation, sequence number), an entry already there is left
alone, and after each batch the central hashes are compared with ours, so a retry, an interrupted push or
two pushes at once end with every entry exactly once. Before anything is sent the local chain is verified,
and the central chain must be a prefix of ours (the same hash at its last entry): a workstation whose log was
rewritten cannot overwrite the history the unit already holds. Works after any time offline: it sends
whatever the centre does not have.
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
    for workstation in local.store.workstations():
        with central.store.transaction() as cur:
            have = central.store.last(cur, workstation)
        start = 0
        if have:
            mine = local.store.get(workstation, have[0])
            if mine is None or mine.hash != have[1]:
                raise LogError(f"the central database holds a different history for {workstation} at entry "
                               f"{have[0]}; nothing more was sent for it (was this log replaced or restored?)")
            start = have[0]
            result.already += have[0]
        pending = []
        for e in local.store.entries("WHERE workstation = ? AND seq > ?", (workstation, start)):
            pending.append(e)
            if len(pending) >= batch:
                _send(local, central, pending, result)
                pending = []
        if pending:
            _send(local, central, pending, result)
    return result


def _send(local: Log, central: Log, batch: list, result: Pushed) -> None:
    workstation = batch[0].workstation
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
