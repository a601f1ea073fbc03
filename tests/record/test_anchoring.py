"""What the chain alone could not show (issue 23, item 2): an attacker who edits the SQLite file and recomputes
every hash and head, cuts the log short, renumbers, empties or replaces it, forges a chain for a new
workstation, back-dates an entry or "purges" one outside any purge. Each is detected by the workstation's
signatures and the high-water mark it keeps outside the file; and a swapped image (item 1)."""

import datetime as dt
import json
import shutil
import sqlite3

import pytest

from desktop.checks import validate_text
from desktop.record import open_log, privacy
from desktop.record.entry import GENESIS, canonical, chain_hash
from tests.record.conftest import TAMPERED


def _log(path, n=6, images=False):
    log = open_log(path, "ws1")
    report = validate_text(TAMPERED, dt.date(2010, 1, 1))
    for i in range(n):
        log.record_examination(report, officer="A", image=f"scan {i}".encode() if images else None)
    return log


def _rechain(db, workstation="ws1", edit=None, drop=(), renumber=False, rename=None):
    """Rewrite the chain as an attacker with the file (not the key) would: apply `edit` to public parts, drop
    entries, renumber, recompute every hash and the head."""
    rows = db.execute("SELECT seq, kind, time_utc, public, personal_digest, personal, image, signature FROM entries "
                      "WHERE workstation = ? ORDER BY seq", (workstation,)).fetchall()
    db.execute("DELETE FROM entries WHERE workstation = ?", (workstation,))
    prev, seq = GENESIS, 0
    for old_seq, kind, time_utc, public, digest, personal, image, signature in rows:
        if old_seq in drop:
            continue
        seq = seq + 1 if renumber else old_seq
        p = json.loads(public)
        p["seq"] = seq
        if rename:
            p["workstation"] = rename
        if edit:
            p = edit(old_seq, p)
        h = chain_hash(prev, p, digest)
        db.execute("INSERT INTO entries (workstation, seq, kind, time_utc, public, personal, personal_digest, image, "
                   "prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (p["workstation"], seq, kind, p["time_utc"], canonical(p).decode(), personal, digest, image, prev,
                    h, signature))  # the old signatures kept: the attacker has no key to make new ones
        prev = h
    db.execute("DELETE FROM heads WHERE workstation = ?", (workstation,))
    if seq:
        db.execute("INSERT INTO heads VALUES (?, ?, ?)", (rename or workstation, seq, prev))
    db.commit()


def _verdict(path):
    log = open_log(path, "ws1")
    try:
        return log.verify()
    finally:
        log.close()


