"""Reading and judging a chip: access with the MRZ's key, the data groups, passive authentication, and the
chip's MRZ against the one read from the page. Every step is a finding `chip.*` with the MRZ checks'
pass / fail / warn / skip discipline; nothing raised by the card or its data escapes as an exception.

Statuses (passive.verdict): pass (verified: signature, chain, issuer, every hash and DG1 = MRZ passed), fail (a
finding failed: access refused, a bad signature or hash, a DG1 that differs from the page), unverified (nothing
failed, but something could not be decided: not verified, with the reason), error (the chip could not be read:
no reader, card removed, a broken answer).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from desktop.checks.report import FAIL, PASS, SKIP, WARN, Check
from desktop.chip import active, bac, cam, chipauth, keys, lds, pace, passive, trust
from desktop.chip.card import Card, Transport
from desktop.chip.errors import AccessDenied, ChipError, ProtocolError, StatusError

from desktop.chip.passive import ERROR, chip_check


@dataclass
class ChipResult:
    status: str
    checks: tuple[Check, ...] = ()
    reader: str | None = None
    protocol: str | None = None
    pace_offered: bool = False
    com: dict | None = None
    dg1: tuple[str, ...] | None = None
    face: bytes | None = field(default=None, repr=False)
    face_format: str | None = None
    face_standard: str | None = None  # ISO/IEC 19794-5 or 39794-5
    dg11: dict = field(default_factory=dict)
    dg12: dict = field(default_factory=dict)
    dg14: list[str] | None = None
    dg15: str | None = None
    read: list[int] = field(default_factory=list)
    certificates: list[dict] = field(default_factory=list)
    elapsed_ms: int = 0
    files: dict[int, bytes] = field(default_factory=dict, repr=False)  # 0: EF.SOD, n: DGn
    other: dict[str, bytes] = field(default_factory=dict, repr=False)  # EF.COM, EF.CardAccess as read
    cam: pace.CamProof | None = field(default=None, repr=False)  # what PACE-CAM left to check (cam.py)

    def saved_files(self) -> dict[str, bytes]:
        """The read as files by their Doc 9303 names (saved.py writes and verifies them)."""
        out = dict(self.other)
        if 0 in self.files:
            out["EF.SOD"] = self.files[0]
        out.update({f"DG{n}": data for n, data in self.files.items() if n})
        return out

    def count(self, status: str) -> int:
        return sum(1 for c in self.checks if c.status == status)

    def to_dict(self) -> dict[str, Any]:
        """`docexam chip --json`."""
        groups: dict[str, Any] = {}
        if self.dg1:
            groups["DG1"] = {"mrz": list(self.dg1)}
        if 2 in self.read:
            groups["DG2"] = {"face": self.face_format, "standard": self.face_standard, "bytes": len(self.face or b"")}
        if self.dg11:
            groups["DG11"] = self.dg11
        if self.dg12:
            groups["DG12"] = self.dg12
        if self.dg14 is not None:
            groups["DG14"] = {"protocols": self.dg14}
        if self.dg15 is not None:
            groups["DG15"] = {"active_authentication_key": self.dg15}
        return {"status": self.status, "verified": self.status == PASS, "reader": self.reader, "protocol": self.protocol,
                "pace_offered": self.pace_offered, "lds": self.com, "data_groups_read": [f"DG{n}" for n in self.read],
                "data_groups": groups, "certificates": self.certificates,
                "checks": [c.to_dict() for c in self.checks], "elapsed_ms": self.elapsed_ms}


def read_error(detail: str) -> Check:
    """The chip could not be read: a warning finding (it proves nothing about the document) with the result's
    status `error`, distinct from a failure."""
    return chip_check("chip.read", WARN, "chip.read.error", detail=detail)


def read_chip(transport: Transport, mrz: tuple[str, ...] | list[str], store: trust.Store | None = None,
              printed: tuple[str, ...] | None = None, uncertain: set[tuple[int, int]] = frozenset(),
              now: dt.datetime | None = None, reader: str | None = None, can: str | None = None) -> ChipResult:
    """Everything about one chip. `mrz` opens it (the lines read from the page), or `can`, the card access
    number, through PACE; `printed` is compared with DG1 (defaults to `mrz`); `uncertain` holds the (line,
    column) positions the reader was unsure of."""
    start = time.perf_counter()
    result = ChipResult(PASS, reader=reader)
    found: list[Check] = []
    error = False
    try:
        card = Card(transport)
        _read(card, tuple(mrz), result, found, can)
        _passive_authentication(result, found, store or trust.Store(), now, tuple(printed or mrz))
        _clone_detection(card, result, found, store or trust.Store(), now, tuple(printed or mrz))
        if result.dg1 is not None and (printed or mrz):
            found.append(passive.compare_mrz(result.dg1, tuple(printed or mrz), uncertain))
        if result.dg11.get("full_name") and (printed or mrz or result.dg1):
            found.append(_dg11_name(result.dg11["full_name"], tuple(printed or mrz or result.dg1)))
    except AccessDenied as exc:
        found.append(chip_check("chip.access", FAIL, detail=str(exc)))
    except ChipError as exc:  # CardGone, ProtocolError, StatusError: the read could not be completed
        error = True
        found.append(read_error(str(exc)))
    except Exception as exc:  # a defect of ours must not take the window down with it
        error = True
        found.append(read_error(f"unexpected {exc.__class__.__name__}: {exc}"))
    result.checks = tuple(found)
    result.status = passive.verdict(found, error)
    result.elapsed_ms = round((time.perf_counter() - start) * 1000)
    return result


def _read(card: Card, mrz: tuple[str, ...], result: ChipResult, found: list[Check], can: str | None = None) -> None:
    """Open the chip (PACE with the CAN or the MRZ where offered, else BAC with the MRZ) and read its files."""
    # EF.CardAccess in the master file says whether PACE is offered (Part 11 §9.2.1); read without security
    offers, failed_pace = [], None
    card_access = card.read_file(lds.FID_CARD_ACCESS)
    if card_access is not None:
        result.other["EF.CardAccess"] = card_access
        try:
            offers = pace.parse_card_access(card_access)
        except ProtocolError as exc:
            failed_pace = exc
    result.pace_offered = bool(offers)
    usable = next((p for p in offers if p.supported), None)
    password = pace.Password("can", can) if can else pace.Password("mrz", keys.mrz_information(mrz)) if mrz else None
    if usable is not None and password is not None:
        try:
            result.cam = pace.authenticate(card, password, usable)
            if result.cam is not None:  # EF.CardSecurity is in the master file, where PACE leaves us
                security = _optional_file(card, cam.FID_CARD_SECURITY)
                if security is not None:
                    result.other["EF.CardSecurity"] = security
            card.select_application()
            result.protocol = "PACE"
            found.append(chip_check("chip.access", PASS, "chip.access.can" if can else None,
                                    protocol=usable.describe()))
        except ProtocolError as exc:  # not a refusal of the key: BAC may still open the chip
            failed_pace, usable = exc, None
            card.sm = None
    elif offers and usable is None:
        failed_pace = ChipError(f"the chip offers only {offers[0].describe()}, which this tool does not support")
    if usable is None or password is None:
        if not mrz:
            raise AccessDenied("the chip cannot be opened with the card access number alone: it does not offer a "
                               "PACE this tool supports; read the MRZ, which opens it with BAC")
        try:
            card.select_application()
            bac.authenticate(card, keys.mrz_information(mrz))
        except StatusError as exc:
            if failed_pace is not None:
                raise _pace_needed(failed_pace, can) from None
            raise ChipError(f"the card holds no passport application ({exc})") from None
        except ChipError:
            if failed_pace is not None:  # a PACE-only chip: the PACE error is the one that matters
                raise _pace_needed(failed_pace, can) from None
            raise
        result.protocol = "BAC"
        found.append(chip_check("chip.access", PASS, protocol="BAC"))
        if failed_pace is not None:
            found.append(chip_check("chip.access_pace", SKIP, "chip.access.pace_failed", detail=str(failed_pace)))
        elif offers:
            found.append(chip_check("chip.access_pace", SKIP, "chip.access.pace", pace=offers[0].describe()))
    com = card.read_file(lds.FID_COM)
    if com is not None:
        result.other["EF.COM"] = com
        result.com = lds.parse_com(com)
    listed = set(result.com["data_groups"]) if result.com else {1, 2}
    sod = card.read_file(lds.FID_SOD)
    if sod is not None:
        result.files[0] = sod
    for number in lds.READ:
        if number not in listed and number not in (1, 2):
            continue
        try:
            data = card.read_file(lds.DATA_GROUPS[number][0])
        except StatusError as exc:
            if exc.sw in (0x6982, 0x6985):  # protected by Extended Access Control
                continue
            raise
        if data is None:
            continue
        result.files[number] = data
        result.read.append(number)
    parse_groups(result)


def _optional_file(card: Card, fid: int) -> bytes | None:
    """A file the chip may refuse to give or give broken (its absence is judged by whoever needs it)."""
    try:
        return card.read_file(fid)
    except (StatusError, ProtocolError):
        return None


def parse_groups(result: ChipResult) -> None:
    files = result.files
    if 1 in files:
        result.dg1 = lds.parse_dg1(files[1])
    if 2 in files:
        result.face, result.face_format = lds.parse_dg2(files[2])
        result.face_standard = lds.dg2_standard(files[2])
    if 11 in files:
        result.dg11 = lds.parse_text_group(files[11], 0x6B, lds.DG11_TAGS)
    if 12 in files:
        result.dg12 = lds.parse_text_group(files[12], 0x6C, lds.DG12_TAGS)
    if 14 in files:
        result.dg14 = lds.describe_dg14(files[14])
    if 15 in files:
        result.dg15 = lds.describe_dg15(files[15])


def _passive_authentication(result: ChipResult, found: list[Check], store: trust.Store,
                            now: dt.datetime | None, printed: tuple[str, ...]) -> None:
    """Part 11 §5.1 on the files read (passive.py), bound to the State in DG1 (else the printed MRZ)."""
    files = {n: data for n, data in result.files.items() if n == 0 or n in result.read}
    checks, result.certificates = passive.authenticate(files, store, now, passive.state_of(result.dg1 or printed))
    found += checks


def _dg11_name(full_name: str, lines: tuple[str, ...]) -> Check:
    """DG11's full name against the name in the page's MRZ (checks.viz.chip_name)."""
    from desktop import checks
    from desktop.checks import viz

    fields = checks.validate(list(lines), dt.date.today()).fields
    return viz.chip_name(full_name, fields.get("surname"), fields.get("given_names"))


def _pace_needed(failed: ChipError, can: str | None) -> ChipError:
    """PACE did not complete and BAC was refused: say what to try (Part 11 §4.2: PACE-only chips exist)."""
    hint = ("check the card access number, or leave it empty to use the MRZ" if can else
            "if the document has a 6-digit card access number (CAN) printed on it, enter it in the Chip tab (or "
            "--can) and read again")
    return ChipError(f"PACE did not complete ({failed}) and the chip does not accept BAC: {hint}")


def _clone_detection(card: Card, result: ChipResult, found: list[Check], store: trust.Store,
                     now: dt.datetime | None, printed: tuple[str, ...]) -> None:
    """Chip Authentication (by PACE-CAM when the chip was opened with it, else by DG14), then Active
    Authentication (DG15): the chip proves it holds the private keys whose public halves its signed files
    carry (Part 11 §4.4.3.5, §6). After a failed Chip Authentication the session is broken, and one failure is
    the finding."""
    covered = {int(c.id.rsplit("DG", 1)[1]) for c in found if c.id.startswith("chip.dg_hash.") and c.status == PASS}
    if result.cam is not None:
        ca = cam.authenticate(result.cam, result.other.get("EF.CardSecurity"), store, now,
                              passive.state_of(result.dg1 or printed))
    else:
        ca = chipauth.authenticate(card, result.files, covered)
    found.append(ca)
    if ca.status != FAIL:
        found.append(active.authenticate(card, result.files, covered))


def examine(report, reader_name: str | None = None, store: trust.Store | None = None,
            now: dt.datetime | None = None, can: str | None = None) -> ChipResult:
    """The chip of the document in `report` (its MRZ opens it, or `can`, the card access number), on the named
    reader or the first with a card."""
    from desktop.chip import pcsc

    if not report.mrz and not can:
        return ChipResult(ERROR, (read_error("no MRZ was read and no card access number was given, so the chip's "
                                             "access key is unknown"),))
    uncertain = {(c.span[0], c.span[1]) for c in report.checks if c.id == "reading.uncertain" and c.span}
    try:
        reader = pcsc.Reader(reader_name)
    except ChipError as exc:
        return ChipResult(ERROR, (read_error(str(exc)),))
    try:
        return read_chip(reader, report.mrz, store, report.mrz, uncertain, now, reader.name, can)
    finally:
        reader.close()
