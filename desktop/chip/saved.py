"""Saved chip reads: a folder of the chip's files, written by the Chip tab (second line, training, the record)
and verified offline by `docexam chip verify FOLDER` with the same passive authentication as a live read.

File names (case-insensitive, each optionally with `.bin`): `EF.COM`, `EF.SOD`, `DG1` … `DG16`,
`EF.CardAccess`, `EF.CardSecurity`; BSI TR-03105-5's `EF_COM.bin`, `EF_SOD.bin`, `Datagroup1.bin` too.
Every file is hostile: size-limited, parsed only by the chip's own parsers, never trusted for what it claims.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

from desktop.checks.report import FAIL, PASS, SKIP, WARN
from desktop.chip import passive, trust
from desktop.chip.errors import ChipError

MAX_FILE = 4 * 1024 * 1024  # a DG2 face is tens of KB; Part 10 bounds EF sizes well below this
NAMES = {"ef.com": "EF.COM", "com": "EF.COM", "ef.sod": "EF.SOD", "sod": "EF.SOD", "ef.cardaccess": "EF.CardAccess",
         "cardaccess": "EF.CardAccess", "ef.cardsecurity": "EF.CardSecurity", "cardsecurity": "EF.CardSecurity"}
_DG = re.compile(r"^(?:ef\.)?(?:dg|datagroup)(\d{1,2})$")


class SavedReadError(Exception):
    """The folder cannot be verified as a chip read (missing, unreadable, nothing recognised)."""


def canonical(name: str) -> str | None:
    """'ef_sod.bin' -> 'EF.SOD', 'Datagroup1.bin' -> 'DG1'; None for a file that is not a chip file."""
    stem = name.lower()
    stem = stem[:-4] if stem.endswith(".bin") else stem
    stem = stem.replace("_", ".")
    if stem in NAMES:
        return NAMES[stem]
    m = _DG.match(stem)
    return f"DG{int(m.group(1))}" if m and 1 <= int(m.group(1)) <= 16 else None


def load(folder: str | Path) -> dict[str, bytes]:
    """The chip files in `folder`, by canonical name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SavedReadError(f"{folder} is not a folder of a saved chip read")
    out: dict[str, bytes] = {}
    for path in sorted(folder.iterdir()):
        name = canonical(path.name)
        if name is None or not path.is_file():
            continue
        if name in out:
            raise SavedReadError(f"{folder} holds {name} twice ({path.name}): keep one")
        if path.stat().st_size > MAX_FILE:
            raise SavedReadError(f"{path.name} is larger than any chip file ({MAX_FILE // 2**20} MB)")
        try:
            out[name] = path.read_bytes()
        except OSError as exc:
            raise SavedReadError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if not out:
        raise SavedReadError(f"{folder} holds no chip file (EF.SOD, DG1 … DG16, EF.COM)")
    return out


def save(folder: str | Path, result) -> Path:
    """Write a ChipResult's files as a saved read (`NAME.bin`); the folder is created."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in result.saved_files().items():
        (folder / f"{name}.bin").write_bytes(data)
    return folder


def import_trust_files(folder: Path, store: trust.Store, accept: str | None) -> list[str]:
    """CSCA certificates or master lists saved beside the read (a trainer's pack): imported through the anchored
    import (`accept`, as `masterlist import`); what could not be imported is said, never silently trusted."""
    notes = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".cer", ".crt", ".der", ".pem", ".ml", ".crl") or not path.is_file():
            continue
        try:
            store.import_file(path, accept)
        except trust.TrustError as exc:
            notes.append(str(exc).splitlines()[0])
    return notes


def verify(folder: str | Path, store: trust.Store, mrz: tuple[str, ...] | None = None,
           now: dt.datetime | None = None):
    """A ChipResult for the saved read: signature, chain, issuer binding, every hash present, DG1 against `mrz`.
    It judges the chip only: no MRZ date rules (an expired specimen's chip can verify)."""
    from desktop.chip.examine import ChipResult, parse_groups, read_error

    start = time.perf_counter()
    named = load(folder)
    files = {0: named["EF.SOD"]} if "EF.SOD" in named else {}
    files.update({int(name[2:]): data for name, data in named.items() if name.startswith("DG")})
    result = ChipResult(PASS, files=files, read=sorted(n for n in files if n), reader=str(folder))
    result.other = {name: data for name, data in named.items() if name in ("EF.COM", "EF.CardAccess",
                                                                           "EF.CardSecurity")}
    found = []
    try:
        parse_groups(result)
    except ChipError as exc:
        found.append(read_error(f"a data group cannot be parsed: {exc}"))
    try:
        checks, result.certificates = passive.authenticate(files, store, now, passive.state_of(result.dg1 or mrz))
        found += checks
    except ChipError as exc:  # EF.SOD that is not a security object
        found.append(passive.chip_check("chip.sod_signature", FAIL, detail=str(exc)))
    if mrz is not None:
        if result.dg1 is not None:
            found.append(passive.compare_mrz(result.dg1, tuple(mrz)))
        else:
            found.append(passive.chip_check("chip.dg1_matches_mrz", WARN, "chip.dg1_matches_mrz.absent"))
    if not result.read:
        found.append(passive.chip_check("chip.data_groups", SKIP, "chip.data_groups.none"))
    if 15 in files:  # a copy of the files is exactly what a clone holds: only the chip can prove its key
        found.append(passive.chip_check("chip.active_authentication", SKIP, "chip.active_authentication.saved"))
    result.checks = tuple(found)
    result.status = passive.verdict(found)
    result.elapsed_ms = round((time.perf_counter() - start) * 1000)
    return result