def test_an_untouched_log_verifies_with_its_signatures(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    result = _verdict(tmp_path / "log.sqlite")
    assert result.ok and result.heads["ws1"][0] == 6 and result.heads["ws1"][2]


def test_an_edit_with_the_chain_and_head_recomputed_is_found(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    _rechain(db, edit=lambda seq, p: dict(p, status="pass") if seq == 3 else p)
    result = _verdict(tmp_path / "log.sqlite")
    assert not result.ok and result.broken[0][0] == "ws1:3"
    assert "not signed by its workstation's key" in result.broken[0][1][-1]


def test_deleting_the_last_entry_and_lowering_the_head_is_found(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    db.execute("DELETE FROM entries WHERE seq = 6")
    db.execute("UPDATE heads SET seq = 5, hash = (SELECT hash FROM entries WHERE seq = 5)")
    db.commit()  # every remaining entry is still validly signed: only the high-water mark knows
    result = _verdict(tmp_path / "log.sqlite")
    assert not result.ok and result.broken[0][0] == "ws1:6" and "signed entry 6" in result.broken[0][1][0]


def test_deleting_and_renumbering_is_found(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    _rechain(sqlite3.connect(tmp_path / "log.sqlite"), drop={2}, renumber=True)
    assert not _verdict(tmp_path / "log.sqlite").ok


def test_an_emptied_log_is_found(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    db.execute("DELETE FROM entries")
    db.execute("DELETE FROM heads")
    db.commit()
    result = _verdict(tmp_path / "log.sqlite")
    assert not result.ok and "emptied" in result.broken[0][1][0]


def test_a_log_replaced_by_another_is_found(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    _log(tmp_path / "other.sqlite", n=8).close()  # a genuine log of the same key, longer
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"log.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp_path / "other.sqlite", tmp_path / "log.sqlite")
    result = _verdict(tmp_path / "log.sqlite")
    assert not result.ok and "not the one this workstation signed" in result.broken[0][1][0]


def test_a_forged_chain_for_a_new_workstation_is_found(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    rows = db.execute("SELECT seq, kind, time_utc, public, personal_digest FROM entries ORDER BY seq").fetchall()
    prev = GENESIS
    for seq, kind, time_utc, public, digest in rows:  # a copy under another name, hashes recomputed
        p = dict(json.loads(public), workstation="ws9")
        h = chain_hash(prev, p, digest)
        db.execute("INSERT INTO entries (workstation, seq, kind, time_utc, public, personal, personal_digest, image, "
                   "prev_hash, hash) VALUES ('ws9', ?, ?, ?, ?, NULL, ?, NULL, ?, ?)",
                   (seq, kind, time_utc, canonical(p).decode(), digest, prev, h))
        prev = h
    db.execute("INSERT INTO heads VALUES ('ws9', ?, ?)", (len(rows), prev))
    db.commit()
    result = _verdict(tmp_path / "log.sqlite")
    assert not result.ok and result.broken[0][0] == "ws9:1" and "no key is registered" in " ".join(result.broken[0][1])


def test_back_dating_an_entry_is_found(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    db.execute("UPDATE entries SET time_utc = '2001-01-01T00:00:00.000Z' WHERE seq = 4")
    _rechain(db, edit=lambda seq, p: dict(p, time_utc="2001-01-01T00:00:00.000Z") if seq == 4 else p)
    assert not _verdict(tmp_path / "log.sqlite").ok


def test_a_personal_part_removed_outside_a_purge_is_found_and_a_real_purge_is_not(tmp_path):
    _log(tmp_path / "log.sqlite").close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    db.execute("UPDATE entries SET personal = NULL WHERE seq = 2")
    db.commit()
    result = _verdict(tmp_path / "log.sqlite")
    assert not result.ok and "outside any recorded purge" in result.broken[0][1][0]
    db.execute("UPDATE entries SET personal = NULL WHERE seq = 2")
    (tmp_path / "b").mkdir()
    log = _log(tmp_path / "b" / "log.sqlite")
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=100)
    assert privacy.purge(log, 90, now=later) == 6  # the retention purge, recorded
    assert log.verify().ok and log.verify().purged == 6
    log.close()


@pytest.mark.parametrize("how", ["bytes", "pointer"])
def test_a_swapped_evidence_image_is_found(tmp_path, how):
    _log(tmp_path / "log.sqlite", n=3, images=True).close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    if how == "bytes":  # the stored bytes replaced under the same hash
        db.execute("UPDATE images SET data = ? WHERE sha256 = (SELECT image FROM entries WHERE seq = 2)",
                   (b"another picture",))
        why = "replaced"
    else:  # the entry pointed at another stored image (the image column is not sealed)
        db.execute("UPDATE entries SET image = (SELECT image FROM entries WHERE seq = 3) WHERE seq = 2")
        why = "another stored image"
    db.commit()
    log = open_log(tmp_path / "log.sqlite", "ws1")
    result = log.verify()
    assert not result.ok and result.broken[0][0] == "ws1:2" and why in result.broken[0][1][0]
    assert log.image_verified(log.entry("ws1:2")) is None  # what the case report may show: nothing
    assert log.image_verified(log.entry("ws1:1")) == b"scan 0"
    log.close()


def test_the_verify_output_says_what_is_proven_and_what_is_not(tmp_path, capsys):
    from desktop.cli import main

    _log(tmp_path / "log.sqlite").close()
    assert main(["log", "verify", "--db", str(tmp_path / "log.sqlite"), "--workstation", "ws1"]) == 0
    out = capsys.readouterr().out
    assert "ws1: head entry 6, signed by" in out and "this workstation's key file" in out
    assert "What it cannot prove on its own" in out and "case" in out


def test_the_key_file_is_the_owners_alone(tmp_path):
    import os
    import stat

    from desktop.record import signing

    signer = signing.load(tmp_path / "keys" / "k.key")
    assert stat.S_IMODE(os.stat(signer.path).st_mode) == 0o600
    assert signing.verify(signer.public, signer.sign("ws1", 1, "ab"), "ws1", 1, "ab")
    assert not signing.verify(signer.public, signer.sign("ws1", 1, "ab"), "ws1", 2, "ab")


@pytest.mark.parametrize("damage", ["public = '[]'", "public = '{\"status\": \"fa'", "personal = x'789c0000'"])
def test_a_damaged_entry_is_reported_not_raised(tmp_path, capsys, damage):
    from desktop.cli import main

    _log(tmp_path / "log.sqlite").close()
    db = sqlite3.connect(tmp_path / "log.sqlite")
    db.execute(f"UPDATE entries SET {damage} WHERE seq = 3")
    db.commit()
    assert main(["log", "verify", "--db", str(tmp_path / "log.sqlite"), "--workstation", "ws1"]) == 1
    out = capsys.readouterr()
    assert "LOG BROKEN at entry ws1:3" in out.out and "Traceback" not in out.err
    code = main(["log", "list", "--db", str(tmp_path / "log.sqlite"), "--workstation", "ws1"])
    out = capsys.readouterr()
    assert code == 1 and "Traceback" not in out.err and "DAMAGED" in out.out and "LOG BROKEN" in out.err
