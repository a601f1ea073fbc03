"""The bundled specimens: valid, readable by our own reader, and described by the schema."""

import json

import jsonschema
import pytest
from PIL import Image

from desktop import pipeline
from desktop.specimens import FORMATS
from desktop.specimens.library import Library, bundled_dir

BUNDLED = sorted(p.parent.name for p in bundled_dir().glob("*/meta.json"))


def test_the_bundled_set_covers_every_format_and_the_mongolian_variant():
    library = Library("/nonexistent-user-folder")
    assert not library.problems
    assert {s.format for s in library.specimens} == set(FORMATS)
    td1 = library.get("uto-td1")
    assert td1.sides == ["front", "back"] and td1.mrz_side == "back"
    mn = library.get("uto-td3-mn")
    labels = [z.label_text() for z in mn.zones if z.kind == "viz"]
    assert "Овог / Surname" in labels
    assert mn.mrz[0].startswith("P<UTODORZH<<TSETSEG<")  # ДОРЖ Цэцэг, ICAO Part 3 transliteration
    for specimen in library.specimens:
        assert any(z.kind == "security" and z.description_text() and z.description_text("mn")
                   for z in specimen.zones), specimen.id


@pytest.mark.parametrize("sid", BUNDLED)
def test_each_bundled_specimen_reads_back_its_mrz_and_passes(sid, reader):
    specimen = Library("/nonexistent-user-folder").get(sid)
    report = pipeline.examine_image(str(specimen.image()), reader, specimen.valid_on)[0]
    assert list(report.mrz) == list(specimen.mrz)
    assert report.status == "pass"


@pytest.mark.parametrize("sid", BUNDLED)
def test_each_meta_json_follows_the_published_schema(sid):
    schema = json.loads((bundled_dir() / "schema.json").read_text(encoding="utf-8"))
    meta = json.loads((bundled_dir() / sid / "meta.json").read_text(encoding="utf-8"))
    jsonschema.validate(meta, schema)
    for image in meta["images"]:
        with Image.open(bundled_dir() / sid / image["file"]) as im:
            assert im.width > 800  # 300 dpi: the MRZ is read at its real pitch
