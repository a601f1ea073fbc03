"""Line-level accuracy on the held-out part of ../shared/data/mrz-lines (split by source prefix, as in training).

    .venv/bin/python bench/read_lines.py [--engines mrznet,template,tesseract] [--limit N]

Noisy ground truth is excluded by a stated rule (tools/cells.py line_truth): lines not 30, 36 or 44 long,
or holding characters outside A-Z 0-9 <. Lines are read as `docexam check --line` reads them: a lone line
does not say which line of which format it is, so it is decoded in its most probable line role.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.reader import Reader  # noqa: E402
from tools.cells import LINES, is_test, line_truth, require_lines  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="mrznet,template,tesseract")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    require_lines()
    held_out = [(p, line_truth(p)) for p in sorted(LINES.glob("*.tif")) if is_test(p)]
    noisy = sum(1 for _, t in held_out if t is None)
    lines = [(p, t) for p, t in held_out if t is not None][: args.limit or None]
    print(f"held-out lines: {len(held_out)}; excluded as noisy ground truth: {noisy}; read: {len(lines)}")
    print("| engine | exact lines | character accuracy | median ms/line |\n|---|---|---|---|")
    for name in args.engines.split(","):
        reader = Reader(name)
        exact, same, total, times = 0, 0, 0, []
        for path, truth in lines:
            grey = np.asarray(Image.open(path).convert("L"))
            start = time.perf_counter()
            text, _ = reader.read_line(grey)
            times.append((time.perf_counter() - start) * 1000)
            exact += text == truth
            same += sum(a == b for a, b in zip(text, truth)) if len(text) == len(truth) else 0
            total += len(truth)
        print(f"| {name} | {exact}/{len(lines)} ({100 * exact / len(lines):.2f}%) | {100 * same / total:.2f}% | "
              f"{statistics.median(times):.1f} |")


if __name__ == "__main__":
    main()
