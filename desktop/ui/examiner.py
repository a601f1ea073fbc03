"""What the window's worker runs: the shared pipeline on a path, a pasted image or typed MRZ text.

Runs off the GUI thread (ui.tasks); it never touches a widget. One Reader, created on first use, so the models
load once and in the worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from desktop import pipeline


@dataclass
class Examined:
    """What the worker hands back: the page to show (if any, in the colours the user opened it in) and its report."""

    name: str
    report: Any
    image: np.ndarray | None = None
    pages: int = 1
    source: tuple = field(default_factory=tuple)


class Examiner:
    """The default `examine`: the shared pipeline, with one Reader created on first use (in the worker)."""

    def __init__(self, viz: bool = True, library=None):
        self.reader = None
        self.viz = viz  # compare the printed data (VIZ) with the MRZ, with the specimens of `library`
        self.library = library
        self._viz = None

    def _reader(self):
        if self.reader is None:
            from desktop.reader import Reader

            self.reader = Reader()
        return self.reader

    def _viz_reader(self):
        if self.viz and self._viz is None:
            from desktop.specimens.library import Library
            from desktop.viz import VizReader

            self._viz = VizReader(self.library if self.library is not None else Library(), self._reader())
        return self._viz

    def __call__(self, source: tuple, today: dt.date) -> Examined:
        kind, value = source[0], source[1]
        if kind == "text":
            return Examined("MRZ", pipeline.examine_text(value, today, "manual"), source=source)
        if kind == "array":  # a pasted image: (grey for the reader, colour for the officer, name)
            grey, shown, name = value, source[3] if len(source) > 3 else value, source[2]
            return Examined(name, pipeline.examine_array(grey, self._reader(), today, name, self._viz_reader(),
                                                         shown if shown is not value else None), shown, source=source)
        pages, reports = pipeline.examine_loaded(value, self._reader(), today, first_only=True, viz=self._viz_reader())
        return Examined(Path(value).name, reports[0], _shown(value, pages), reports[0].extra.get("pages", len(pages)),
                        source)


def _shown(path: str, pages: list) -> np.ndarray | None:
    """The first page as the officer should see it: in colour when the file has colour, else the grey page."""
    if not pages:
        return None
    from desktop.reader import loader

    rgb = loader.colour(path)
    return rgb if rgb is not None and rgb.shape[:2] == pages[0].shape else pages[0]
