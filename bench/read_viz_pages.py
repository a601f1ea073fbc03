"""VIZ cross-check on generated pages of other layouts (issue 22): genuine pages must never be accused, pages
whose MRZ holds another person's data must fail.

    .venv/bin/python bench/pagegen.py bench/out/viz22 --count 40 --seed 5 --kinds large typeface small \
        --substituted 0.5 --viz-variety
    .venv/bin/python bench/read_viz_pages.py bench/out/viz22

Counted over pages whose MRZ was read and judged (TD1 cards are drawn from the back, which prints no personal
data: left out): genuine pages with a `viz.*` fail (target 0), substituted
pages with a `viz.*` fail (target >= 90%) and those still shown as PASS (target 0), pages with at least one
printed field judged, and the extra time the check adds (its own clock, `viz_ms`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import pipeline  # noqa: E402
from desktop.reader import Reader  # noqa: E402
from desktop.specimens.library import Library  # noqa: E402
from desktop.viz import VizReader  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    reader = Reader()
    viz = VizReader(Library("/nonexistent-user-folder"), reader)
    rows = []
    for kind in sorted(p for p in args.folder.iterdir() if p.is_dir()):
        for line in (kind / "truth.jsonl").read_text().splitlines():
            item = json.loads(line)
            if item["format"] == "TD1":
                continue  # pagegen draws a card's back, where no printed data is to compare with
            report = pipeline.examine_image(str(kind / item["file"]), reader, None, viz)[0]
            if report.status not in ("pass", "fail") or list(report.mrz) != item["mrz"]:
                continue
            fails = [c.id for c in report.checks if c.id.startswith("viz.") and c.status == "fail"]
            judged = report.extra.get("viz_compared", 0)
            rows.append({"kind": kind.name, "file": item["file"], "substituted": item.get("substituted", False),
                         "tampered": item["tampered"], "status": report.status, "viz_fails": fails,
                         "judged": judged, "ms": report.extra.get("viz_ms", 0.0)})
    genuine = [r for r in rows if not r["substituted"]]
    swapped = [r for r in rows if r["substituted"]]
    accused = [r for r in genuine if r["viz_fails"]]
    caught = [r for r in swapped if r["viz_fails"]]
    shown_pass = [r for r in swapped if r["status"] == "pass"]
    times = [r["ms"] for r in rows]
    print(f"pages read and judged: {len(rows)} (genuine {len(genuine)}, substituted {len(swapped)})")
    print(f"genuine pages with a viz fail: {len(accused)}/{len(genuine)} {[(r['kind'], r['file'], r['viz_fails']) for r in accused]}")
    print(f"substituted pages caught by a viz fail: {len(caught)}/{len(swapped)}; still PASS: {len(shown_pass)}")
    for kind in sorted({r["kind"] for r in rows}):
        mine = [r for r in swapped if r["kind"] == kind]
        print(f"  {kind}: caught {sum(1 for r in mine if r['viz_fails'])}/{len(mine)}, genuine accused "
              f"{sum(1 for r in genuine if r['kind'] == kind and r['viz_fails'])}/"
              f"{sum(1 for r in genuine if r['kind'] == kind)}")
    print(f"pages with at least one printed field judged: {sum(1 for r in rows if r['judged'])}/{len(rows)}")
    if times:
        print(f"viz time per page: median {statistics.median(times):.0f} ms, "
              f"p90 {sorted(times)[int(0.9 * (len(times) - 1))]:.0f} ms")


if __name__ == "__main__":
    main()
