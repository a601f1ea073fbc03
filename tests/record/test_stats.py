"""What the fraud unit reads: counts by day, week, verdict, State, code, failing check, alteration, decision."""

import csv
import datetime as dt
import json

from desktop.checks import validate_text
from desktop.cli import main
from desktop.record import stats
from tests.record.conftest import TAMPERED, TD3

DAY1 = dt.datetime(2026, 11, 30, 8, tzinfo=dt.timezone.utc)  # a Monday: ISO week 49
DAY2 = dt.datetime(2026, 12, 7, 8, tzinfo=dt.timezone.utc)  # the next Monday: week 50
MNG = TD3.replace("UTO", "MNG")


def _fill(log, tmp_path):
    today = dt.date(2010, 1, 1)
    made = []
    for text, when in ((TD3, DAY1), (TAMPERED, DAY1), (TAMPERED, DAY2), (MNG, DAY2)):
        made.append(log.record_examination(validate_text(text, today), now=when))
    image = tmp_path / "uto-td3-name.png"
    image.write_bytes(b"x")
    image.with_suffix(".json").write_text('{"kind": "name", "specimen": "uto-td3"}')
    made.append(log.record_examination(validate_text(TAMPERED, today), source_path=str(image), now=DAY2))
    log.record_decision(made[1].id, "refused", now=DAY1)
    log.record_decision(made[2].id, "accepted", now=DAY2)
    log.record_decision(made[2].id, "referred", now=DAY2)  # changed their mind: the latest counts
    return made


def test_counts_by_every_dimension(log, tmp_path):
    _fill(log, tmp_path)
    s = stats.summarise(log)
    assert s["examinations"] == 5
    local = [d.astimezone().date().isoformat() for d in (DAY1, DAY2)]  # the workstation's own calendar
    assert s["by_day"] == {local[0]: 2, local[1]: 3}
    assert s["by_week"] == {"2026-W49": 2, "2026-W50": 3}
    assert s["by_status"] == {"fail": 3, "pass": 2}
    assert s["by_issuing_state"] == {"UTO": 4, "MNG": 1}
    assert s["by_document_code"] == {"P": 5}
    assert s["by_failed"] == {"check_digit.composite": 3}
    assert s["by_alteration"] == {"name": 1}
    assert s["by_decision"] == {"undecided": 3, "refused": 1, "referred": 1}


def test_filters(log, tmp_path):
    _fill(log, tmp_path)
    assert stats.summarise(log, stats.Filters(status="fail"))["examinations"] == 3
    assert stats.summarise(log, stats.Filters(issuing_state="MNG"))["examinations"] == 1
    assert stats.summarise(log, stats.Filters(failed="check_digit.composite",
                                              decision="refused"))["examinations"] == 1
    week50 = stats.Filters(since=dt.date(2026, 12, 1), until=dt.date(2026, 12, 31))
    assert stats.summarise(log, week50)["examinations"] == 3


def test_cli_stats_json_and_csv(log, tmp_path, capsys):
    _fill(log, tmp_path)
    db = log.name
    out = tmp_path / "table.csv"
    assert main(["log", "stats", "--json", "--db", db, "--status", "fail", "--csv", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["examinations"] == 3 and summary["by_failed"] == {"check_digit.composite": 3}
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert len(rows) == 3 and {r["status"] for r in rows} == {"fail"}
    assert "ERIKSSON" not in out.read_text()
