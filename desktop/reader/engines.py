"""Character recognisers: each turns cell canvases into per-cell probabilities over the MRZ alphabet.

- `mrznet` (default): the CNN trained in this repository (tools/train_recogniser.py), run from its ONNX file
  with OpenCV's dnn module: no torch at run time.
- `template`: nearest OCR-B reference glyphs (rendered from the bundled font) by normalised correlation.
- `tesseract`: Tesseract reading the cells of a line laid out in wide slots, with the MRZ whitelist: in
  process through tesserocr (whose wheel bundles libtesseract) with the bundled `eng` model, or through
  pytesseract where a system Tesseract exists.
Probabilities come with every alternative, so the decoder can see a close runner-up.
"""

from __future__ import annotations

import json

import cv2
import numpy as np

from desktop.paths import resource
from desktop.reader import glyphs

ALPHABET = glyphs.ALPHABET


class TemplateEngine:
    name = "template"
    confident = None  # upside-down readings can score high: always compare both ways
    independent = True  # each cell is classified on its own, so all lines can go in one batch
    sharpness = 60.0  # softmax temperature over correlations (bench/read_pages.py: 40-60 best)

    def __init__(self):
        self.feats, self.labels = glyphs.templates()

    def classify(self, cells: list[np.ndarray | None]) -> np.ndarray:
        """(len(cells), 37) probabilities from cell canvases; an empty cell gets a flat row (no evidence)."""
        out = np.full((len(cells), len(ALPHABET)), 1.0 / len(ALPHABET))
        feats = [glyphs.features(c) for c in cells]
        rows = [i for i, f in enumerate(feats) if f is not None]
        if not rows:
            return out
        scores = np.stack([feats[i] for i in rows]) @ self.feats.T
        best = np.full((len(rows), len(ALPHABET)), -1.0)
        for k in range(len(ALPHABET)):
            best[:, k] = scores[:, self.labels == k].max(axis=1)
        z = np.exp((best - best.max(axis=1, keepdims=True)) * self.sharpness)
        out[rows] = z / z.sum(axis=1, keepdims=True)
        return out


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


class NetEngine:
    name = "mrznet"
    model = "mrz-cells.onnx"
    # A reading that forms an MRZ layout with a mean cell probability above this is taken without reading
    # the block upside down as well: on the 200 benchmark pages no upside-down reading scored above 0.655.
    confident = 0.9
    independent = True

    def __init__(self):
        path = resource("models", self.model)
        if not path.is_file():
            raise ValueError(f"the recogniser model is missing: {path}")
        meta = json.loads(path.with_suffix(".json").read_text())
        if meta["alphabet"] != ALPHABET or meta["input"] != [glyphs.SIZE, glyphs.SIZE]:
            raise ValueError(f"the recogniser model {path.name} does not match this program's cells")
        self.net = cv2.dnn.readNetFromONNX(str(path))

    def classify(self, cells: list[np.ndarray | None]) -> np.ndarray:
        out = np.full((len(cells), len(ALPHABET)), 1.0 / len(ALPHABET))
        rows = [i for i, c in enumerate(cells) if c is not None]
        if rows:
            self.net.setInput(np.stack([cells[i] for i in rows])[:, None].astype(np.float32))
            out[rows] = _softmax(self.net.forward().reshape(len(rows), len(ALPHABET)).astype(np.float64))
        return out


class TesseractEngine:
    """Tesseract over a strip of the line's cells, each in its own wide slot, so that no filler is lost."""

    name = "tesseract"
    slot, height = 64, 48
    confident = None

    def __init__(self):
        try:
            import tesserocr
        except ImportError:
            tesserocr = None
        if tesserocr is not None:
            self.api = tesserocr.PyTessBaseAPI(path=str(resource("tessdata")), lang="eng",
                                               psm=tesserocr.PSM.SINGLE_LINE)
            self.api.SetVariable("tessedit_char_whitelist", ALPHABET)
            self._tesserocr = tesserocr
            self.backend = "tesserocr, in process"
        else:
            import pytesseract  # a system Tesseract must be on PATH for this path

            pytesseract.get_tesseract_version()
            self.api, self._tesserocr = None, None
            self.backend = "pytesseract, system Tesseract"

    def _strip(self, cells: list[np.ndarray | None]) -> np.ndarray:
        strip = np.full((self.height + 32, self.slot * len(cells) + 32), 255, np.uint8)
        for i, cell in enumerate(cells):
            if cell is not None:
                glyph = cv2.resize(255 - (cell * 255).astype(np.uint8), (self.height, self.height))
                x = 16 + i * self.slot + (self.slot - self.height) // 2
                strip[16:16 + self.height, x:x + self.height] = glyph
        return strip

    def _symbols(self, strip: np.ndarray) -> list[tuple[str, float, float]]:
        """(char, confidence 0..1, centre x) of each symbol Tesseract reads in the strip."""
        from PIL import Image

        if self.api is None:
            import pytesseract

            config = f"--psm 7 -c tessedit_char_whitelist={ALPHABET}"
            boxes = pytesseract.image_to_boxes(Image.fromarray(strip), config=config)
            return [(b.split()[0], 0.9, (int(b.split()[1]) + int(b.split()[3])) / 2) for b in boxes.splitlines()]
        tess = self._tesserocr
        self.api.SetImage(Image.fromarray(strip))
        self.api.Recognize()
        found, it, level = [], self.api.GetIterator(), tess.RIL.SYMBOL
        while it is not None:
            text = it.GetUTF8Text(level)
            box = it.BoundingBox(level)
            if text and box:
                found.append((text, it.Confidence(level) / 100.0, (box[0] + box[2]) / 2))
            if not it.Next(level):
                break
        return found

    def classify(self, cells: list[np.ndarray | None]) -> np.ndarray:
        out = np.full((len(cells), len(ALPHABET)), 1.0 / len(ALPHABET))
        for char, conf, centre in self._symbols(self._strip(cells)):
            slot = int((centre - 16) // self.slot)
            if 0 <= slot < len(cells) and char in ALPHABET:
                conf = min(max(conf, 0.0), 0.99)
                out[slot] = (1 - conf) / (len(ALPHABET) - 1)
                out[slot, ALPHABET.index(char)] = conf
        return out


ENGINES = {"mrznet": NetEngine, "template": TemplateEngine, "tesseract": TesseractEngine}
DEFAULT = "mrznet"


def create(name: str):
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; available: {', '.join(ENGINES)}")
    return ENGINES[name]()
