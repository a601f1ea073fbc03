"""`docexam check --log` records; `log list|show|decide|export|purge` print what an officer or auditor needs."""

import json

from desktop.cli import main
from tests.record.conftest import TAMPERED, TD3


def _lines(capsys):
    return capsys.readouterr().out.splitlines()


def test_check_log_records_each_document_with_officer_and_decision(tmp_path, capsys, monkeypatch):
    db = tmp_path / "log.sqlite"
    monkeypatch.setenv("DOCEXAM_LOG", str(db))
    monkeypatch.setenv("DOCEXAM_WORKSTATION", "gate-3")
    texts = tmp_path / "mrz.txt"
    texts.write_text(TD3 + "\n\n" + TAMPERED + "\n", encoding="utf-8")
    assert main(["check", "--text", str(texts), "--now", "2010-01-01", "--log", "--officer", "Dorj",
                 "--decision", "referred", "--note", "second line"]) == 1
    err = capsys.readouterr().err
    assert "as entry gate-3:1" in err and "as entry gate-3:2" in err
    assert main(["log", "list", "--json"]) == 0
    entries = [json.loads(x) for x in _lines(capsys)]
    assert [(e["id"], e["status"], e["officer"], e["decision"]) for e in entries] == [
        ("gate-3:1", "pass", "Dorj", "referred"), ("gate-3:2", "fail", "Dorj", "referred")]
    assert all(len(e["hash"]) == 64 and e["time"].endswith("Z") and e["source"] for e in entries)
    assert main(["log", "show", "2"]) == 0
    out = capsys.readouterr().out
    assert "verdict FAIL" in out and "Composite check digit is 3, but the data gives 0" in out and "second line" in out


def test_decide_export_purge_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "log.sqlite")
    assert main(["check", "--mrz", TAMPERED, "--now", "2010-01-01", "--log", "--db", db, "--workstation", "w1"]) == 1
    assert main(["log", "decide", "w1:1", "refused", "--note", "forged", "--db", db]) == 0
    assert "recorded refused for w1:1 as entry w1:2" in capsys.readouterr().out
    out = tmp_path / "x.csv"
    assert main(["log", "export", "--pseudonymise", str(out), "--db", db]) == 0
    text = out.read_text()
    assert "refused" in text and "ERIKSSON" not in text and "L898902C3" not in text
    assert main(["log", "purge", "--days", "30", "--db", db]) == 0
    assert "purged the personal data of 0 entries" in capsys.readouterr().out


def test_log_errors_are_messages_not_tracebacks(tmp_path, capsys):
    db = str(tmp_path / "log.sqlite")
    assert main(["log", "show", "99", "--db", db]) == 2
    assert "no entry" in capsys.readouterr().err
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 50)
    assert main(["log", "list", "--db", str(bad)]) == 2
    assert main(["check", "--mrz", TD3, "--log", "--db", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "cannot be opened" in err and "Traceback" not in err
    assert main(["log", "list", "--db", db, "--workstation", "bad id"]) == 2
    assert "not a workstation id" in capsys.readouterr().err


def test_a_file_name_cannot_forge_lines_in_text_output(tmp_path, capsys):
    import shutil

    from desktop.paths import resource

    name = tmp_path / "scan.png\nPASS  TD3  genuine.png  (0 failed)\x1b[2J.png"
    shutil.copy(resource("samples", "utopia-td3-tampered.png"), name)
    db = str(tmp_path / "log.sqlite")
    main(["check", str(name), "--log", "--db", db, "--no-viz", "--now", "2010-01-01"])
    out = capsys.readouterr()
    assert "\x1b" not in out.out + out.err and "\\n" in out.out and "\\x1b" in out.out
    assert not any(line.startswith("PASS") for line in out.out.splitlines())  # no forged verdict line
    assert main(["log", "list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert len(listed.splitlines()) == 1 and "\\x1b" in listed


def test_a_named_pipe_beside_an_image_as_its_sidecar_does_not_hang_the_record(tmp_path, log, report):
    import os
    import threading

    image = tmp_path / "scan.png"
    image.write_bytes(b"png")
    os.mkfifo(tmp_path / "scan.json")
    done = []
    worker = threading.Thread(target=lambda: done.append(log.record_examination(report, source_path=str(image))),
                              daemon=True)
    worker.start()
    worker.join(10)
    assert done and done[0].public["alteration"] is None
