"""Across checkpoints: workstations push to a real PostgreSQL server (started by the fixture); nothing is lost
or doubled, whatever the retries; the same stats, verify and list run against the central database."""

import datetime as dt
import json
import sqlite3
import threading

import pytest

from desktop.checks import validate_text
from desktop.cli import main
from desktop.record import LogError, open_log, stats
from desktop.record.push import push
from tests.record.conftest import TAMPERED, TD3


def _workstation(tmp_path, name, count, start=0):
    log = open_log(tmp_path / f"{name}.sqlite", name)
    report = validate_text(TAMPERED, dt.date(2010, 1, 1))
    for i in range(count):
        e = log.record_examination(report, officer=f"officer {name}", image=f"{name} image {start + i}".encode())
        if i % 3 == 0:
            log.record_decision(e.id, "referred")
    return log


def _enrol(url, *logs):
    """The unit registers each workstation's public key at the centre once (docexam log enrol)."""
    centre = open_log(url, "unit")
    try:
        for log in logs:
            centre.enrol(log.workstation, log.signer.public)
    finally:
        centre.close()


def _central_hashes(url):
    central = open_log(url, "unit")
    try:
        return {(e.workstation, e.seq): e.hash for e in central.entries()}
    finally:
        central.close()


def test_push_sends_everything_once_and_a_repeat_is_harmless(tmp_path, central):
    ws = _workstation(tmp_path, "ws-a", 20)
    _enrol(central, ws)
    target = open_log(central, "unit")
    first = push(ws, target)
    assert first.sent == 27 and first.images == 20
    again = push(ws, target)
    assert again.sent == 0 and again.already == 27
    assert _central_hashes(central) == {(e.workstation, e.seq): e.hash for e in ws.entries()}
    assert target.verify().ok
    e = target.entry("ws-a:1")
    assert target.image(e.image) == b"ws-a image 0" and target.report_of(e).status == "fail"


def test_after_days_offline_only_the_new_entries_go(tmp_path, central):
    ws = _workstation(tmp_path, "ws-a", 5)
    _enrol(central, ws)
    target = open_log(central, "unit")
    push(ws, target)
    report = validate_text(TD3, dt.date(2010, 1, 1))
    for _ in range(4):
        ws.record_examination(report)
    result = push(ws, target)
    assert result.sent == 4 and result.already == 7
    assert len(_central_hashes(central)) == 11


def test_two_workstations_pushing_at_once_with_overlapping_retries_end_with_the_exact_union(tmp_path, central):
    logs = [_workstation(tmp_path, "ws-a", 60), _workstation(tmp_path, "ws-b", 45)]
    _enrol(central, *logs)
    errors = []

    def pushes(path, name):
        # each thread opens its own connections, as separate workstations would; three overlapping attempts
        for _ in range(3):
            try:
                push(open_log(path, name), open_log(central, name), batch=7)
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=pushes, args=(log.name, log.workstation)) for log in logs for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    expected = {(e.workstation, e.seq): e.hash for log in logs for e in log.entries()}
    assert _central_hashes(central) == expected  # the exact union: nothing lost, nothing doubled
    target = open_log(central, "unit")
    assert target.verify().ok
    assert stats.summarise(target)["by_workstation"] == {"ws-a": 60, "ws-b": 45}


def test_a_local_log_that_does_not_verify_is_not_sent(tmp_path, central):
    ws = _workstation(tmp_path, "ws-a", 5)
    db = sqlite3.connect(ws.name)
    db.execute("DELETE FROM entries WHERE seq = 3")
    db.commit()
    _enrol(central, ws)
    with pytest.raises(LogError, match="does not verify.*nothing was sent"):
        push(ws, open_log(central, "unit"))
    assert _central_hashes(central) == {}


def test_a_rewritten_history_cannot_overwrite_the_centres(tmp_path, central):
    ws = _workstation(tmp_path, "ws-a", 3)
    _enrol(central, ws)
    push(ws, open_log(central, "unit"))
    (tmp_path / "elsewhere").mkdir()
    replaced = _workstation(tmp_path / "elsewhere", "ws-a", 6)  # a new log under the same name, same key
    with pytest.raises(LogError, match="ws-a:1 does not verify.*not the entry this workstation holds"):
        push(replaced, open_log(central, "unit"))


