"""Startup of the frozen GUI: wall time from launching `dist/docexam/docexam gui --screenshot OUT.png` to its
exit, on a real X display (Xvfb started here when there is none), with no Tesseract and no Python on PATH.

    python bench/startup.py [--runs 5] [--exe dist/docexam/docexam]

The figure is an upper bound for "launch to shown window": it includes the 300 ms the screenshot mode waits
after showing the window, the grab and the shutdown. The first run is cold (files not yet in the page cache).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--exe", default="dist/docexam/docexam")
    args = parser.parse_args()
    exe = str(Path(args.exe).resolve())
    xvfb = None
    env = {"HOME": os.environ.get("HOME", "/root"), "LANG": "C.UTF-8", "PATH": tempfile.mkdtemp()}
    if os.environ.get("DISPLAY"):
        env["DISPLAY"] = os.environ["DISPLAY"]
    else:
        xvfb = subprocess.Popen([shutil.which("Xvfb") or "Xvfb", ":97", "-screen", "0", "1920x1080x24"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        env["DISPLAY"] = ":97"
        time.sleep(1.0)
    times = []
    try:
        for run in range(args.runs):
            out = Path(tempfile.mkdtemp()) / "shot.png"
            start = time.perf_counter()
            done = subprocess.run([exe, "gui", "--screenshot", str(out)], env=env, capture_output=True, text=True,
                                  timeout=60)
            times.append(time.perf_counter() - start)
            if done.returncode != 0 or not out.is_file():
                raise SystemExit(f"run {run + 1} failed ({done.returncode}): {done.stderr[-500:]}")
            print(f"run {run + 1}: {times[-1]:.2f} s (platform xcb, screenshot {out.stat().st_size} bytes)")
    finally:
        if xvfb:
            xvfb.terminate()
    print(f"median {statistics.median(times):.2f} s, first (cold) {times[0]:.2f} s, max {max(times):.2f} s")


if __name__ == "__main__":
    main()
