"""Reading one printed VIZ value (a name, a date, a number) with Tesseract, in process and offline.

tesserocr's wheel carries libtesseract; the language data is bundled in resources/tessdata: `eng` for Latin
(with diacritics) and `mon` (Debian's tesseract-ocr-mon, Apache-2.0) for Cyrillic including Mongolian Ө and Ү.
A field's zone holds its small label above the value: the value is the tallest text row in it.
"""

from __future__ import annotations

import re
import threading

import cv2
import numpy as np

from desktop.paths import resource

LINE_PX = 48  # the value row is scaled to this height for Tesseract (it reads 30-50 px text best)
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def value_row(crop: np.ndarray) -> np.ndarray | None:
    """The tallest row of dark text in a field's zone (the value, not the label above it), with a margin."""
    if crop.size == 0 or crop.shape[0] < 6 or crop.shape[1] < 6:
        return None
    background = cv2.morphologyEx(crop, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    ink = cv2.subtract(background, crop)
    _, binary = cv2.threshold(ink, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if ink.max() < 40:
        return None
    sums = binary.sum(axis=1) / 255
    rows = np.flatnonzero(sums >= max(3.0, 0.05 * float(sums.max())))
    if rows.size == 0:
        return None
    runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    run = max(runs, key=len)
    margin = max(2, len(run) // 4)
    top, bottom = max(0, int(run[0]) - margin), min(crop.shape[0], int(run[-1]) + 1 + margin)
    # Along the row, the value runs from its first ink to the first gap wider than twice the text height
    # (the zone is widened to the right for longer values than the specimen's; what lies beyond is not this
    # field).
    cols = np.flatnonzero(binary[int(run[0]):int(run[-1]) + 1].any(axis=0))
    if cols.size == 0:
        return None
    gaps = np.flatnonzero(np.diff(cols) > 2 * len(run))
    left, right = int(cols[0]), int(cols[gaps[0]] if gaps.size else cols[-1]) + 1
    pad = len(run) // 2
    return crop[top:bottom, max(0, left - pad):min(crop.shape[1], right + pad)]


class FieldOcr:
    """One Tesseract engine per language set, created on first use and kept (about 30 ms each to start)."""

    def __init__(self):
        self._apis: dict[str, object] = {}
        # Tesseract releases the GIL while it recognises: one engine must never run in two threads at once
        # (two windows' workers, or a worker and the selftest, sharing one FieldOcr).
        self._lock = threading.Lock()
        try:
            import tesserocr

            self._tesserocr = tesserocr
        except ImportError:  # pragma: no cover - the wheel is a dependency of the reader
            self._tesserocr = None

    @property
    def available(self) -> bool:
        return self._tesserocr is not None and resource("tessdata", "eng.traineddata").is_file()

    def _api(self, lang: str):
        if lang not in self._apis:
            tess = self._tesserocr
            self._apis[lang] = tess.PyTessBaseAPI(path=str(resource("tessdata")), lang=lang,
                                                  psm=tess.PSM.SINGLE_LINE)
        return self._apis[lang]

    def read(self, row: np.ndarray, cyrillic: bool = True) -> tuple[str, float]:
        """(text, confidence 0-1) of one text row; Latin first, and where the field may be printed in Cyrillic
        (names, sex, nationality) also `mon+eng` when the row reads poorly as Latin (a bilingual 'ДОРЖ / DORZH'
        reads well there). Numbers and dates are printed in Latin and digits: Cyrillic look-alikes (В, О)
        must not creep in."""
        scale = LINE_PX / max(row.shape[0], 1)
        big = cv2.resize(row, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA)
        big = cv2.copyMakeBorder(big, 8, 8, 8, 8, cv2.BORDER_REPLICATE)
        best = self._read(big, "eng")
        if cyrillic and (best[1] < 0.75 or CYRILLIC.search(best[0])):
            other = self._read(big, "mon+eng")
            if other[1] > best[1]:
                best = other
        return best

    def _read(self, image: np.ndarray, lang: str) -> tuple[str, float]:
        from PIL import Image

        with self._lock:
            api = self._api(lang)
            api.SetImage(Image.fromarray(image))
            text = " ".join(api.GetUTF8Text().split())
            return text, max(0.0, float(api.MeanTextConf())) / 100.0

    def close(self) -> None:
        for api in self._apis.values():
            api.End()
        self._apis.clear()
