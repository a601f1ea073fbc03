"""The log records what the officer saw and did, and gives it back exactly."""

import datetime as dt
import sqlite3

import pytest

from desktop.record import LogError, open_log


def test_an_examination_is_recorded_with_everything_the_issue_names(log, report, tmp_path):
    image = tmp_path / "scan.png"
    image.write_bytes(b"\x89PNG fake image bytes")
    e = log.record_examination(report, officer="Bat-Erdene", source_path=str(image), note="first look")
    assert e.id == "ws-test:1" and e.kind == "examination"
    p = e.public
    assert p["time_utc"].endswith("Z") and dt.datetime.fromisoformat(p["time_local"]).utcoffset() is not None
    assert (p["workstation"], p["officer"], p["status"], p["format"]) == ("ws-test", "Bat-Erdene", "fail", "TD3")
    assert (p["issuing_state"], p["nationality"], p["document_code"]) == ("UTO", "UTO", "P")
    assert p["failed"] == ["check_digit.composite"]
    assert p["app_version"] and "9303" in p["rulebook"]
    assert e.personal["source"] == "utopia.png" and e.personal["note"] == "first look"
    assert e.personal["image_sha256"] == e.image
    assert log.image(e.image) == image.read_bytes()  # the image itself, stored once by hash
    again = log.entry("1")
    assert again == e and log.report_of(again).to_dict() == report.to_dict()


def test_the_same_image_is_stored_once(log, report, tmp_path):
    image = tmp_path / "scan.png"
    image.write_bytes(b"same bytes")
    log.record_examination(report, source_path=str(image))
    log.record_examination(report, source_path=str(image))
    assert log.store.cursor().execute("SELECT count(*) FROM images").fetchone()[0] == 1


def test_images_are_not_kept_when_the_setting_says_so(log, report, tmp_path):
    image = tmp_path / "scan.png"
    image.write_bytes(b"bytes")
    e = log.record_examination(report, source_path=str(image), store_image=False)
    assert e.image is None and e.personal["image_sha256"] and not e.public["image_stored"]
    assert log.store.cursor().execute("SELECT count(*) FROM images").fetchone()[0] == 0


def test_a_decision_is_its_own_entry_naming_the_examination(log, report):
    exam = log.record_examination(report, officer="A")
    decision = log.record_decision(exam.id, "referred", "to second line: laminate lifted", officer="A")
    assert decision.seq == 2 and decision.public["examination"] == exam.id
    assert log.decisions()[exam.id]["decision"] == "referred"
    assert decision.personal["note"].startswith("to second line")
    with pytest.raises(LogError, match="not a decision"):
        log.record_decision(exam.id, "maybe")
    with pytest.raises(LogError, match="not an examination"):
        log.record_decision(decision.id, "accepted")


def test_translatable_findings_come_back(log, report):
    e = log.record_examination(report)
    back = log.report_of(e)
    assert [(c.key, c.params) for c in back.checks] == [(c.key, dict(c.params)) for c in report.checks]
    assert [c.message for c in back.checks] == [c.message for c in report.checks]


def test_unknown_and_ambiguous_ids_are_explained(tmp_path, report):
    path = tmp_path / "two.sqlite"
    for ws in ("ws-a", "ws-b"):
        with _closing(open_log(path, ws)) as one:
            one.record_examination(report)
    log = open_log(path, "ws-a")
    with pytest.raises(LogError, match="several workstations"):
        log.entry("1")
    assert log.entry("ws-b:1").workstation == "ws-b"
    with pytest.raises(LogError, match="no entry ws-a:7"):
        log.entry("7")
    with pytest.raises(LogError, match="not an entry id"):
        log.entry("seven")


class _closing:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self.log

    def __exit__(self, *exc):
        self.log.close()


def test_a_trainers_altered_copy_records_its_alteration(log, report, tmp_path):
    image = tmp_path / "uto-td3-wrong-digit.png"
    image.write_bytes(b"png")
    image.with_suffix(".json").write_text('{"kind": "wrong_digit", "specimen": "uto-td3"}', encoding="utf-8")
    e = log.record_examination(report, source_path=str(image))
    assert (e.public["alteration"], e.public["specimen"]) == ("wrong_digit", "uto-td3")


def test_a_log_that_is_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "log.sqlite"
    bad.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(LogError, match="cannot be opened"):
        open_log(bad, "ws")


def test_a_bad_workstation_id_is_refused(tmp_path):
    with pytest.raises(ValueError, match="not a workstation id"):
        open_log(tmp_path / "l.sqlite", "ws:1")


def test_the_log_is_in_wal_mode(log):
    assert log.store.cursor().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_times_are_utc_and_local(log, report):
    moment = dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.timezone.utc)
    e = log.record_examination(report, now=moment)
    assert e.time_utc == "2026-03-01T23:30:00.000Z"
    local = dt.datetime.fromisoformat(e.public["time_local"])
    assert local == moment


def test_two_writers_on_one_log_keep_one_chain(tmp_path, report):
    path = tmp_path / "shared.sqlite"
    first, second = open_log(path, "ws"), open_log(path, "ws")
    for _ in range(5):
        first.record_examination(report)
        second.record_examination(report)
    assert [e.seq for e in first.entries()] == list(range(1, 11))
    assert first.verify().ok
    sqlite3.connect(path).close()


def test_entries_written_without_orjson_and_with_it_read_and_verify_alike(log, report, monkeypatch):
    """The core install has no orjson: the standard library writes the personal part; either reads both."""
    from desktop.record import entry

    assert entry.orjson is not None  # the full install writes with orjson
    fast = log.record_examination(report, officer="A", note="Сайн байна уу")
    monkeypatch.setattr(entry, "orjson", None)
    plain = log.record_examination(report, officer="B", note="Сайн байна уу")
    for e in (log.entry(fast.id), log.entry(plain.id)):
        assert e.personal["note"] == "Сайн байна уу" and log.report_of(e).to_dict() == report.to_dict()
    assert log.verify().ok
    monkeypatch.undo()
    assert log.entry(plain.id).personal["note"] == "Сайн байна уу" and log.verify().ok
