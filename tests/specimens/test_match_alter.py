"""Matching examined documents to specimens, and the trainer's altered copies."""

import datetime as dt
import json

import pytest

from desktop import pipeline
from desktop.checks import validate
from desktop.paths import resource
from desktop.specimens import alter, match
from desktop.specimens.library import Library

LIBRARY = Library("/nonexistent-user-folder")


@pytest.mark.parametrize("specimen", LIBRARY.specimens, ids=lambda s: s.id)
def test_each_specimens_own_mrz_matches_it_first(specimen):
    report = validate(list(specimen.mrz), specimen.valid_on)
    best = match.rank(report, LIBRARY.specimens)[0]
    assert best.specimen.id == specimen.id and best.same_document


def test_the_bundled_sample_page_matches_the_td3_specimen(reader):
    report = pipeline.examine_image(str(resource("samples", "utopia-td3.png")), reader, dt.date(2010, 1, 1))[0]
    ranked = match.rank(report, LIBRARY.specimens)
    assert ranked[0].specimen.id == "uto-td3"
    assert "series" in ranked[0].reasons  # expiry 2012 - 10 years: issued in the 2002-2023 series
    assert dict((m.specimen.id, m.reasons) for m in ranked)["uto-td3-mn"][-1] == "series_outside"


def test_an_unknown_state_still_offers_the_same_format():
    report = validate(["P<MNGBOLD<<BAT<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                       "E000000018MNG9001013M3001011<<<<<<<<<<<<<<00"], dt.date(2025, 1, 1))
    best = match.rank(report, LIBRARY.specimens)[0]
    assert best.specimen.format == "TD3" and not best.same_document


@pytest.mark.parametrize("kind", alter.KINDS)
@pytest.mark.parametrize("sid", ["uto-td1", "uto-td2", "uto-td3", "uto-td3-mn", "uto-mrva", "uto-mrvb"])
def test_altered_copies_read_back_with_the_outcome_they_teach(sid, kind, reader, tmp_path):
    specimen = LIBRARY.get(sid)
    altered = alter.make(specimen, kind, reader)
    assert altered.changed and altered.mrz != list(specimen.mrz)
    path = alter.save(altered, tmp_path)
    report = pipeline.examine_image(str(path), reader, specimen.valid_on)[0]
    assert list(report.mrz) == altered.mrz
    assert report.status == altered.expected == alter.EXPECTED[kind]
    if kind == "birth_old_digit":
        assert {c.id for c in report.checks if c.status == "fail"} >= {"check_digit.birth_date"}
    if kind == "birth_recomputed":
        assert report.fields["birth_date"] != validate(list(specimen.mrz), specimen.valid_on).fields["birth_date"]
    assert path.with_suffix(".json").is_file()


def test_cli_specimens_alter_writes_images_that_examine_as_announced(capsys, tmp_path):
    from desktop import cli

    code = cli.main(["specimens", "alter", "uto-td3", "--kind", "wrong_digit", "--out", str(tmp_path),
                     "--folder", str(tmp_path / "user")])
    assert code == 0 and "should fail" in capsys.readouterr().out
    code = cli.main(["check", str(tmp_path / "uto-td3-wrong-digit.png"), "--now", "2010-01-01", "--json"])
    assert code == 1 and json.loads(capsys.readouterr().out.splitlines()[0])["status"] == "fail"
    assert cli.main(["specimens", "alter", "nope", "--out", str(tmp_path)]) == 2
