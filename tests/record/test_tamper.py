"""`log verify` finds every kind of tampering: an edited, deleted or reordered entry anywhere in a 10,000-entry
log, and a deleted last entry."""

import random
import shutil
import sqlite3
import zlib

import pytest

from desktop.record import open_log
from desktop.record.entry import encode_personal

N = 10_000


@pytest.fixture(scope="module")
def big_log(tmp_path_factory, request):
    import datetime as dt

    from desktop.checks import validate_text
    from tests.record.conftest import TAMPERED

    folder = tmp_path_factory.mktemp("big")
    path = folder / "log.sqlite"
    report = validate_text(TAMPERED, dt.date(2010, 1, 1))
    log = open_log(path, "ws-big")
    public = {"status": report.status, "format": report.format, "failed": ["check_digit.composite"]}
    personal = {"source": "scan.png", "report": {"mrz": list(report.mrz), "fields": report.fields}}
    for start in range(0, N, 2000):
        log.append_many([("examination", dict(public, n=i), personal) for i in range(start, start + 2000)])
    assert log.verify().ok
    log.close()
    return path


def _copy(big_log, tmp_path):
    target = tmp_path / "copy.sqlite"
    shutil.copy(big_log, target)
    return target, sqlite3.connect(target)


POSITIONS = [1, 2, 4999, 5000, N - 1, N] + random.Random(9303).sample(range(3, N - 1), 6)


def _broken(path) -> str:
    log = open_log(path, "ws-big")
    try:
        result = log.verify()
    finally:
        log.close()
    assert not result.ok, "tampering was not detected"
    return result.broken[0][0]


@pytest.mark.parametrize("seq", POSITIONS)
def test_an_edited_public_part_is_found_at_its_entry(big_log, tmp_path, seq):
    path, db = _copy(big_log, tmp_path)
    db.execute("UPDATE entries SET public = replace(public, '\"status\":\"fail\"', '\"status\":\"pass\"') "
               "WHERE seq = ?", (seq,))
    db.commit()
    assert _broken(path) == f"ws-big:{seq}"


@pytest.mark.parametrize("seq", POSITIONS[:6])
def test_edited_personal_data_is_found_at_its_entry(big_log, tmp_path, seq):
    path, db = _copy(big_log, tmp_path)
    db.execute("UPDATE entries SET personal = ? WHERE seq = ?", (zlib.compress(encode_personal({"source": "other.png", "salt": "00"})), seq))
    db.commit()
    assert _broken(path) == f"ws-big:{seq}"


@pytest.mark.parametrize("seq", POSITIONS)
def test_a_deleted_entry_is_found(big_log, tmp_path, seq):
    path, db = _copy(big_log, tmp_path)
    db.execute("DELETE FROM entries WHERE seq = ?", (seq,))
    db.commit()
    # the gap is seen at the entry after the deleted one (or, for the last, against the recorded head)
    assert _broken(path) == f"ws-big:{seq + 1}" if seq < N else f"ws-big:{N}"


@pytest.mark.parametrize("seq", [p for p in POSITIONS if p < N])
def test_two_entries_swapped_are_found(big_log, tmp_path, seq):
    path, db = _copy(big_log, tmp_path)
    columns = "kind, time_utc, public, personal, personal_digest, image, prev_hash, hash"
    a = db.execute(f"SELECT {columns} FROM entries WHERE seq = ?", (seq,)).fetchone()
    b = db.execute(f"SELECT {columns} FROM entries WHERE seq = ?", (seq + 1,)).fetchone()
    sets = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
    db.execute(f"UPDATE entries SET {sets} WHERE seq = ?", (*b, seq))
    db.execute(f"UPDATE entries SET {sets} WHERE seq = ?", (*a, seq + 1))
    db.commit()
    assert _broken(path) == f"ws-big:{seq}"


def test_renumbering_to_hide_a_deletion_is_found(big_log, tmp_path):
    path, db = _copy(big_log, tmp_path)
    db.execute("DELETE FROM entries WHERE seq = 300")
    db.execute("UPDATE entries SET seq = seq - 1 WHERE seq > 300")
    db.execute("UPDATE heads SET seq = seq - 1")
    db.commit()
    assert _broken(path) == "ws-big:300"


def test_a_rehashed_edit_is_found_at_its_own_entry(big_log, tmp_path):
    """An editor who recomputes the edited entry's hash cannot re-sign it: its signature no longer verifies."""
    import json

    from desktop.record.entry import canonical, chain_hash

    path, db = _copy(big_log, tmp_path)
    public, digest, prev = db.execute("SELECT public, personal_digest, prev_hash FROM entries WHERE seq = 40").fetchone()
    edited = dict(json.loads(public), status="pass")
    db.execute("UPDATE entries SET public = ?, hash = ? WHERE seq = 40",
               (canonical(edited).decode(), chain_hash(prev, edited, digest)))
    db.commit()
    assert _broken(path) == "ws-big:40"


def test_the_cli_exits_1_and_names_the_first_broken_entry(big_log, tmp_path, capsys):
    from desktop.cli import main

    path, db = _copy(big_log, tmp_path)
    assert main(["log", "verify", "--db", str(path)]) == 0
    assert "10000 entries" in capsys.readouterr().out
    db.execute("DELETE FROM entries WHERE seq = 777")
    db.commit()
    assert main(["log", "verify", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "LOG BROKEN at entry ws-big:778" in out and "deleted" in out
