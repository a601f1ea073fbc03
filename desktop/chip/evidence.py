"""What the examination record keeps of a chip read (issue 20): a public summary that may leave the workstation
(the verdict, the finding ids, the protocol, the DS and CSCA fingerprints), a personal part purged with the
rest of the traveller's data (every finding, the certificates, each data group's SHA-256), and the read itself
as one zip of its files by their Doc 9303 names — the same files `docexam chip verify` takes, so that the
second line can verify the chip again from the record.

Unpacking a stored read treats it as hostile: a bounded number of members and bytes, names only from the
Doc 9303 set (saved.canonical), never a path.
"""

from __future__ import annotations

import hashlib
import io
import zipfile

from desktop.checks.report import FAIL, PASS, WARN
from desktop.chip import saved
from desktop.chip.errors import ChipError

MAX_MEMBERS = 40
MAX_BYTES = 4 * 1024 * 1024  # a whole read with a large DG2; any more is not a passport's chip


def pack(files: dict[str, bytes]) -> bytes:
    """The read's files ({"EF.SOD": …, "DG1": …}) as a zip (members NAME.bin, fixed dates: same read, same
    bytes, same hash)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{name}.bin", date_time=(2000, 1, 1, 0, 0, 0))
            archive.writestr(info, files[name], zipfile.ZIP_DEFLATED)
    return out.getvalue()


def unpack(data: bytes) -> dict[str, bytes]:
    """The files of a packed read; ChipError for anything that is not one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise ChipError(f"the stored read holds {len(members)} files, more than a chip has")
        files, total = {}, 0
        for member in members:
            name = saved.canonical(member.filename)
            if name is None or "/" in member.filename or "\\" in member.filename:
                raise ChipError(f"the stored read holds {member.filename!r}, not a chip file")
            if name in files:
                raise ChipError(f"the stored read holds {name} twice")
            total += member.file_size
            if total > MAX_BYTES:
                raise ChipError("the stored read is larger than any chip's files")
            with archive.open(member) as handle:
                content = handle.read(MAX_BYTES + 1)
            if len(content) != member.file_size:
                raise ChipError(f"the stored read's {name} is not the size it claims")
            files[name] = content
        return files
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ChipError(f"the stored read is not a readable zip ({exc})") from None


def record_parts(result) -> tuple[dict, dict, bytes | None]:
    """(public, personal, packed read or None) of a ChipResult for the log."""
    roles = {c.get("role"): c for c in result.certificates}
    public = {
        "status": result.status, "verified": result.status == PASS, "protocol": result.protocol,
        "failed": sorted({c.id for c in result.checks if c.status == FAIL}),
        "warned": sorted({c.id for c in result.checks if c.status == WARN}),
        "ds_sha256": roles.get("DS", {}).get("sha256"), "csca_sha256": roles.get("CSCA", {}).get("sha256"),
        "data_groups": [f"DG{n}" for n in result.read], "elapsed_ms": result.elapsed_ms,
    }
    files = result.saved_files()
    personal = {
        "findings": [[c.id, c.status, c.key, c.params] for c in result.checks],
        "certificates": result.certificates,
        "file_sha256": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items())},
        "dg11": result.dg11,
    }
    return public, personal, (pack(files) if files else None)
