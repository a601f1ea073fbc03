"""Regression over a fixed set of real MRZ line crops held out from training (../shared/data/mrz-lines).

The set is the first 60 held-out lines (by name) whose ground truth is clean (tools/cells.py's stated rule).
The exact count is the measured figure for the bundled model: a drop is a regression, a rise is welcome
(update the number with the model).
"""

import numpy as np
from PIL import Image

from desktop.reader import Reader
from tools.cells import LINES, is_test, line_truth

EXPECTED_EXACT = 57  # measured for resources/models/mrz-cells.onnx (seed 1, 6 epochs, 2026-12-01 retrain)


def held_out(count=60):
    found = []
    for path in sorted(LINES.glob("*.tif")):
        truth = line_truth(path)
        if truth and is_test(path):
            found.append((path, truth))
        if len(found) == count:
            break
    return found


def test_real_held_out_lines_regression():
    reader = Reader("mrznet")
    lines = held_out()
    assert len(lines) == 60
    exact = sum(reader.read_line(np.asarray(Image.open(p).convert("L")))[0] == t for p, t in lines)
    assert exact == EXPECTED_EXACT
