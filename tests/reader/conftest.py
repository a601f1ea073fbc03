"""Reader fixtures: one Reader per engine for the whole session (models load once), small generated pages."""

import random

import numpy as np
import pytest

from bench import pagegen
from desktop.reader import Reader



@pytest.fixture(scope="session")
def reader():
    return Reader()


@pytest.fixture(scope="session")
def shared_pages():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "pages"
    assert root.is_dir(), f"the shared test data is missing: {root}"
    return root


def grey(image: np.ndarray) -> np.ndarray:
    return image if image.ndim == 2 else image.mean(axis=2).astype(np.uint8)


@pytest.fixture(scope="session")
def page():
    """make(fmt, kind, seed, tampered) -> pagegen.Page, deterministic."""

    def make(fmt="TD3", kind="clean", seed=1, tampered=False):
        return pagegen.make(random.Random(seed), fmt, kind, tampered)

    return make
