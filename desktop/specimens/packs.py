"""Importing a specimen pack (a folder or a .zip) into the user's specimen folder, safely.

A pack holds one specimen (meta.json at its top) or several (one folder each, with its meta.json). A zip is
never trusted: absolute names, '..', links, too many members, members or totals over the size limits, and
implausible compression ratios (zip bombs) are refused before anything is written; sizes are enforced
while reading, not taken from the zip's headers. Every specimen is validated before any is installed.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from desktop.specimens.model import META, Specimen, SpecimenError, load

MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 40 * 2**20
MAX_TOTAL_BYTES = 200 * 2**20
MAX_RATIO = 200  # uncompressed / compressed, per member


def _safe_name(name: str) -> PurePosixPath | None:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name.split("/")[0]:
        return None
    path = PurePosixPath(name)
    if any(part in ("..", "") for part in path.parts[:-1]) or ".." in path.parts:
        return None
    return path


def extract(pack: Path, into: Path) -> None:
    """Extract the zip `pack` into the empty folder `into`, refusing anything unsafe (SpecimenError)."""
    try:
        archive = zipfile.ZipFile(pack)
    except (zipfile.BadZipFile, OSError) as exc:
        raise SpecimenError(str(pack), [f"not a readable zip file ({exc})"]) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise SpecimenError(str(pack), [f"more than {MAX_MEMBERS} files in the pack"])
        problems, seen = [], set()
        for info in members:
            path = _safe_name(info.filename)
            mode = info.external_attr >> 16
            if path is None:
                problems.append(f"unsafe path in the pack: {info.filename!r}")
            elif stat.S_ISLNK(mode):
                problems.append(f"links are not allowed in a pack: {info.filename!r}")
            elif info.flag_bits & 0x1:
                problems.append(f"encrypted files are not allowed: {info.filename!r}")
            elif str(path).lower() in seen:
                problems.append(f"{info.filename!r} appears twice")
            elif info.file_size > MAX_MEMBER_BYTES:
                problems.append(f"{info.filename!r} is larger than {MAX_MEMBER_BYTES // 2**20} MB")
            elif info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                problems.append(f"{info.filename!r} expands implausibly (a zip bomb?)")
            seen.add(str(path).lower() if path else info.filename)
        if sum(i.file_size for i in members) > MAX_TOTAL_BYTES:
            problems.append(f"the pack expands to more than {MAX_TOTAL_BYTES // 2**20} MB")
        if problems:
            raise SpecimenError(str(pack), problems)
        total = 0
        for info in members:
            target = into.joinpath(*_safe_name(info.filename).parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as dst:
                written = 0
                while chunk := src.read(1 << 16):
                    written += len(chunk)
                    total += len(chunk)
                    if written > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                        raise SpecimenError(str(pack), [f"{info.filename!r} is larger than it claims"])
                    dst.write(chunk)


def _specimen_folders(root: Path) -> list[Path]:
    if (root / META).is_file():
        return [root]
    found = sorted(p.parent for p in root.glob(f"*/{META}"))
    if not found:  # a zip of one folder holding one folder per specimen
        found = sorted(p.parent for p in root.glob(f"*/*/{META}"))
    return found


def import_pack(pack: str | Path, user_dir: Path, reserved: set[str] = frozenset(),
                replace: bool = False) -> list[Specimen]:
    """Validate every specimen of `pack` and copy them into `user_dir/<id>/`; the installed specimens.
    `reserved` ids (the bundled set) are never overwritten; existing user ids only with `replace`."""
    pack = Path(pack)
    if not pack.exists():
        raise SpecimenError(str(pack), ["no such file or folder"])
    with tempfile.TemporaryDirectory(prefix="docexam-pack-") as tmp:
        root = pack
        if pack.is_file():
            root = Path(tmp) / "pack"
            root.mkdir()
            extract(pack, root)
        if any(p.is_symlink() for p in root.rglob("*")):
            raise SpecimenError(str(pack), ["links are not allowed in a pack"])
        folders = _specimen_folders(root)
        if not folders:
            raise SpecimenError(str(pack), [f"no {META} found in the pack"])
        specimens, problems = [], []
        for folder in folders:
            try:
                specimens.append(load(folder, decode=True))  # images decoded within limits on import
            except SpecimenError as exc:
                problems += [f"{folder.name}: {p}" for p in exc.problems]
        ids = [s.id for s in specimens]
        for sid in sorted(set(ids)):
            if ids.count(sid) > 1:
                problems.append(f"the id {sid!r} is used by more than one specimen in the pack")
            if sid in reserved:
                problems.append(f"the id {sid!r} belongs to a bundled specimen: choose another id")
            elif (user_dir / sid).exists() and not replace:
                problems.append(f"a specimen {sid!r} is already installed (import with replace to update it)")
        if problems:
            raise SpecimenError(str(pack), problems)
        installed = []
        user_dir.mkdir(parents=True, exist_ok=True)
        for specimen in specimens:
            target = user_dir / specimen.id
            staging = user_dir / f".{specimen.id}.new"
            shutil.rmtree(staging, ignore_errors=True)
            shutil.copytree(specimen.folder, staging)
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
            installed.append(load(target))
        return installed
