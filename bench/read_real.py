"""Development set of real pages (issue 11): exact / miss per page, as the pages are and as others capture them.

The real specimen pages in ../shared/data/pages (not drawn by this repository), each read as it is and in the
captures that fail on other people's material: a small web copy (long side 400-600 px), a colour JPEG at
moderate quality, a quarter turn, and a 2400-px upscale (a large clean scan). Truth is the MRZ printed on the
page, listed below by file-name stem (the shared data README gives the same table).

    .venv/bin/python bench/read_real.py [--pages ../shared/data/pages] [--engine mrznet] [--passporteye]
"""

from __future__ import annotations

import argparse
import datetime as dt
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

TRUTH = {
    "passport-td3": ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"],
    "passport-td2": ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"],
}
SPECIMEN_DAY = dt.date(2010, 1, 1)  # the Utopia specimens expired in 2012
VARIANTS = {
    "as is": lambda img: img,
    "web 480 px": lambda img: _resize(img, 480),
    "web 400 px": lambda img: _resize(img, 400),
    "jpeg q60": lambda img: img,  # written at quality 60 below
    "turned 90": lambda img: np.ascontiguousarray(np.rot90(img)),
    "scan 2400 px": lambda img: _resize(img, 2400),
}


def _resize(img: np.ndarray, side: int) -> np.ndarray:
    scale = side / max(img.shape[:2])
    return cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def pages(folder: Path) -> list[tuple[Path, list[str]]]:
    return [(p, TRUTH[p.stem]) for p in sorted(folder.iterdir()) if p.stem in TRUTH and p.suffix in (".png", ".jpg")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=ROOT.parent / "shared" / "data" / "pages")
    parser.add_argument("--engine", default="mrznet")
    parser.add_argument("--passporteye", action="store_true", help="read the same files with PassportEye too")
    args = parser.parse_args()
    if not args.pages.is_dir():
        sys.exit(f"the real pages are missing: {args.pages} (../shared/data/pages beside this repository)")
    readers = {f"docexam ({args.engine})": _ours(Reader(args.engine))}
    if args.passporteye:
        from bench.read_pages import passporteye

        readers["PassportEye"] = passporteye()
    rows, totals = [], {name: [0, 0, []] for name in readers}
    with tempfile.TemporaryDirectory() as tmp:
        for path, truth in pages(args.pages):
            image = cv2.imread(str(path), cv2.IMREAD_COLOR)
            for variant, make in VARIANTS.items():
                out = Path(tmp) / f"{path.stem}-{variant.replace(' ', '_')}{'.jpg' if 'jpeg' in variant else path.suffix}"
                cv2.imwrite(str(out), make(image), [cv2.IMWRITE_JPEG_QUALITY, 60])
                cells = [path.name, variant]
                for name, run in readers.items():
                    start = time.perf_counter()
                    got, status = run(out)
                    totals[name][2].append((time.perf_counter() - start) * 1000)
                    exact = got == truth
                    totals[name][0] += exact
                    totals[name][1] += 1
                    cells.append(f"{'exact' if exact else 'miss'} ({status})")
                rows.append(cells)
    print("| page | capture | " + " | ".join(readers) + " |")
    print("|---|---|" + "---|" * len(readers))
    for cells in rows:
        print("| " + " | ".join(cells) + " |")
    print("| **all** | | " + " | ".join(f"**{e}/{n}** ({100 * e / n:.0f}%), median {statistics.median(t):.0f} ms"
                                     for e, n, t in totals.values()) + " |")


def _ours(reader):
    def run(path: Path):
        report = pipeline.examine_image(str(path), reader, SPECIMEN_DAY)[0]
        return list(report.mrz), report.status

    return run


if __name__ == "__main__":
    main()
