"""An unreadable page says why, in words the officer can act on (JSON `reason`, and the first finding)."""

import datetime as dt

import cv2
import numpy as np
import pytest

from desktop import pipeline
from desktop.paths import resource
from desktop.reader import diagnose, loader, verdict

SAMPLE = resource("samples", "utopia-td3.png")
DAY = dt.date(2010, 1, 1)


def examine(reader, page):
    return verdict.judge(reader.read(page), DAY)


def reason(report) -> str:
    assert report.status == "unreadable"
    first = report.checks[0]
    assert first.id == "reading.reason" and report.extra["reason"]["message"] == first.message
    return report.extra["reason"]["id"]


@pytest.fixture(scope="module")
def sample():
    return loader.load(SAMPLE)[0]


def test_a_shaken_photo_is_blurred(reader):
    (report,) = pipeline.examine_image(str(resource("samples", "utopia-td3-shaken.png")), reader, DAY)
    assert reason(report) == "blurred" and "blurred" in report.checks[0].message
    assert report.to_dict()["diagnosis"]["blur_px"] > diagnose.BLUR_PX


def test_a_thumbnail_is_too_small(reader, sample):
    tiny = cv2.resize(sample, (200, 141), interpolation=cv2.INTER_AREA)
    report = examine(reader, tiny)
    assert reason(report) in ("image_small", "too_small")
    assert "too small" in report.checks[0].message


def test_a_zone_cut_off_at_the_edge_says_which_edge(reader, sample):
    reading = reader.read(sample)
    right = int(max(x for x, _ in reading.quad))
    cut = np.ascontiguousarray(sample[:, : right - 60])  # the last two characters of each line are gone
    report = examine(reader, cut)
    assert reason(report) == "edge" and "right edge" in report.checks[0].message


def test_a_page_without_an_mrz_says_none_was_found(reader):
    page = np.full((1000, 1400), 235, np.uint8)
    cv2.putText(page, "A LETTER, NOT A PASSPORT", (100, 300), cv2.FONT_HERSHEY_SIMPLEX, 2, 20, 4)
    assert reason(examine(reader, page)) == "no_mrz"


def test_glare_over_a_line_names_the_line(reader, sample):
    reading = reader.read(sample)
    (x0, y0), (x1, y1) = reading.chars[1][22].box[0], reading.chars[1][22].box[2]
    yy, xx = np.mgrid[0:sample.shape[0], 0:sample.shape[1]]
    spot = np.exp(-((xx - (x0 + x1) / 2) ** 2 + (yy - (y0 + y1) / 2) ** 2) / (2 * 60.0 ** 2))
    glared = (sample + (255 - sample) * 0.95 * spot).astype(np.uint8)  # a flash's reflection on line 2
    report = examine(reader, glared)
    assert reason(report) == "glare" and report.checks[0].params["line"] == 2
    assert "line 2" in report.checks[0].message


def test_a_clean_page_has_no_reason(reader, sample):
    report = examine(reader, sample)
    assert report.status == "pass" and "reason" not in report.extra


def test_a_line_of_thin_fillers_is_not_glare():
    """Issue 21: a sharp page reported as "glare over line 1" — its cells of thin '<' chevrons ink under 5% of
    their area. Cells of fine, dark chevrons are not washed out."""
    from desktop.reader import diagnose

    grey = np.full((60, 44 * 20), 235, np.uint8)
    boxes = []
    for i in range(44):
        x = 20 * i
        if i < 30:
            grey[15:45, x + 5:x + 15] = 20  # the line's characters, then its fillers
        else:
            cv2.line(grey, (x + 14, 20), (x + 6, 30), 30, 1)  # '<' drawn one pixel thin
            cv2.line(grey, (x + 6, 30), (x + 14, 40), 30, 1)
        boxes.append(((x, 10), (x + 20, 10), (x + 20, 50), (x, 50)))

    class Cell:
        def __init__(self, box):
            self.box = box

    assert diagnose._washed(grey, [Cell(b) for b in boxes]) < diagnose.GLARE_CELLS
