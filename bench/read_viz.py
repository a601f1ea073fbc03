"""VIZ cross-check benchmark (issue 13): the extra time per page, and the verdicts, with and without it.

Pages: every bundled specimen and its four trainer alterations (made afresh in a temporary folder): their
fields are found by the specimen's zones; and pages of layouts the library has no specimen of, whose fields are
found by their labels: the ICAO pages (tests/data/pages), the bundled sample page and generated pages of our
own (bench/out/dev/clean if present, as drawn by `bench/pagegen.py bench/out/dev --count 30 --seed 7`). Each is
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
        td3 = library.get("uto-td3")
        others = sorted((ROOT / "tests" / "data" / "pages").glob("*.*")) + [ROOT / "resources" / "samples" /
                                                                          "utopia-td3.png"]
        others += sorted((ROOT / "bench" / "out" / "dev" / "clean").glob("*.png"))[:10]
        pages += [(td3, "labels", path, None) for path in others if path.suffix in (".png", ".jpg")]
        for specimen, _, path, _ in pages[:2]:  # warm: models, Tesseract, the specimens' MRZ corners
            pipeline.examine_image(str(path), reader, specimen.valid_on, viz)
        without, with_viz, right, rows, by_source = [], [], 0, [], {}
        for specimen, kind, path, expected in pages:
            times = {False: [], True: []}
            for _ in range(args.repeat):
                for on in (False, True):
                    start = time.perf_counter()
                    report = pipeline.examine_image(str(path), reader, specimen.valid_on, viz if on else None)[0]
                    times[on].append((time.perf_counter() - start) * 1000)
            without.append(statistics.median(times[False]))
            with_viz.append(statistics.median(times[True]))
            source = report.extra.get("viz_source", "-")
            by_source.setdefault(source, []).append(with_viz[-1] - without[-1])
            if expected is None:  # no specimen: genuine pages, whose printed data must never fail them
                expected = "pass" if path.name != "utopia-td3.png" and "dev" not in path.parts else report.status
            right += report.status == expected
            failing = ", ".join(c.id for c in report.checks if c.id.startswith("viz.") and c.status == "fail")
            agreed = sum(c.status == "pass" for c in report.checks if c.id.startswith("viz."))
            name = specimen.id if kind != "labels" else path.name
            rows.append(f"| {name} | {kind} | {source} | {expected} | {report.status} | {agreed} | {failing or '-'} |")
    print("| specimen / file | page | fields found by | expected | verdict | viz pass | failing viz findings |\n"
          "|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    extra = [b - a for a, b in zip(without, with_viz)]
    print(f"\npages {len(pages)}, verdicts as expected {right}/{len(pages)}; median ms per page without "
          f"{statistics.median(without):.0f}, with {statistics.median(with_viz):.0f}, extra "
          f"{statistics.median(extra):.0f} (p90 {sorted(extra)[int(0.9 * (len(extra) - 1))]:.0f})")
    for source, values in sorted(by_source.items()):
        print(f"extra ms, fields found by {source}: median {statistics.median(values):.0f} over {len(values)} pages")


if __name__ == "__main__":
    main()
