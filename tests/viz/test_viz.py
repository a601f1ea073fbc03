"""The printed data (VIZ) read against the MRZ on real pages: specimens pass, forgeries that pass every check
digit fail, and an unreadable VIZ never fails a document."""

import json

import cv2
import numpy as np
import pytest
from PIL import Image

from desktop import cli, pipeline
from desktop.reader import Reader
from desktop.specimens import alter
from desktop.specimens.library import Library
from desktop.viz import VizReader

LIBRARY = Library("/nonexistent-user-folder")
SPECIMENS = [s.id for s in LIBRARY.specimens]


@pytest.fixture(scope="module")
def reader():
    return Reader()


@pytest.fixture(scope="module")
def viz(reader):
    return VizReader(LIBRARY, reader)


def examine(path, reader, viz, specimen):
    return pipeline.examine_image(str(path), reader, specimen.valid_on, viz)[0]


def found(report):
    return {c.id: c for c in report.checks if c.id.startswith("viz.")}


@pytest.mark.parametrize("sid", SPECIMENS)
def test_every_bundled_specimen_agrees_with_its_printed_data(sid, reader, viz):
    specimen = LIBRARY.get(sid)
    report = examine(specimen.image(), reader, viz, specimen)
    assert report.status == "pass"
    checks = found(report)
    assert not [c for c in checks.values() if c.status in ("fail", "warn")]
    if sid == "uto-td1":  # the MRZ is on the back, the VIZ on the front
        assert checks["viz.compared"].key == "viz.other_side"
    else:
        passed = {i for i, c in checks.items() if c.status == "pass"}
        assert passed == {f"viz.{f}" for f in ("surname", "given_names", "document_number", "nationality",
                                               "birth_date", "sex", "expiry_date")}
        assert set(report.extra["viz"]["surname"]) == {"text", "box", "confidence"}


@pytest.mark.parametrize("kind", ["birth_recomputed", "name"])
@pytest.mark.parametrize("sid", SPECIMENS)
def test_a_forgery_that_passes_every_check_digit_fails_on_the_printed_data(sid, kind, reader, viz, tmp_path):
    specimen = LIBRARY.get(sid)
    altered = alter.make(specimen, kind, reader)
    report = examine(alter.save(altered, tmp_path), reader, viz, specimen)
    assert altered.expected == "pass" and report.status == altered.verdict
    field = {"birth_recomputed": "viz.birth_date", "name": "viz.surname"}[kind]
    if sid == "uto-td1":
        assert report.status == "pass" and found(report)["viz.compared"].key == "viz.other_side"
    else:
        assert report.status == "fail" and found(report)[field].status == "fail"
        assert all(c.status in ("pass", "skip") for i, c in found(report).items() if i != field)


def test_the_mongolian_name_alteration_fails_on_the_printed_latin_form(reader, viz, tmp_path):
    specimen = LIBRARY.get("uto-td3-mn")
    altered = alter.make(specimen, "name", reader)
    surname = found(examine(alter.save(altered, tmp_path), reader, viz, specimen))["viz.surname"]
    assert surname.status == "fail" and "DORZH" in surname.params["viz"] and surname.params["mrz"] == "NILSEN"


def test_a_viz_blurred_away_fails_nothing(reader, viz, tmp_path):
    specimen = LIBRARY.get("uto-td3")
    rgb = np.asarray(Image.open(specimen.image()).convert("RGB")).copy()
    h = rgb.shape[0]
    rgb[: int(0.75 * h)] = cv2.GaussianBlur(rgb[: int(0.75 * h)], (0, 0), 12)  # everything above the MRZ
    path = tmp_path / "blurred-viz.png"
    Image.fromarray(rgb).save(path)
    report = examine(path, reader, viz, specimen)
    assert report.status == "pass"
    assert all(c.status in ("skip", "warn") for c in found(report).values())


def test_cli_gives_the_viz_object_and_no_viz_turns_it_off(capsys):
    path = str(LIBRARY.get("uto-td3").image())
    assert cli.main(["check", path, "--now", "2010-01-01", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["viz"]["birth_date"]["text"] == "12 AUG 1974" and len(doc["viz"]["birth_date"]["box"]) == 4
    assert any(c["id"] == "viz.birth_date" and c["status"] == "pass" for c in doc["checks"])
    assert cli.main(["check", path, "--now", "2010-01-01", "--json", "--no-viz"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert "viz" not in doc and not any(c["id"].startswith("viz.") for c in doc["checks"])
