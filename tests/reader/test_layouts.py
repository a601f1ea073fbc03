"""Layouts this repository did not draw (issue 11): the zone chosen among hypotheses, cells from its geometry.

Pages in the generator's third-party styles (bench/pagegen.py: guilloche bands, ornament bands and VIZ lines
close above the MRZ, wide and tight line spacing), and hand-made traps: an ornament beside line 2, a VIZ line
as long as the MRZ just above it.
"""

import random

import cv2
import numpy as np
import pytest

from bench import pagegen
from desktop import pipeline
from desktop.checks import compose
from desktop.reader import verdict

from tests.reader.conftest import grey, misread_and_sure

STYLE = {"band": False, "ornament": False, "viz_close": False, "spacing": 4.2, "stroke": 0, "width": 1.0,
         "bitmap": 1}


def styled(fmt: str, seed: int, **style) -> tuple[np.ndarray, list[str]]:
    rng = random.Random(seed)
    data = pagegen.random_data(rng, fmt)
    lines = compose.build(fmt, data)
    doc = pagegen.render_document(fmt, lines, data, rng, {**STYLE, **style})
    return grey(doc), lines


STYLES = [{"band": True, "ornament": True}, {"spacing": 5.6}, {"spacing": 3.6}, {"viz_close": True, "band": True},
          {"spacing": 7.5, "band": True}, {"spacing": 8.5}]


@pytest.mark.parametrize("style", STYLES, ids=["band+ornament", "wide", "tight", "viz-close+band",
                                               "a line height apart (visa)", "two line heights apart"])
def test_third_party_layouts_are_found_as_their_format_and_read(reader, style):
    """Every format in the style: the zone found as its own format every time, at least 4 of the 5 read
    exactly, and a character read wrong is never one the reader was sure of (flagged, so unreadable)."""
    exact = 0
    for fmt in ("TD3", "TD2", "MRVA", "MRVB", "TD1"):
        page, lines = styled(fmt, 3, **style)
        reading = reader.read(page)
        best = max(reading.hypotheses, key=lambda h: h.score)
        assert best.format == fmt and [len(x) for x in reading.lines] == [len(x) for x in lines]
        assert not misread_and_sure(reading, lines), (fmt, reading.lines)
        exact += reading.lines == lines
    assert exact >= 4


def test_the_hypotheses_tried_are_in_the_json(reader):
    page, lines = styled("TD3", 5, band=True, ornament=True)
    report = verdict.judge(reader.read(page), pipeline.dt.date(2026, 1, 1))
    locate = report.to_dict()["locate"]
    assert locate and {"format", "score"} <= set(locate[0])
    best = max(locate, key=lambda h: h["score"])
    assert best["format"] == "TD3" and list(report.mrz) == lines


def test_a_viz_line_as_long_as_the_mrz_above_it_is_not_read_as_a_third_line(reader):
    """The Belarusian/visa miss: a printed line of the VIZ, as long as the MRZ lines and as close, makes a
    3-line group; read as 3x30 it is implausible, and the 2x44 hypothesis below it wins."""
    page, lines = styled("TD3", 7)
    ys = np.flatnonzero((page < 100).sum(axis=1) > 0.5 * page.shape[1] * 0.3)
    top = int(ys.min()) if ys.size else int(page.shape[0] * 0.8)
    x0 = int((page.shape[1] - 44 * 2.54 * pagegen.MM) / 2)
    text = "REPUBLIC OF UTOPIA  MINISTRY OF FOREIGN AFFAIRS  HOLDER SIGNATURE"
    cv2.putText(page, text, (x0, top - int(1.5 * pagegen.MM)), cv2.FONT_HERSHEY_SIMPLEX, 1.05, 30, 3)
    reading = reader.read(page)
    assert reading.lines == lines


def test_an_ornament_beside_line_two_does_not_become_a_character(reader):
    page, lines = styled("TD3", 11)
    pitch = 2.54 * pagegen.MM
    left = (page.shape[1] - pitch * 44) / 2
    baseline = page.shape[0] - 5.0 * pagegen.MM
    cx, cy, r = int(left - 0.7 * pitch), int(baseline - 0.45 * pitch), int(0.35 * pitch)
    cv2.fillPoly(page, [np.array([[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]])], 25)
    reading = reader.read(page)
    assert reading.lines == lines
