"""The docexam CLI as a script would use it: JSON Lines, exit statuses, clear messages for bad input."""

import json
import subprocess
import sys

import pytest

from desktop import cli

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TAMPERED = [TD3[0], TD3[1][:-2] + "20"]
KEYS = {"source", "status", "format", "mrz", "fields", "checks"}


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out):
    return [json.loads(line) for line in out.splitlines()]


def test_mrz_with_literal_backslash_n_passes(capsys):
    code, out, _ = run(capsys, "check", "--mrz", "\\n".join(TD3), "--now", "2010-01-01", "--json")
    (doc,) = jsonl(out)
    assert code == 0 and doc["status"] == "pass" and doc["format"] == "TD3" and doc["mrz"] == TD3
    assert set(doc) >= KEYS and doc["source"] == "mrz"
    assert set(doc["checks"][0]) >= {"id", "field", "status", "message", "span"}


def test_text_file_with_several_documents(tmp_path, capsys):
    path = tmp_path / "batch.txt"
    path.write_text("\n".join(TD3) + "\n\n\n" + "\n".join(TAMPERED) + "\n")
    code, out, _ = run(capsys, "check", "--text", str(path), "--now", "2010-01-01", "--json")
    docs = jsonl(out)
    assert code == 1 and [d["status"] for d in docs] == ["pass", "fail"]
    assert [d["source"] for d in docs] == [f"{path}:1", f"{path}:5"]
    failing = [c for c in docs[1]["checks"] if c["status"] == "fail"]
    assert {(c["field"], c["expected"], c["actual"]) for c in failing} == {("optional_data", "1", "2"),
                                                                           ("composite", "1", "0")}


def test_readable_report_puts_the_verdict_first(capsys):
    code, out, _ = run(capsys, "check", "--mrz", "\n".join(TAMPERED), "--now", "2010-01-01")
    assert code == 1 and out.startswith("FAIL  TD3")
    assert "Composite check digit is 0, but the data gives 1" in out


def test_expired_document_fails_without_a_pinned_date(capsys):
    code, out, _ = run(capsys, "check", "--mrz", "\n".join(TD3))
    assert code == 1 and "Expired on 2012-04-15" in out


@pytest.mark.parametrize("content, message", [
    (b"", "No MRZ text was given"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "The file is not text"),
    (b"P<UTO\xc3\x28\xa0", "not UTF-8 text"),
])
def test_bad_files_give_an_error_and_exit_2(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, _ = run(capsys, "check", "--text", str(path), "--json")
    (doc,) = jsonl(out)
    assert code == 2 and doc["status"] == "error" and message in doc["checks"][0]["message"]


def test_missing_file_is_an_error(tmp_path, capsys):
    code, out, _ = run(capsys, "check", "--text", str(tmp_path / "nope.txt"))
    assert code == 2 and out.startswith("ERROR") and "cannot be read" in out


def test_utf16_text_file_is_read(tmp_path, capsys):
    path = tmp_path / "utf16.txt"
    path.write_text("\n".join(TD3), encoding="utf-16")
    code, out, _ = run(capsys, "check", "--text", str(path), "--now", "2010-01-01", "--json")
    assert code == 0 and jsonl(out)[0]["status"] == "pass"


def test_wrong_length_is_a_fail_with_a_clear_message(capsys):
    code, out, _ = run(capsys, "check", "--mrz", TD3[0] + "\n" + TD3[1][:40], "--json")
    (doc,) = jsonl(out)
    assert code == 1 and doc["status"] == "fail"
    assert "Line 2 has 40 characters; a TD3 line has 44" in doc["checks"][-1]["message"]


def test_bad_now_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["check", "--mrz", "X", "--now", "2010-13-01"])
    assert exc.value.code == 2 and "not a date" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_cli():
    done = subprocess.run([sys.executable, "-m", "desktop", "check", "--mrz", "\n".join(TD3), "--now",
                           "2010-01-01", "--json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and json.loads(done.stdout)["status"] == "pass"


def test_standard_input(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\n".join(TD3).encode())))
    code, out, _ = run(capsys, "check", "--text", "-", "--now", "2010-01-01", "--json")
    assert code == 0 and jsonl(out)[0]["source"] == "<stdin>:1"


SPECIMEN_KEYS = {"id", "format", "issuing_state", "document_code", "mrz", "image", "valid_on"}


def test_specimens_list_json_is_one_object_per_bundled_specimen(capsys, tmp_path):
    import datetime as dt
    from pathlib import Path

    from desktop.checks import validate

    code, out, _ = run(capsys, "specimens", "list", "--json", "--folder", str(tmp_path))
    docs = jsonl(out)
    assert code == 0 and len(docs) >= 6
    assert {d["format"] for d in docs} == {"TD1", "TD2", "TD3", "MRVA", "MRVB"}
    for doc in docs:
        assert set(doc) >= SPECIMEN_KEYS
        assert Path(doc["image"]).is_absolute() and Path(doc["image"]).is_file()
        assert validate(doc["mrz"], dt.date.fromisoformat(doc["valid_on"])).status == "pass"


def test_specimens_import_refuses_a_broken_pack_with_every_reason(capsys, tmp_path):
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "meta.json").write_text('{"schema": "docexam-specimen/1", "id": "x"}', encoding="utf-8")
    code, _, err = run(capsys, "specimens", "import", str(tmp_path / "pack"), "--folder", str(tmp_path / "user"))
    assert code == 2 and "not imported" in err and "missing: issuing_state" in err

