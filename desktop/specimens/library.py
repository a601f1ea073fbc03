"""The specimen library: the bundled specimens (resources/specimens) and the user's own folder.

The user folder is, in order: the folder given (GUI setting or --folder), $DOCEXAM_SPECIMENS, then the
platform's data folder (~/.local/share/docexam/specimens, %APPDATA%\\docexam\\specimens,
~/Library/Application Support/docexam/specimens). A broken user specimen is listed in `problems` and left
out; it never stops the app.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.paths import data_dir, resource
from desktop.specimens import packs
from desktop.specimens.model import META, Specimen, SpecimenError, load


def default_user_dir() -> Path:
    if os.environ.get("DOCEXAM_SPECIMENS"):
        return Path(os.environ["DOCEXAM_SPECIMENS"])
    return data_dir() / "specimens"


def bundled_dir() -> Path:
    return resource("specimens")


class Library:
    def __init__(self, user_dir: str | Path | None = None, bundled: Path | None = None):
        self.user_dir = Path(user_dir) if user_dir else default_user_dir()
        self.bundled_dir = bundled or bundled_dir()
        self.problems: list[str] = []
        self.specimens: list[Specimen] = []
        self.reload()

    def reload(self) -> None:
        self.problems, found = [], []
        for root, bundled in ((self.bundled_dir, True), (self.user_dir, False)):
            if not root.is_dir():
                continue
            for meta in sorted(root.glob(f"*/{META}")):
                if meta.parent.name.startswith("."):
                    continue
                try:
                    specimen = load(meta.parent, bundled=bundled)
                except SpecimenError as exc:
                    self.problems.append(str(exc))
                    continue
                if any(s.id == specimen.id for s in found):
                    self.problems.append(f"{meta.parent}: the id {specimen.id!r} is already in the library")
                    continue
                found.append(specimen)
        self.specimens = found

    def get(self, specimen_id: str) -> Specimen | None:
        return next((s for s in self.specimens if s.id == specimen_id), None)

    def import_pack(self, pack: str | Path, replace: bool = False) -> list[Specimen]:
        reserved = {s.id for s in self.specimens if s.bundled}
        installed = packs.import_pack(pack, self.user_dir, reserved, replace)
        self.reload()
        return installed
