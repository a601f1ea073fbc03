"""Reading benchmark: our reader(s) and PassportEye side by side on the same generated pages, in one run.

    .venv/bin/python bench/pagegen.py bench/out/pages --count 40 --seed 1
    .venv/bin/python bench/read_pages.py bench/out/pages [--engines ocrb] [--passporteye]

Per kind: exact full-MRZ rate, character accuracy, median and p95 ms per page, and for tampered pages how
many come out `fail` (caught). Our status `unreadable` on a tampered page counts as not caught.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from desktop import pipeline
from desktop.reader import Reader


def char_accuracy(truth: list[str], got: list[str]) -> float:
    total = sum(len(t) for t in truth)
    if len(got) != len(truth):
        return 0.0
    same = sum(a == b for t, g in zip(truth, got) for a, b in zip(t, g.ljust(len(t))[:len(t)]))
    return same / total


def ours(engine: str):
    reader = Reader(engine)

    def run(path: Path):
        report = pipeline.examine_image(str(path), reader)[0]
        return list(report.mrz), report.status

    return run


def passporteye():
    from passporteye import read_mrz

    def run(path: Path):
        try:
            mrz = read_mrz(str(path))
        except Exception:  # PassportEye 2.2.2 raises KeyError('method') on some pages
            return [], "error"
        if mrz is None:
            return [], "unreadable"
        lines = mrz.aux.get("text", "").split("\n")
        return [line for line in lines if line], "pass" if mrz.valid else "fail"

    return run


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def bench(folder: Path, name: str, run) -> dict:
    rows, every = {}, []
    for kind_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        truth = [json.loads(line) for line in (kind_dir / "truth.jsonl").read_text().splitlines()]
        exact, judged, chars, times, tampered, caught, statuses = 0, 0, [], [], 0, 0, {}
        wrong_passed = genuine_failed = 0
        for item in truth:
            start = time.perf_counter()
            lines, status = run(kind_dir / item["file"])
            times.append((time.perf_counter() - start) * 1000)
            exact += lines == item["mrz"]
            judged += lines == item["mrz"] and status in ("pass", "fail")  # read: exact and judged
            chars.append(char_accuracy(item["mrz"], lines))
            statuses[status] = statuses.get(status, 0) + 1
            wrong_passed += lines != item["mrz"] and status == "pass"  # the honesty line: never both
            genuine_failed += not item["tampered"] and status == "fail"
            if item["tampered"]:
                tampered += 1
                caught += status == "fail"
        every += times
        rows[kind_dir.name] = {"pages": len(truth), "exact": exact, "judged": judged, "chars": statistics.mean(chars),
                               "median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
                               "tampered": tampered, "caught": caught, "statuses": statuses,
                               "wrong_passed": wrong_passed, "genuine_failed": genuine_failed}
    return {"reader": name, "kinds": rows, "median_ms": statistics.median(every),
            "p95_ms": percentile(every, 0.95)}


def table(results: list[dict]) -> str:
    """*read* = exact and judged (pass or fail): what an officer gets; *exact* counts right text even when it was
    flagged unreadable."""
    out = ["| reader | kind | pages | read (exact, judged) | exact text | char accuracy | median ms | p95 ms | "
           "tampered caught | wrong & passed | genuine failed | statuses |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for result in results:
        totals = {"pages": 0, "exact": 0, "judged": 0, "tampered": 0, "caught": 0, "wrong_passed": 0,
                  "genuine_failed": 0}
        for kind, r in result["kinds"].items():
            for key in totals:
                totals[key] += r[key]
            out.append(f"| {result['reader']} | {kind} | {r['pages']} | {r['judged']}/{r['pages']} "
                       f"({100 * r['judged'] / r['pages']:.0f}%) | {r['exact']} | {100 * r['chars']:.1f}% | "
                       f"{r['median_ms']:.0f} | {r['p95_ms']:.0f} | {r['caught']}/{r['tampered']} | "
                       f"{r['wrong_passed']} | {r['genuine_failed']} | "
                       f"{', '.join(f'{k} {v}' for k, v in sorted(r['statuses'].items()))} |")
        out.append(f"| {result['reader']} | **all** | {totals['pages']} | {totals['judged']}/{totals['pages']} "
                   f"(**{100 * totals['judged'] / totals['pages']:.1f}%**) | {totals['exact']} | | "
                   f"{result['median_ms']:.0f} | {result['p95_ms']:.0f} | "
                   f"{totals['caught']}/{totals['tampered']} | {totals['wrong_passed']} | {totals['genuine_failed']} | |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--engines", default="template", help="comma-separated engines of ours")
    parser.add_argument("--passporteye", action="store_true", help="also run PassportEye (pip install passporteye)")
    args = parser.parse_args()
    results = [bench(args.folder, f"docexam ({e})", ours(e)) for e in args.engines.split(",")]
    if args.passporteye:
        results.append(bench(args.folder, "PassportEye 2.2.2", passporteye()))
    print(table(results))


if __name__ == "__main__":
    main()
