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
