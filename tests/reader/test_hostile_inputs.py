"""Every input is hostile (issue 23, items 8 and 12-14): a named pipe or a device never hangs the tool, a huge
file or a many-page TIFF never exhausts memory, a corrupt JPEG is called damaged, and the record keeps only the
bytes that were examined."""

import datetime as dt
import os
import threading

import cv2
import numpy as np
import pytest
from PIL import Image

from desktop import pipeline
from desktop.reader import loader


def _jpeg(path, height=600, width=800):
    rng = np.random.default_rng(0)
    page = rng.integers(150, 255, (height, width)).astype(np.uint8)
    cv2.putText(page, "P<UTOERIKSSON<<ANNA", (40, height // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    data = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes()
    path.write_bytes(data)
    return data


def _within(seconds, function, *args):
    """Run `function`; fail (rather than hang the test run) if it takes longer than `seconds`."""
    out = {}
    worker = threading.Thread(target=lambda: out.update(value=_catch(function, *args)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"{function.__name__} hung"
    return out["value"]


def _catch(function, *args):
    try:
        return function(*args)
    except Exception as exc:  # noqa: BLE001 - returned for the assertion
        return exc


def test_a_named_pipe_is_refused_at_once(tmp_path):
    fifo = tmp_path / "scan.png"
    os.mkfifo(fifo)
    found = _within(5, loader.load, fifo)
    assert isinstance(found, loader.ImageError) and "named pipe" in str(found)


def test_a_link_to_a_device_says_what_it_is(tmp_path):
    link = tmp_path / "scan.jpg"
    link.symlink_to("/dev/zero")
    found = _within(5, loader.load, link)
    assert isinstance(found, loader.ImageError) and "a device" in str(found)
    (tmp_path / "gone.jpg").symlink_to(tmp_path / "nothing.jpg")
    assert "a link to nothing" in str(_catch(loader.load, tmp_path / "gone.jpg"))


def test_a_file_past_the_size_cap_is_refused_without_being_read(tmp_path):
    big = tmp_path / "huge.jpg"
    with open(big, "wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.write(b"\xff\xd8\xff")
        handle.seek(2 * 2**30)
        handle.write(b"\xff\xd9")
    found = _within(5, loader.load, big)
    assert isinstance(found, loader.ImageError) and "too large" in str(found) and "MB" in str(found)


def test_a_many_page_tiff_is_read_within_the_pixel_budget(tmp_path):
    path = tmp_path / "fifty.tif"
    page = Image.new("L", (4000, 3000), 255)  # 12 Mpx each, 600 Mpx in all: 600 MB of grey if all were decoded
    page.save(path, save_all=True, append_images=[page] * 49, compression="tiff_deflate")
    assert path.stat().st_size < 10 * 2**20
    pages = loader.load(path)
    assert 1 <= len(pages) and sum(p.size for p in pages) <= loader.MAX_TOTAL_PIXELS
    assert len(loader.load(path, first_only=True)) == 1 and loader.count_pages(path.read_bytes()) == 50
    from desktop.reader import Reader

    reports = pipeline.examine_image(str(path), Reader())
    assert reports[-1].status == "error" and f"Pages {len(pages) + 1}–50" in reports[-1].checks[0].message



def test_a_corrupt_jpeg_that_still_ends_in_its_end_marker_is_called_damaged(tmp_path):
    data = _jpeg(tmp_path / "good.jpg")
    assert loader.load(tmp_path / "good.jpg")[0].shape == (600, 800)
    (tmp_path / "bad.jpg").write_bytes(data[:len(data) // 2] + b"\xff\xd9")
    with pytest.raises(loader.ImageError, match="damaged"):
        loader.load(tmp_path / "bad.jpg")
    report = pipeline.examine_image(str(tmp_path / "bad.jpg"), reader=None)[0]
    assert report.status == "error" and "damaged" in report.checks[0].message  # not "blurred", not "no MRZ"


def test_the_record_keeps_only_the_bytes_that_were_examined(tmp_path, monkeypatch):
    from desktop.reader import Reader
    from desktop.record import open_log

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    scan = tmp_path / "scan.jpg"
    examined = _jpeg(scan)
    report = pipeline.examine_image(str(scan), Reader(), dt.date(2010, 1, 1))[0]
    _jpeg(scan, 700, 900)  # replaced before it is recorded (a scanner overwriting scan.jpg)
    log = open_log(tmp_path / "log.sqlite", "ws1")
    e = log.record_examination(report, source_path=str(scan))
    import hashlib

    assert e.image is None and e.public["image_changed"]
    assert e.personal["image_sha256"] == hashlib.sha256(examined).hexdigest()  # the hash of what was examined
    assert log.verify().ok
    log.close()
