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


def test_without_a_matching_layout_the_fields_are_found_by_their_labels(reader, viz):
    from desktop.paths import resource

    report = pipeline.examine_image(str(resource("samples", "utopia-td3.png")), reader, LIBRARY.get("uto-td3")
                                    .valid_on, viz)[0]
    assert report.extra["viz_source"] == "labels" and report.status == "pass"
    checks = found(report)
    assert {i for i, c in checks.items() if c.status == "pass"} >= {"viz.surname", "viz.given_names",
                                                                    "viz.document_number"}
    assert not [c for c in checks.values() if c.status == "fail"]


def test_a_name_changed_in_the_mrz_of_an_unknown_layout_fails_by_its_label(reader, viz, tmp_path):
    import dataclasses
    import datetime as dt
    import random

    from bench import pagegen
    from desktop.checks import compose

    rng = random.Random(4)
    data = pagegen.random_data(rng, "TD3")
    forged = compose.build("TD3", dataclasses.replace(data, surname="HANSEN"))
    page = pagegen.render_document("TD3", forged, data, rng)  # the VIZ keeps the holder's own name
    path = tmp_path / "forged.png"
    cv2.imwrite(str(path), page)
    report = pipeline.examine_image(str(path), reader, dt.date(2026, 1, 1), viz)[0]
    assert report.extra["viz_source"] == "labels"
    assert found(report)["viz.surname"].status == "fail" and report.status == "fail"
    assert found(report)["viz.surname"].params["viz"] == data.surname


@pytest.mark.parametrize("name", ["passport-td3.png", "passport-td3.jpg", "passport-td2.png", "passport-td2.jpg"])
def test_the_icao_pages_of_another_layout_agree_by_their_bilingual_labels_and_never_fail(name, reader, viz):
    from pathlib import Path

    page = Path(__file__).resolve().parents[1] / "data" / "pages" / name
    report = pipeline.examine_image(str(page), reader, LIBRARY.get("uto-td3").valid_on, viz)[0]
    assert report.status == "pass" and report.extra["viz_source"] == "labels"
    checks = found(report)
    assert not [c for c in checks.values() if c.status == "fail"]
    passed = {i for i, c in checks.items() if c.status == "pass"}
    assert {"viz.birth_date", "viz.sex"} <= passed
    if name.startswith("passport-td3"):
        assert {"viz.surname", "viz.given_names", "viz.birth_date", "viz.expiry_date"} <= passed
