"""VIZ cross-check benchmark (issue 13): the extra time per page, and the verdicts, with and without it.

Pages: every bundled specimen and its four trainer alterations (made afresh in a temporary folder), each
examined warm, once without and once with the printed data compared, in the same run.

    .venv/bin/python bench/read_viz.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import pipeline  # noqa: E402
from desktop.reader import Reader  # noqa: E402
from desktop.specimens import alter  # noqa: E402
from desktop.specimens.library import Library  # noqa: E402
from desktop.viz import VizReader  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    library, reader = Library("/nonexistent-user-folder"), Reader()
    viz = VizReader(library, reader)
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for specimen in library.specimens:
            pages.append((specimen, "genuine", specimen.image(), "pass"))
            for kind in alter.KINDS:
                altered = alter.make(specimen, kind, reader)
                pages.append((specimen, kind, alter.save(altered, Path(tmp)), altered.verdict))
        for specimen, _, path, _ in pages[:2]:  # warm: models, Tesseract, the specimens' MRZ corners
            pipeline.examine_image(str(path), reader, specimen.valid_on, viz)
        without, with_viz, right, rows = [], [], 0, []
        for specimen, kind, path, expected in pages:
            times = {False: [], True: []}
            for _ in range(args.repeat):
                for on in (False, True):
                    start = time.perf_counter()
                    report = pipeline.examine_image(str(path), reader, specimen.valid_on, viz if on else None)[0]
                    times[on].append((time.perf_counter() - start) * 1000)
            without.append(statistics.median(times[False]))
            with_viz.append(statistics.median(times[True]))
            right += report.status == expected
            failing = ", ".join(c.id for c in report.checks if c.id.startswith("viz.") and c.status == "fail")
            rows.append(f"| {specimen.id} | {kind} | {expected} | {report.status} | {failing or '-'} |")
    print("| specimen | page | expected | verdict | failing viz findings |\n|---|---|---|---|---|")
    print("\n".join(rows))
    extra = [b - a for a, b in zip(without, with_viz)]
    print(f"\npages {len(pages)}, verdicts as expected {right}/{len(pages)}; median ms per page without "
          f"{statistics.median(without):.0f}, with {statistics.median(with_viz):.0f}, extra "
          f"{statistics.median(extra):.0f} (p90 {sorted(extra)[int(0.9 * (len(extra) - 1))]:.0f})")


if __name__ == "__main__":
    main()
