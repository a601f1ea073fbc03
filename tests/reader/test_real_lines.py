"""Regression over a fixed set of real MRZ line crops held out from training (tests/data/mrz-lines, BSD-3).

The set is the first 60 held-out lines (by name, tools/cells.py's split) whose ground truth is clean (its
stated rule), copied into the repository so that a bare clone runs it. The exact count is the measured
figure for the bundled model: a drop is a regression, a rise is welcome (update the number with the model).
"""

from pathlib import Path

import numpy as np
from PIL import Image

from desktop.reader import Reader
from tools.cells import line_truth

LINES = Path(__file__).resolve().parents[1] / "data" / "mrz-lines"
EXPECTED_EXACT = 56  # measured for resources/models/mrz-cells.onnx (2026-12-04 retrain: 56 here, 1069/1086 on the full held-out set)


def held_out():
    return [(path, line_truth(path)) for path in sorted(LINES.glob("*.tif"))]


def test_real_held_out_lines_regression():
    reader = Reader("mrznet")
    lines = held_out()
    assert len(lines) == 60 and all(truth for _, truth in lines)
    exact = sum(reader.read_line(np.asarray(Image.open(p).convert("L")))[0] == t for p, t in lines)
    assert exact == EXPECTED_EXACT