def test_the_cli_pushes_and_reads_the_central_database(tmp_path, central, capsys):
    ws = _workstation(tmp_path, "ws-a", 4)
    assert main(["log", "key", "--db", ws.name]) == 0
    key = capsys.readouterr().out.split()[-1]
    assert main(["log", "push", "--db", ws.name, "--to", central]) == 2  # not enrolled: nothing sent
    assert "not enrolled" in capsys.readouterr().err and _central_hashes(central) == {}
    assert main(["log", "enrol", "ws-a", key, "--db", central]) == 0
    assert "enrolled ws-a" in capsys.readouterr().out
    assert main(["log", "push", "--db", ws.name, "--to", central]) == 0
    assert "pushed 6 new entries" in capsys.readouterr().out
    assert main(["log", "verify", "--db", central]) == 0
    assert "6 entries" in capsys.readouterr().out
    assert main(["log", "list", "--json", "--db", central]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines][:2] == ["ws-a:1", "ws-a:2"] and {"id", "time", "source", "status", "hash"} <= set(lines[0])
    assert main(["log", "stats", "--json", "--db", central]) == 0
    assert json.loads(capsys.readouterr().out)["by_decision"] == {"undecided": 2, "referred": 2}
    assert main(["log", "show", "ws-a:1", "--db", central]) == 0
    assert "Composite check digit" in capsys.readouterr().out


def test_an_unreachable_central_database_is_a_clear_error(tmp_path, capsys):
    ws = _workstation(tmp_path, "ws-a", 1)
    assert main(["log", "push", "--db", ws.name, "--to", "postgresql://nobody@127.0.0.1:1/none"]) == 2
    err = capsys.readouterr().err
    assert "cannot be used" in err and "Traceback" not in err


def test_another_workstation_cannot_push_entries_in_anothers_name(tmp_path, central, monkeypatch):
    ws1 = _workstation(tmp_path, "ws1", 4)  # 6 entries
    _enrol(central, ws1)
    push(ws1, open_log(central, "unit"))
    # the attacker (another machine, another key) copies ws1's log and appends "ws1:7 accepted"
    (tmp_path / "attacker").mkdir()
    with sqlite3.connect(ws1.name) as source, sqlite3.connect(tmp_path / "attacker" / "ws1.sqlite") as copy:
        source.backup(copy)
    monkeypatch.setenv("DOCEXAM_SIGNING_KEY", str(tmp_path / "attacker" / "its-own.key"))
    forged = open_log(tmp_path / "attacker" / "ws1.sqlite", "ws1")
    forged.record_decision("ws1:1", "accepted")
    with pytest.raises(LogError):
        push(forged, open_log(central, "unit"))
    assert len(_central_hashes(central)) == 6  # nothing forged arrived
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ws1.record_decision("ws1:1", "refused")  # the real ws1 carries on, and is not refused
    assert push(ws1, open_log(central, "unit")).sent == 1


def test_a_central_copy_altered_in_the_middle_is_reported_not_built_upon(tmp_path, central):
    import psycopg

    ws1 = _workstation(tmp_path, "ws1", 4)
    _enrol(central, ws1)
    push(ws1, open_log(central, "unit"))
    with psycopg.connect(central, autocommit=True) as db:  # someone with the database edits entry 3
        db.execute("UPDATE entries SET public = replace(public, '\"status\":\"fail\"', '\"status\":\"pass\"') "
                   "WHERE workstation = 'ws1' AND seq = 3")
    ws1.record_examination(validate_text(TD3, dt.date(2010, 1, 1)))
    with pytest.raises(LogError, match="ws1:3 does not verify"):
        push(ws1, open_log(central, "unit"))
    assert not open_log(central, "unit").verify().ok  # and the unit's own verify says so


@pytest.mark.parametrize("to", ["PostgreSQL://u:secret@host/db", "host=db.unit password=secret dbname=log",
                                "central.sqlite"])
def test_push_to_anything_but_a_postgresql_url_is_refused_without_showing_secrets(tmp_path, capsys, to):
    ws = _workstation(tmp_path, "ws-a", 1)
    with pytest.raises(SystemExit):
        main(["log", "push", "--db", ws.name, "--to", to])
    err = capsys.readouterr().err
    assert "postgresql://" in err and "secret" not in err
    assert not (tmp_path / "central.sqlite").exists() and not list(tmp_path.glob("PostgreSQL*"))


def test_messages_never_show_a_password_or_query():
    from desktop.record.store import _redact

    assert _redact("postgresql://unit:hunter2@db:5432/log?sslmode=require&password=x") == "postgresql://unit@db:5432/log"
    assert "hunter2" not in _redact("host=db password=hunter2 dbname=log")
