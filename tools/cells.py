"""Build the recogniser's training and test cells (canvases as the reader sees them, with labels).

Sources:
  real   ../shared/data/mrz-lines (BSD-3, DoubangoTelecom): each line crop is cut into cells by our own
         segmenter; a line is used only if its ground truth is 30/36/44 long and the cut gives that many
         cells. Split by source prefix (md5 of the prefix: 1 in 5 prefixes is test), never by line.
  pages  pages from bench/pagegen.py (every kind, look-alike typefaces from pagegen.TRAIN_FACES, never the
         dev pages' DejaVu), read by our own reader; a page is used only if the reader found the truth's line
         count and lengths.
  glyphs the bundled OCR-B font rendered with the template variants.

    python tools/cells.py OUT.npz [--pages 400] [--seed 11]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import pagegen  # noqa: E402
from desktop.checks import formats  # noqa: E402
from desktop.reader import Reader, decode, glyphs, segment  # noqa: E402

LINES = ROOT.parent / "shared" / "data" / "mrz-lines"
ALPHABET = glyphs.ALPHABET


def require_lines() -> None:
    """Stop with what is missing and where to put it (not a traceback) when the bulk line set is absent."""
    if not any(LINES.glob("*.tif")):
        sys.exit(f"the real MRZ line set is missing: expected NAME.tif + NAME.gt.txt files in {LINES}\n"
                 "(the BSD-3 DoubangoTelecom crops that ../shared/data/mrz-lines holds beside this repository;\n"
                 "copy or link that folder there, then run this again)")


def prefix(path: Path) -> str:
    """Crops from one source image share the name before '-N.tif'."""
    return path.name.rsplit("-", 1)[0]


def is_test(path: Path) -> bool:
    return int(hashlib.md5(prefix(path).encode()).hexdigest(), 16) % 5 == 0


def _possible(truth: str) -> bool:
    """Whether some line role of this length (format, line number) admits every character of `truth` under
    Doc 9303's field types: a letter in a date or check digit, or a digit in a code, is a transcription
    error in the ground truth, not something a reader could be asked to reproduce."""
    for fmt in formats.FORMATS:
        if fmt.length == len(truth):
            for row in decode.allowed(fmt):
                if all(c in ok for c, ok in zip(truth, row)):
                    return True
    return False


def line_truth(path: Path) -> str | None:
    truth = path.with_suffix(".gt.txt").read_text(encoding="utf-8", errors="replace").strip()
    # Noisy ground truth (about 4% of lines) is left out by this stated rule, not by hand: a line must be
    # 30, 36 or 44 characters of A-Z 0-9 <, and possible under the field types of some line role.
    if len(truth) not in segment.LENGTHS or not set(truth) <= set(ALPHABET):
        return None
    return truth if _possible(truth) else None


def real_cells(test: bool) -> tuple[list[np.ndarray], list[int]]:
    cells, labels = [], []
    for path in sorted(LINES.glob("*.tif")):
        truth = line_truth(path)
        if truth is None or is_test(path) != test:
            continue
        bright = segment.ink(np.asarray(Image.open(path).convert("L")))
        line = segment.cells(bright, len(truth))
        if line is None:
            continue
        for (x0, t, x1, b), char in zip(line.boxes, truth):
            cell = glyphs.canvas(bright[max(0, t):b, max(0, x0):max(0, x1)])
            if cell is not None:
                cells.append(cell)
                labels.append(ALPHABET.index(char))
    return cells, labels


def page_cells(count: int, seed: int) -> tuple[list[np.ndarray], list[int]]:
    pagegen.TRAINING = True  # look-alike typefaces of other families than the dev pages' (pagegen.TRAIN_FACES)
    rng, reader = random.Random(seed), Reader("template")
    cells, labels = [], []
    for i in range(count):
        fmt = list(pagegen.SIZES)[i % len(pagegen.SIZES)]
        page = pagegen.make(rng, fmt, pagegen.KINDS[i % len(pagegen.KINDS)], tampered=False)
        grey = page.image if page.image.ndim == 2 else page.image.mean(axis=2).astype(np.uint8)
        got = reader.cells(grey)
        if not got or [len(r) for r in got] != [len(r) for r in page.mrz]:
            continue
        for row, truth in zip(got, page.mrz):
            for cell, char in zip(row, truth):
                if cell is not None:
                    cells.append(cell)
                    labels.append(ALPHABET.index(char))
    return cells, labels


def glyph_cells() -> tuple[list[np.ndarray], list[int]]:
    feats, labels = [], []
    for char in ALPHABET:
        ink = 255 - glyphs.render(char)
        feats.append(glyphs.canvas(ink))
        labels.append(ALPHABET.index(char))
    return feats, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    require_lines()
    train_real, train_real_y = real_cells(test=False)
    test_real, test_real_y = real_cells(test=True)
    pages, pages_y = page_cells(args.pages, args.seed)
    glyph, glyph_y = glyph_cells()
    np.savez_compressed(args.out, train_real=np.stack(train_real), train_real_y=np.array(train_real_y),
                        test_real=np.stack(test_real), test_real_y=np.array(test_real_y),
                        pages=np.stack(pages), pages_y=np.array(pages_y),
                        glyphs=np.stack(glyph), glyphs_y=np.array(glyph_y))
    print(f"real train {len(train_real)}, real test {len(test_real)}, page cells {len(pages)}, "
          f"glyphs {len(glyph)} -> {args.out}")


if __name__ == "__main__":
    main()
