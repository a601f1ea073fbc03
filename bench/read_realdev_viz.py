"""The printed-data check on the real documents of ../shared/data/realdev (issue 22): every page whose MRZ is
read exactly, examined with the VIZ compared; a `viz.*` fail there accuses a genuine traveller.

    .venv/bin/python bench/read_realdev_viz.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import pipeline  # noqa: E402
from desktop.reader import Reader  # noqa: E402
from desktop.specimens.library import Library  # noqa: E402
from desktop.viz import VizReader  # noqa: E402
from bench.read_realdev import TODAY  # noqa: E402


def main() -> None:
    folder = ROOT.parent / "shared" / "data" / "realdev"
    reader = Reader()
    viz = VizReader(Library("/nonexistent-user-folder"), reader)
    accused = judged = read = 0
    for line in (folder / "truth.jsonl").read_text().splitlines():
        item = json.loads(line)
        report = pipeline.examine_image(str(folder / item["file"]), reader, TODAY, viz)[0]
        if list(report.mrz) != item["mrz"] or report.status not in ("pass", "fail"):
            continue
        read += 1
        fails = [c.id for c in report.checks if c.id.startswith("viz.") and c.status == "fail"]
        accused += bool(fails)
        judged += bool(report.extra.get("viz_compared"))
        print(f"| {item['file']} | {report.extra.get('viz_source')} | {report.extra.get('viz_compared')} compared | "
              f"{', '.join(fails) or 'no viz fail'} |")
    print(f"\npages read exactly: {read}; a viz fail (a genuine traveller accused): {accused}; "
          f"at least one printed field judged: {judged}")


if __name__ == "__main__":
    main()
