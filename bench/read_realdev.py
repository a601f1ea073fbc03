"""Real documents nobody here drew (../shared/data/realdev, hand-made truth; never trained on): for each page,
exact / flagged unreadable / WRONG (read differently and not flagged) — the honesty line an officer relies on —
as the page is and turned 90°, side by side with PassportEye in the same run.

    .venv-bench/bin/python bench/read_realdev.py [--realdev ../shared/data/realdev] [--passporteye]

A page whose printed MRZ is not ICAO-conformant (the Austrian id_fail) counts as read when the reader returns
it exactly (and it fails) or flags it; the French CNI (2x36, not TD2) likewise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import pipeline  # noqa: E402
from desktop.reader import Reader  # noqa: E402

TODAY = dt.date(2010, 1, 1)  # the verdict's dates do not matter here: only what was read


def ours(reader):
    def run(path: Path):
        report = pipeline.examine_image(str(path), reader, TODAY)[0]
        return list(report.mrz), report.status

    return run


def outcome(got: list[str], status: str, truth: list[str]) -> str:
    """exact: read right and judged; flagged: unreadable (even if the text happened to be right); WRONG: read
    wrong and judged (pass or fail) — what must never happen."""
    if status in ("unreadable", "error"):
        return "flagged"
    return "exact" if got == truth else "WRONG"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--realdev", type=Path, default=ROOT.parent / "shared" / "data" / "realdev")
    parser.add_argument("--passporteye", action="store_true")
    args = parser.parse_args()
    truth = [json.loads(line) for line in (args.realdev / "truth.jsonl").read_text().splitlines() if line.strip()]
    readers = {"docexam": ours(Reader())}
    if args.passporteye:
        from bench.read_pages import passporteye

        readers["PassportEye"] = passporteye()
    totals = {name: {"exact": 0, "flagged": 0, "WRONG": 0, "ms": []} for name in readers}
    print("| file | capture | " + " | ".join(readers) + " |")
    print("|---|---|" + "---|" * len(readers))
    with tempfile.TemporaryDirectory() as tmp:
        for item in truth:
            path = args.realdev / item["file"]
            image = cv2.imread(str(path), cv2.IMREAD_COLOR)
            for capture in ("as is", "turned 90"):
                target = path
                if capture != "as is":
                    target = Path(tmp) / (path.stem + "-r90.png")
                    cv2.imwrite(str(target), np.ascontiguousarray(np.rot90(image)))
                cells = [item["file"], capture]
                for name, run in readers.items():
                    start = time.perf_counter()
                    got, status = run(target)
                    totals[name]["ms"].append((time.perf_counter() - start) * 1000)
                    result = outcome(got, status, item["mrz"])
                    totals[name][result] += 1
                    cells.append(f"{result} ({status})" + ("" if result != "WRONG" else f": {' / '.join(got)}"))
                print("| " + " | ".join(cells) + " |")
    for name, t in totals.items():
        n = t["exact"] + t["flagged"] + t["WRONG"]
        print(f"\n{name}: exact {t['exact']}/{n}, flagged {t['flagged']}, WRONG {t['WRONG']}; "
              f"median {statistics.median(t['ms']):.0f} ms, max {max(t['ms']):.0f} ms")


if __name__ == "__main__":
    main()
