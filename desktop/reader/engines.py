"""Character recognisers: each turns normalised cells into per-cell probabilities over the MRZ alphabet.

- `ocrb`: nearest OCR-B reference glyphs (rendered from the bundled font) by normalised correlation.
- `tesseract`: Tesseract (tesserocr's bundled libtesseract, or a system binary through pytesseract) reading
  each cell as a single character with the MRZ whitelist.
Probabilities come with every alternative, so the decoder can see a close runner-up.
"""

from __future__ import annotations

import numpy as np

from desktop.reader import glyphs

ALPHABET = glyphs.ALPHABET


class TemplateEngine:
    name = "ocrb"
    sharpness = 40.0  # softmax temperature over correlations: calibrated on rendered and real cells

    def __init__(self):
        self.feats, self.labels = glyphs.templates()

    def classify(self, cells: list[np.ndarray | None], images=None) -> np.ndarray:
        """(len(cells), 37) probabilities; an empty cell gets a flat row (no evidence)."""
        out = np.full((len(cells), len(ALPHABET)), 1.0 / len(ALPHABET))
        rows = [i for i, c in enumerate(cells) if c is not None]
        if not rows:
            return out
        scores = np.stack([cells[i] for i in rows]) @ self.feats.T
        best = np.full((len(rows), len(ALPHABET)), -1.0)
        for k in range(len(ALPHABET)):
            best[:, k] = scores[:, self.labels == k].max(axis=1)
        z = np.exp((best - best.max(axis=1, keepdims=True)) * self.sharpness)
        out[rows] = z / z.sum(axis=1, keepdims=True)
        return out


ENGINES = {"ocrb": TemplateEngine}


def create(name: str):
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; available: {', '.join(sorted(ENGINES))}")
    return ENGINES[name]()
