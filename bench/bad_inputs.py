"""The bad-input batch of issue 23: every hostile file at once through `docexam check`, with the peak memory
(RSS) of the process and its exit, so that no input can crash, hang or exhaust the tool.

    .venv/bin/python bench/bad_inputs.py [--keep DIR] [--docexam "python -m desktop.cli"]

Makes, in a temporary folder: a 50-page TIFF (12 Mpx a page, 5 MB compressed), a 2 GB sparse "JPEG", a JPEG
cut in half that still ends in its end marker, a PNG decompression bomb (1 MB holding 144 Mpx), a 144-Mpx JPEG,
a truncated PNG, random bytes named .png, an empty file, a named pipe, and a link to /dev/zero. Prints one line
per file (the verdict, the message) and the peak RSS of the whole run (the child process's ru_maxrss).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make(folder: Path) -> list[Path]:
    import cv2
    import numpy as np
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    page = Image.new("L", (4000, 3000), 255)
    page.save(folder / "fifty-pages.tif", save_all=True, append_images=[page] * 49, compression="tiff_deflate")
    with open(folder / "sparse-2gb.jpg", "wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.seek(2 * 2**30)
        handle.write(b"\xff\xd9")
    rng = np.random.default_rng(0)
    scan = rng.integers(150, 255, (1200, 1600)).astype(np.uint8)
    data = cv2.imencode(".jpg", scan, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes()
    (folder / "corrupt-ends-ffd9.jpg").write_bytes(data[:len(data) // 2] + b"\xff\xd9")
    Image.new("1", (12000, 12000), 1).save(folder / "bomb-144mpx.png", optimize=True)
    big = np.full((12000, 12000), 255, np.uint8)
    cv2.imwrite(str(folder / "huge-144mpx.jpg"), big, [cv2.IMWRITE_JPEG_QUALITY, 50])
    del big
    png = cv2.imencode(".png", scan)[1].tobytes()
    (folder / "truncated.png").write_bytes(png[:len(png) // 3])
    (folder / "random.png").write_bytes(os.urandom(200_000))
    (folder / "empty.png").write_bytes(b"")
    os.mkfifo(folder / "pipe.png")
    (folder / "zero.jpg").symlink_to("/dev/zero")
    return sorted(folder.iterdir())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="make the files here and keep them")
    parser.add_argument("--docexam", default=f"{sys.executable} -m desktop",
                        help="the command to run (e.g. the frozen bundle's path)")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--without", nargs="*", default=[], metavar="NAME",
                        help="leave these files out (the named pipe hangs versions before issue 23)")
    parser.add_argument("--root", default=str(ROOT), help="the checkout to run (another commit's, for a before)")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="docexam-bad-"))
    files = [f for f in make(folder / "batch") if f.name not in args.without]
    start = time.perf_counter()
    run = subprocess.run([*shlex.split(args.docexam), "check", "--json", "--no-viz", *map(str, files)],
                         capture_output=True, text=True, timeout=args.timeout, cwd=args.root)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kB on Linux
    import json

    for line in run.stdout.splitlines():
        try:
            report = json.loads(line)
        except ValueError:
            continue
        message = report["checks"][0]["message"] if report.get("checks") else ""
        print(f"{Path(report.get('source') or '?').name:<24} {report['status']:<11} {message[:90]}")
    tracebacks = run.stderr.count("Traceback")
    print(f"\nexit {run.returncode}, {elapsed:.1f} s, peak RSS {peak:.0f} MB, tracebacks {tracebacks}")
    return 0 if tracebacks == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
