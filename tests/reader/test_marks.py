"""Marks over the MRZ (issue 21): a red box someone drew round the zone, a coloured stamp crossing it, a dark
stamp crossing it. Coloured print is dropped out (as in the near infrared, where the MRZ is meant to be read)
so the page reads exactly; a dark mark that cannot be dropped makes the characters under it unsure, and the
page unreadable with that reason — never a wrong pass, never a genuine document failed."""

import datetime as dt

import cv2
import numpy as np
import pytest

from desktop import pipeline
from desktop.reader import loader, segment

UTOPIA_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
ZONE = (115, 665, 1177, 759)  # the MRZ's box on tests/data/pages/passport-td3.png
DAY = dt.date(2010, 1, 1)


def marked_page(utopia_pages, stamp_bgr, box=True) -> np.ndarray:
    """The Utopia page with a stamp (ring and word) crossing the MRZ, its ink multiplying the print under it
    as ink does, a red box drawn round the zone, turned a quarter (the held-out page that read as garbage)."""
    image = cv2.imread(str(utopia_pages / "passport-td3.png"), cv2.IMREAD_COLOR).astype(np.float32)
    x0, y0, x1, y1 = ZONE
    layer = np.zeros(image.shape[:2], np.uint8)
    centre = (int(x0 + 0.6 * (x1 - x0)), (y0 + y1) // 2)
    cv2.circle(layer, centre, int(1.3 * (y1 - y0)), 255, 6)
    cv2.putText(layer, "ENTRY", (centre[0] - 50, centre[1] + 10), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 255, 2)
    alpha = (layer.astype(np.float32) / 255 * 0.8)[..., None]
    image = np.clip(image * (1 - alpha) + image * np.array(stamp_bgr, np.float32) / 255 * alpha, 0, 255)
    image = image.astype(np.uint8)
    if box:
        cv2.rectangle(image, (x0 - 14, y0 - 14), (x1 + 14, y1 + 14), (30, 30, 220), 5)
    return np.ascontiguousarray(np.rot90(image))


def test_a_red_box_and_a_blue_stamp_over_the_mrz_are_dropped_and_the_page_reads(reader, utopia_pages, tmp_path):
    path = tmp_path / "marked.png"
    cv2.imwrite(str(path), marked_page(utopia_pages, (200, 60, 40)))
    (report,) = pipeline.examine_image(str(path), reader, DAY)
    assert list(report.mrz) == UTOPIA_TD3 and report.status == "pass"
    # the grey page alone (before the dropout) does not read: the box's edges join the lines
    grey = loader.decode(path.read_bytes())[0]
    assert reader.read(grey).lines != UTOPIA_TD3


def test_a_pasted_colour_image_is_dropped_out_too(reader, utopia_pages):
    bgr = marked_page(utopia_pages, (200, 60, 40))
    rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    report = pipeline.examine_array(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), reader, DAY, "pasted", rgb=rgb)
    assert list(report.mrz) == UTOPIA_TD3 and report.status == "pass"


def test_a_dark_stamp_crossing_the_mrz_is_found_and_never_judged_on_a_guess(reader, utopia_pages, tmp_path):
    """A ring that cannot be dropped bridges the lines (once, the zone was not found at all): the zone is found,
    and the characters the ring makes unsure keep the page from a verdict rather than failing a genuine one."""
    path = tmp_path / "stamped.png"
    cv2.imwrite(str(path), marked_page(utopia_pages, (60, 60, 60), box=False))
    (report,) = pipeline.examine_image(str(path), reader, DAY)
    assert report.mrz[0] == UTOPIA_TD3[0]  # the zone is found, not some other text
    assert report.status in ("pass", "unreadable") and (report.status != "pass" or list(report.mrz) == UTOPIA_TD3)
    # every character read wrong is one the reader said it was unsure of
    unsure = {(c.span[0], c.span[1]) for c in report.checks if c.id == "reading.uncertain"}
    wrong = {(li, col) for li, (a, b) in enumerate(zip(report.mrz, UTOPIA_TD3)) for col in range(len(b)) if a[col] != b[col]}
    assert wrong <= unsure


def line_image(stroke: bool) -> np.ndarray:
    """A line of 30 OCR-B-like blobs (bright ink on dark), with a dark stroke across characters 10-13."""
    image = np.zeros((60, 30 * 20 + 20), np.uint8)
    for i in range(30):
        cv2.rectangle(image, (14 + 20 * i, 15), (24 + 20 * i, 45), 255, 2)
    if stroke:
        cv2.line(image, (214, 30), (285, 32), 255, 3)
    return image


@pytest.mark.parametrize("stroke", [False, True])
def test_a_stroke_joining_characters_marks_exactly_the_cells_it_crosses(stroke):
    image = line_image(stroke)
    line = segment.cells(image, 30)
    assert line is not None
    marks = segment.marked(image, line)
    assert marks == ({10, 11, 12, 13} if stroke else set())


@pytest.mark.parametrize("seed", [7, 13])
def test_a_phone_photo_of_a_booklet_turned_past_20_degrees_is_read(reader, seed):
    """Small, dotted MRZ lines turned 20 degrees or more no longer close up into lines for the locator: when
    nothing reads settled, the page is looked at turned 20 degrees either way (pagegen's `phone` kind: an open
    booklet on a table, a screen's bars around it)."""
    import random

    from bench import pagegen
    from desktop import reader as reading

    page = pagegen.make(random.Random(seed), "TD3", "phone", False)
    grey = cv2.cvtColor(page.image, cv2.COLOR_BGR2GRAY)
    got = reader.read(grey)
    assert got.lines == page.mrz and abs(got.skew) > 15
    original = reading.TILTS
    reading.TILTS = ()
    try:
        assert reader.read(grey).lines != page.mrz  # without the last look, this page was not found
    finally:
        reading.TILTS = original
