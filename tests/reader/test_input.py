"""Bad input of every class gives a clear error, never a crash or a hang; good input of every kind loads."""

import json

import numpy as np
import pytest
from PIL import Image

from desktop import cli, pipeline
from desktop.reader import loader


def save(tmp_path, name, image: Image.Image, **kw):
    path = tmp_path / name
    image.save(path, **kw)
    return path


def test_empty_file(tmp_path, reader):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    (report,) = pipeline.examine_image(str(path), reader)
    assert report.status == "error" and "empty" in report.checks[0].message


def test_not_an_image(tmp_path, reader):
    path = tmp_path / "notes.jpg"
    path.write_text("P<UTOERIKSSON<<ANNA")
    (report,) = pipeline.examine_image(str(path), reader)
    assert report.status == "error" and "not an image" in report.checks[0].message


def test_truncated_image(tmp_path, reader, utopia_pages):
    data = (utopia_pages / "passport-td3.jpg").read_bytes()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 3])
    (report,) = pipeline.examine_image(str(path), reader)
    assert report.status in {"error", "unreadable"} and report.checks[0].message


def test_truncated_png(tmp_path, reader, utopia_pages):
    data = (utopia_pages / "passport-td3.png").read_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(data[:5000])
    (report,) = pipeline.examine_image(str(path), reader)
    assert report.status == "error" and "damaged or truncated" in report.checks[0].message


def test_missing_file(tmp_path, reader):
    (report,) = pipeline.examine_image(str(tmp_path / "nope.png"), reader)
    assert report.status == "error" and "no such file" in report.checks[0].message


def test_decompression_bomb_is_refused(tmp_path):
    path = save(tmp_path, "bomb.png", Image.new("1", (12000, 9000)))  # 108 Mpx, a few kB on disk
    with pytest.raises(loader.ImageError, match="too large"):
        loader.load(path)


def test_unsupported_format(tmp_path):
    path = save(tmp_path, "page.gif", Image.new("L", (50, 50)))
    with pytest.raises(loader.ImageError, match="unsupported image format GIF"):
        loader.load(path)


@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA", "CMYK", "I;16", "P", "1"])
def test_image_modes_load_as_grey(tmp_path, mode):
    image = Image.new("RGB", (40, 30), (200, 200, 200)).convert(mode if mode != "I;16" else "L")
    if mode == "I;16":
        image = Image.fromarray((np.full((30, 40), 200, np.uint16) * 250))
    name = "page.tif" if mode in ("CMYK", "I;16") else "page.png"
    (grey,) = loader.load(save(tmp_path, name, image))
    assert grey.dtype == np.uint8 and grey.shape == (30, 40)


def test_transparent_background_reads_as_paper(tmp_path):
    image = Image.new("RGBA", (20, 10), (0, 0, 0, 0))
    (grey,) = loader.load(save(tmp_path, "t.png", image))
    assert grey.min() == 255


def test_exif_orientation_is_honoured(tmp_path):
    image = Image.new("L", (40, 20), 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    (grey,) = loader.load(save(tmp_path, "o.jpg", image, exif=exif))
    assert grey.shape == (40, 20)


def test_every_tiff_page_is_examined(tmp_path, reader, utopia_pages):
    page = Image.open(utopia_pages / "passport-td3.png").convert("L")
    path = tmp_path / "two.tif"
    page.save(path, save_all=True, append_images=[Image.new("L", page.size, 240)])
    reports = pipeline.examine_image(str(path), reader)
    assert [r.source for r in reports] == [f"{path}#1", f"{path}#2"]
    assert [r.status for r in reports] == ["fail", "unreadable"]  # expired today; the blank page has no MRZ


@pytest.mark.parametrize("suffix", ["bmp", "webp"])
def test_bmp_and_webp(tmp_path, reader, utopia_pages, suffix):
    path = save(tmp_path, f"page.{suffix}", Image.open(utopia_pages / "passport-td2.png").convert("RGB"),
                **({"lossless": True} if suffix == "webp" else {}))
    (report,) = pipeline.examine_image(str(path), reader)
    assert report.mrz[1] == "D231458907UTO7408122F1204159<<<<<<<6"


def test_cli_reads_a_folder_and_keeps_going_after_a_bad_file(tmp_path, capsys, utopia_pages):
    for name in ("passport-td3.png", "passport-td2.jpg"):
        (tmp_path / name).write_bytes((utopia_pages / name).read_bytes())
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    code = cli.main(["check", str(tmp_path), "--now", "2010-01-01", "--json"])
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 2
    assert [d["status"] for d in docs] == ["error", "pass", "pass"]
    assert {"mrz_quad", "orientation", "chars", "corrections", "engine", "elapsed_ms"} <= set(docs[1])


def test_an_empty_folder_is_named_in_a_message_not_skipped(tmp_path, capsys):
    empty = tmp_path / "scans"
    empty.mkdir()
    (empty / "notes.txt").write_text("not an image")
    assert cli.main(["check", str(empty)]) == 2
    out = capsys.readouterr().out
    assert f"The folder {empty} holds no image to examine" in out and out.startswith("ERROR")
    assert cli.main(["check", str(empty), "--json"]) == 2
    (doc,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert doc["status"] == "error" and doc["source"] == str(empty) and str(empty) in doc["checks"][0]["message"]
    assert cli.main(["check", "--line", str(empty)]) == 2
    assert "holds no image" in json.loads(capsys.readouterr().out)["error"]


def test_cli_line_mode(tmp_path, capsys):
    from desktop.reader import glyphs

    text = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    strip = np.hstack([glyphs.render(c, 48) for c in text])
    path = save(tmp_path, "line.png", Image.fromarray(strip))
    assert cli.main(["check", "--line", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["text"] == text and out["source"] == str(path) and 0.5 < out["confidence"] <= 1


def test_cli_unknown_engine_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["check", "x.png", "--engine", "nonsense"])
    assert exc.value.code == 2 and "unknown engine" in capsys.readouterr().err


def test_complete_jpegs_decode_to_the_same_grey_by_either_path(tmp_path):
    rng = np.random.default_rng(1)
    rgb = Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8))
    path = save(tmp_path, "page.jpg", rgb, quality=90)
    fast = loader._jpeg_luma(path.read_bytes())
    with Image.open(path) as image:
        image.draft("L", image.size)
        slow = np.asarray(image.convert("L"))
    assert fast is not None and fast.shape == slow.shape and np.abs(fast.astype(int) - slow).max() <= 1
    (path.parent / "cut.jpg").write_bytes(path.read_bytes()[:-200])
    assert loader._jpeg_luma((path.parent / "cut.jpg").read_bytes()) is None  # a truncated file is left to Pillow to refuse
