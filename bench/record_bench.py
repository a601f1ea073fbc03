"""Benchmark of the examination record (by hand; figures go in docs/benchmarks.md).

    .venv/bin/python bench/record_bench.py [--entries 100000] [--push 10000]

Writes N examinations into a new SQLite log as the window does (one committed, fully synced transaction per
examination, with the full report JSON of a real reading: 17 KB before compression), then the same N in
batches (an import); times `log stats` and `log verify` over them; then pushes M entries to a real local
PostgreSQL server (fsync on) started for the run, and pushes again (nothing new: idempotent).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop import pipeline  # noqa: E402
from desktop.paths import resource  # noqa: E402
from desktop.record import open_log, stats  # noqa: E402
from desktop.record.push import push  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--push", type=int, default=10_000)
    args = parser.parse_args()
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="docexam-bench-data-")
    from desktop.reader import Reader

    reader = Reader()
    report = pipeline.examine_image(str(resource("samples", "utopia-td3-tampered.png")), reader,
                                    dt.date(2010, 1, 1))[0]
    size = len(report.to_json())
    folder = Path(tempfile.mkdtemp(prefix="docexam-bench-log-"))
    print(f"report JSON {size / 1000:.1f} KB; {args.entries} entries; log in {folder}")

    log = open_log(folder / "each.sqlite", "bench")
    start = time.perf_counter()
    for i in range(args.entries):
        log.record_examination(report, officer="bench", store_image=False)
    each = time.perf_counter() - start
    print(f"write, one synced transaction per examination: {each:.1f} s ({each / args.entries * 1000:.2f} ms each)")
    start = time.perf_counter()
    summary = stats.summarise(log)
    print(f"log stats over {summary['examinations']}: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    checked = log.verify()
    print(f"log verify over {checked.checked}: {time.perf_counter() - start:.1f} s, ok={checked.ok}")
    print(f"log file: {(folder / 'each.sqlite').stat().st_size / 1e6:.0f} MB")
    log.close()

    batch = open_log(folder / "batch.sqlite", "bench")
    from desktop.record.log import Log  # noqa: F401 - the same code path as an import

    sample = next(open_log(folder / "each.sqlite", "bench").entries())
    start = time.perf_counter()
    for offset in range(0, args.entries, 5000):
        batch.append_many([("examination", dict(sample.public), dict(sample.personal))
                           for _ in range(min(5000, args.entries - offset))])
    print(f"write in batches of 5000: {time.perf_counter() - start:.1f} s")

    from tools.pgserver import PostgresServer

    local = open_log(folder / "push.sqlite", "bench-push")
    local.append_many([("examination", dict(sample.public), dict(sample.personal)) for _ in range(args.push)])
    with PostgresServer(fsync=True) as server:
        central = open_log(server.new_database(), "unit")
        start = time.perf_counter()
        result = push(local, central)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = push(local, central)
        second = time.perf_counter() - start
        print(f"push {result.sent} entries to PostgreSQL (fsync on): {first:.1f} s; again: {again.sent} sent in "
              f"{second:.1f} s")
        start = time.perf_counter()
        summary = stats.summarise(central)
        print(f"log stats on PostgreSQL over {summary['examinations']}: {time.perf_counter() - start:.2f} s")
        central.close()


if __name__ == "__main__":
    main()
