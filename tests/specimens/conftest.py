import shutil

import pytest

from desktop.reader import Reader
from desktop.specimens.library import Library, bundled_dir


@pytest.fixture(scope="session")
def reader():
    return Reader()


@pytest.fixture()
def library(tmp_path):
    return Library(tmp_path / "user")


@pytest.fixture()
def pack(tmp_path):
    """A copy of the bundled TD2 specimen renamed to a user id, as a trainer's own specimen folder."""
    import json

    folder = tmp_path / "pack" / "my-td2"
    shutil.copytree(bundled_dir() / "uto-td2", folder)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["id"] = "my-td2"
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder
