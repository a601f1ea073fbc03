"""Specimen packs: every class of breakage is refused with a message, zips are extracted safely."""

import json
import shutil
import stat
import zipfile

import jsonschema
import pytest

from desktop.specimens import SpecimenError, load
from desktop.specimens.library import bundled_dir
from desktop.specimens.packs import MAX_RATIO


def edit(folder, change):
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    change(meta)
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return meta


BREAKAGES = {
    "schema version": (lambda m: m.update(schema="docexam-specimen/9"), "schema must be"),
    "missing key": (lambda m: m.pop("mrz"), "missing: mrz"),
    "bad id": (lambda m: m.update(id="../etc"), "id must be"),
    "unknown format": (lambda m: m.update(format="TD4"), "format must be"),
    "wrong format for the MRZ": (lambda m: m.update(format="MRVB"), "the MRZ is TD2, not MRVB"),
    "tampered MRZ": (lambda m: m["mrz"].__setitem__(1, m["mrz"][1][:-1] + "0"), "a specimen must be genuine"),
    "state differs": (lambda m: m.update(issuing_state="MNG"), "differs from the MRZ"),
    "bad date": (lambda m: m.update(valid_on="01/01/2010"), "valid_on must be a date"),
    "path in file name": (lambda m: m["images"][0].update(file="../front-white.png"), "plain PNG or JPEG"),
    "missing image": (lambda m: m["images"][0].update(file="nothere.png"), "nothere.png is missing"),
    "unknown light": (lambda m: m["images"][0].update(light="xray"), "light must be one of"),
    "no white image": (lambda m: m["images"][0].update(light="uv"), "white-light image of the front"),
    "zone outside": (lambda m: m["zones"][0].update(box=[0.5, 0.5, 0.8, 0.1]), "inside the image"),
    "zone on no side": (lambda m: m["zones"][0].update(side="back"), "side that has an image"),
    "duplicate zone": (lambda m: m["zones"].append(dict(m["zones"][0])), "is used twice"),
    "feature without description": (lambda m: [z.pop("description") for z in m["zones"] if z["kind"] == "security"],
                                    "needs a description"),
    # issue 23: wrong types and near-miss ids, once crashes of the whole library
    "side as a list": (lambda m: m["images"][0].update(side=["front"]), "side must be one of"),
    "zone side as an object": (lambda m: m["zones"][0].update(side={"front": 1}), "side that has an image"),
    "id with a newline": (lambda m: m.update(id="uto-td2\n"), "id must be"),
    "file name with a newline": (lambda m: m["images"][0].update(file="front-white.png\n"), "plain PNG or JPEG"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_each_class_of_broken_specimen_is_refused_with_a_message(name, pack):
    change, message = BREAKAGES[name]
    meta = edit(pack, change)
    with pytest.raises(SpecimenError) as err:
        load(pack)
    assert any(message in p for p in err.value.problems), err.value.problems
    schema = json.loads((bundled_dir() / "schema.json").read_text(encoding="utf-8"))
    if name in ("schema version", "missing key", "bad id", "unknown format", "bad date", "path in file name",
                "unknown light", "feature without description", "side as a list"):
        with pytest.raises(jsonschema.ValidationError):  # the published schema says the same
            jsonschema.validate(meta, schema)


@pytest.mark.parametrize("content,message", [(b"", "not valid JSON"), (b"\xff\xfe{", "not UTF-8"),
                                             (b"[1, 2]", "one JSON object")])
def test_unreadable_meta_json_is_refused(pack, content, message):
    (pack / "meta.json").write_bytes(content)
    with pytest.raises(SpecimenError) as err:
        load(pack)
    assert message in str(err.value)


def test_a_good_folder_pack_installs_and_is_listed(library, pack):
    installed = library.import_pack(pack)
    assert [s.id for s in installed] == ["my-td2"]
    assert library.get("my-td2") is not None and not library.get("my-td2").bundled
    with pytest.raises(SpecimenError, match="already installed"):
        library.import_pack(pack)
    assert [s.id for s in library.import_pack(pack, replace=True)] == ["my-td2"]


def test_a_bundled_id_cannot_be_overwritten(library, pack):
    edit(pack, lambda m: m.update(id="uto-td2"))
    with pytest.raises(SpecimenError, match="belongs to a bundled specimen"):
        library.import_pack(pack)


def _zip(path, members, link=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, "/etc/passwd")
    return path


def test_a_zip_pack_installs(library, pack, tmp_path):
    members = {f"my-td2/{p.name}": p.read_bytes() for p in pack.iterdir()}
    installed = library.import_pack(_zip(tmp_path / "good.zip", members))
    assert [s.id for s in installed] == ["my-td2"]


@pytest.mark.parametrize("members,link,message", [
    ({"/etc/evil.png": b"x"}, None, "unsafe path"),
    ({"my/../../evil.png": b"x"}, None, "unsafe path"),
    ({"C:/evil.png": b"x"}, None, "unsafe path"),
    ({"a\\..\\evil.png": b"x"}, None, "unsafe path"),
    ({"meta.json": b"{}"}, "my/link.png", "links are not allowed"),
    ({"bomb.png": b"\0" * (MAX_RATIO * 2000)}, None, "expands implausibly"),
])
def test_unsafe_zips_are_refused_and_nothing_is_written(library, tmp_path, members, link, message):
    with pytest.raises(SpecimenError) as err:
        library.import_pack(_zip(tmp_path / "bad.zip", members, link))
    assert message in str(err.value)
    assert not library.user_dir.exists() or not any(library.user_dir.iterdir())
    assert not (tmp_path / "evil.png").exists()


def test_not_a_zip_and_missing_packs_are_refused(library, tmp_path):
    (tmp_path / "junk.zip").write_bytes(b"not a zip at all")
    with pytest.raises(SpecimenError, match="not a readable zip"):
        library.import_pack(tmp_path / "junk.zip")
    with pytest.raises(SpecimenError, match="no such file"):
        library.import_pack(tmp_path / "absent.zip")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SpecimenError, match="no meta.json"):
        library.import_pack(tmp_path / "empty")


def test_one_broken_specimen_in_a_pack_installs_none(library, pack, tmp_path):
    second = pack.parent / "my-td3"
    shutil.copytree(bundled_dir() / "uto-td3", second)
    edit(second, lambda m: m.update(id="my-td3", format="TD9"))
    with pytest.raises(SpecimenError, match="my-td3: format must be"):
        library.import_pack(pack.parent)
    assert library.get("my-td2") is None


def test_a_broken_user_specimen_is_skipped_not_fatal(library, pack):
    library.import_pack(pack)
    (library.user_dir / "my-td2" / "meta.json").write_text("{", encoding="utf-8")
    library.reload()
    assert library.get("my-td2") is None and library.get("uto-td3") is not None
    assert any("my-td2" in p for p in library.problems)


def test_a_deeply_nested_or_mistyped_specimen_is_skipped_and_the_library_still_loads(library, pack):
    library.import_pack(pack)
    (library.user_dir / "my-td2" / "meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    broken = library.user_dir / "my-td3"
    shutil.copytree(bundled_dir() / "uto-td3", broken)
    edit(broken, lambda m: m.update(id="my-td3", images=[{"side": ["front"], "light": "white", "file": {"a": 1}}],
                                    zones=[{"id": "z", "kind": ["mrz"], "side": {"x": 1}, "box": "0,0,1,1"}]))
    library.reload()
    assert library.get("uto-td3") is not None and library.get("my-td2") is None and library.get("my-td3") is None
    assert len([p for p in library.problems if "my-td" in p]) == 2


def test_an_image_that_does_not_decode_is_refused_on_import(library, pack):
    (pack / "front-white.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5000)  # the name and size look right
    with pytest.raises(SpecimenError, match="front-white.png cannot be used"):
        library.import_pack(pack)


def test_a_german_d_specimen_imports(library, pack):
    td3 = bundled_dir() / "uto-td3"
    folder = pack.parent / "de-td3"
    shutil.copytree(td3, folder)
    # the German passport specimen's MRZ as ICAO prints it (icao9303.md §6): the State is D<<, not DEU
    edit(folder, lambda m: m.update(id="de-td3", issuing_state="D<<", valid_on="2010-01-01", mrz=[
        "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0"]))
    shutil.rmtree(pack)
    installed = library.import_pack(folder)
    assert [s.issuing_state for s in installed] == ["D<<"]
    edit(folder, lambda m: m.update(issuing_state="D"))  # or as a bare code
    assert load(folder).id == "de-td3"
