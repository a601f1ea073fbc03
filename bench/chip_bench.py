"""Benchmark of reading a chip (by hand; figures go in docs/benchmarks.md).

    .venv/bin/python bench/chip_bench.py [--runs 5] [--face-kb 15]

A genuine emulated chip (virtualsmartcard's ePass behind a real pcscd + vpcd, as the tests start it) with a
face of about FACE_KB kilobytes (a real passport's DG2 is 12-25 KB), signed by a throwaway test PKI: the full
read (BAC, EF.COM, EF.SOD, DG1, DG2, DG11) and passive authentication, timed RUNS times. The same read from
the in-process soft chip separates our own cost from the emulator's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.chip import examine, pcsc, trust  # noqa: E402
from tests.chip import emulator, pki  # noqa: E402
from tests.chip.fixtures import TD3  # noqa: E402
from tests.chip.softchip import SoftChip  # noqa: E402


def face(kb: int) -> bytes:
    import cv2
    import numpy as np

    rng = np.random.default_rng(7)
    side = 120
    while True:  # grow a noisy portrait until its JPEG has the size asked for
        img = rng.integers(0, 255, (side * 4 // 3, side, 3), dtype=np.uint8)
        data = bytes(cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 75])[1])
        if len(data) >= kb * 1000:
            return data
        side += 10


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--face-kb", type=int, default=15)
    args = parser.parse_args()
    csca = pki.make_csca()
    signer = pki.make_signer(csca)
    files = pki.passport_files("".join(TD3), signer)
    image = face(args.face_kb)
    dg2 = pki.dg2(image)
    files[0x0102] = dg2
    groups = {1: files[0x0101], 2: dg2, 11: files[0x010B]}
    files[0x011D] = pki.sod(signer, groups)
    folder = Path(tempfile.mkdtemp(prefix="docexam-chip-bench-"))
    store = trust.Store(folder / "csca")
    store.add(csca.asn1)
    print(f"DG2 {len(dg2) / 1000:.1f} KB, SOD {len(files[0x011D]) / 1000:.1f} KB")
    soft = []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = examine.read_chip(SoftChip(files), TD3, store)
        soft.append(time.perf_counter() - start)
        assert result.status == "pass"
    print(f"soft chip (in process, no emulator): median {statistics.median(soft) * 1000:.0f} ms")
    with emulator.PCSCDaemon(folder / "pcscd") as daemon:
        library = emulator.patched_library(folder / "vicc")
        with emulator.EmulatedCard(daemon, library, files, folder / "card"):
            times, exchanges = [], 0
            for _ in range(args.runs):
                reader = pcsc.Reader()
                start = time.perf_counter()
                result = examine.read_chip(reader, TD3, store)
                times.append(time.perf_counter() - start)
                reader.close()
                assert result.status == "pass", [c.message for c in result.checks]
    print(f"emulated chip over PC/SC, full read + passive authentication: median {statistics.median(times):.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f}) over {args.runs} runs")


if __name__ == "__main__":
    main()
