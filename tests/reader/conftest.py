"""Reader fixtures: one Reader per engine for the whole session (models load once), small generated pages."""

import random
from pathlib import Path

import numpy as np
import pytest

from bench import pagegen
from desktop.reader import Reader



@pytest.fixture(scope="session")
def reader():
    return Reader()


DATA = Path(__file__).resolve().parents[1] / "data"  # tests/data: copied with their licences (README there)


@pytest.fixture(scope="session")
def utopia_pages():
    """The ICAO Utopia specimen pages (tests/data/pages, MIT)."""
    return DATA / "pages"


def grey(image: np.ndarray) -> np.ndarray:
    return image if image.ndim == 2 else image.mean(axis=2).astype(np.uint8)


@pytest.fixture(scope="session")
def page():
    """make(fmt, kind, seed, tampered) -> pagegen.Page, deterministic."""

    def make(fmt="TD3", kind="clean", seed=1, tampered=False):
        return pagegen.make(random.Random(seed), fmt, kind, tampered)

    return make


def misread_and_sure(reading, truth: list[str]) -> list[tuple[int, int]]:
    """Positions read wrong without being flagged uncertain: what the honesty policy forbids. A wrong reading
    of a different shape (line count or lengths) counts as one such position."""
    if [len(line) for line in reading.lines] != [len(line) for line in truth]:
        return [(-1, -1)]
    unsure = set(reading.uncertain)
    return [(li, col) for li, (got, want) in enumerate(zip(reading.lines, truth))
            for col, (a, b) in enumerate(zip(got, want)) if a != b and (li, col) not in unsure]
