"""Passive authentication of a chip's files (Doc 9303 Part 11 §5.1, Part 12), whether they were just read from a
card or saved to a folder: the SOD's signature by its Document Signer, the DS to a stored CSCA (chain.py), the
issuer binding (issuers.py), every data group's hash; then the chip's verdict.

The verdict (issue 20): a chip is **verified** (status `pass`) only when the signature, the chain, the issuer
binding, every hash present and DG1 = MRZ (when both are known) all pass. A finding that failed makes it `fail`;
anything that could not be decided makes it `unverified` ("not verified", with the reason) — never the same
green as verified. `error` is a chip that could not be read.
"""

from __future__ import annotations

import datetime as dt

from desktop.checks.report import FAIL, PASS, SKIP, WARN, Check, check
from desktop.chip import chain as chainmod, issuers, lds, signatures, sod as sodmod, trust
from desktop.chip.errors import ProtocolError

UNVERIFIED, ERROR = "unverified", "error"
# the findings a verified chip needs passed (dg hashes, clone detection and DG1 = MRZ by prefix)
REQUIRED = ("chip.sod_signature", "chip.csca_chain", "chip.issuer_state")
DECISIVE = REQUIRED + ("chip.dg_hash.", "chip.dg1_matches_mrz", "chip.active_authentication",
                       "chip.chip_authentication")


def chip_check(id: str, status: str, key: str | None = None, **params) -> Check:
    return check(id, "chip", status, key, **params)


def verdict(checks: tuple[Check, ...] | list[Check], error: bool = False) -> str:
    """pass (verified) | fail | unverified | error, from the findings."""
    if any(c.status == FAIL for c in checks):
        return FAIL
    if error:
        return ERROR
    present = {c.id for c in checks}
    undecided = [c for c in checks if c.id.startswith(DECISIVE) and c.status == WARN]
    if undecided or not all(r in present for r in REQUIRED):
        return UNVERIFIED
    return PASS


# what a failing finding means, in a few words for the document's verdict (the Chip tab has the detail)
SUMMARIES = (("chip.chip_authentication", "copy"), ("chip.active_authentication", "copy"),
             ("chip.dg_hash", "altered"), ("chip.sod_signature", "signature"), ("chip.csca_chain", "signature"),
             ("chip.issuer_state", "state"), ("chip.dg1_matches_mrz", "page"), ("chip.access", "access"))


def summary(checks: tuple[Check, ...] | list[Check]) -> Check | None:
    """The first failing finding as a short finding `chip.summary` (e.g. "the chip is a copy of another chip's
    data"), for a verdict seen without the Chip tab; None when nothing failed."""
    for prefix, key in SUMMARIES:
        if any(c.status == FAIL and c.id.startswith(prefix) for c in checks):
            return chip_check("chip.summary", FAIL, f"chip.summary.{key}")
    return None


def state_of(mrz: tuple[str, ...] | None) -> str | None:
    """The issuing State of an MRZ (line 1, positions 3-5 in every format, Part 4-6)."""
    return mrz[0][2:5] if mrz and len(mrz[0]) >= 5 else None


def authenticate(files: dict[int, bytes], store: trust.Store, now: dt.datetime | None = None,
                 state: str | None = None) -> tuple[list[Check], list[dict]]:
    """The findings and the certificates (DS, CSCA) for the files: 0 is EF.SOD, n is DGn. `state` is the
    document's issuing State (from DG1, else the printed MRZ) the signer must belong to."""
    found: list[Check] = []
    certificates: list[dict] = []
    if 0 not in files:
        found.append(chip_check("chip.sod_signature", FAIL, "chip.sod_signature.missing"))
        return found, certificates
    sod = sodmod.parse(files[0])
    try:
        _authenticate(sod, files, store, now, state, found, certificates)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # a malformed part parsed lazily
        found.append(chip_check("chip.sod_signature", FAIL, detail=f"the security object is malformed "
                                                                   f"({exc.__class__.__name__})"))
    return found, certificates


def _authenticate(sod, files, store, now, state, found: list[Check], certificates: list[dict]) -> None:
    ds = sod.document_signer()
    if ds is None:
        found.append(chip_check("chip.sod_signature", FAIL, detail="the Document Signer certificate is not in the "
                                                                   "security object"))
    else:
        certificates.append({"role": "DS", **trust.describe(ds)})
        _signature(sod, ds, found)
        link = chainmod.chain(ds, store, now, _signing_time(sod))
        if link.csca is not None:
            certificates.append({"role": "CSCA", **trust.describe(link.csca)})
        if link.status == PASS:
            found.append(chip_check("chip.csca_chain", PASS, csca=trust.short_name(link.csca.subject)))
        else:
            found.append(chip_check("chip.csca_chain", link.status, detail=link.reason))
        for which in link.expired:
            cert = ds if which == "DS" else link.csca
            found.append(chip_check("chip.certificate_validity", WARN, which=which,
                                    date=trust.validity(cert)[1].date().isoformat()))
        found.append(issuer_binding(ds, link.csca, state))
    found += _hashes(sod, files)


def _signing_time(sod: sodmod.SOD) -> dt.datetime | None:
    value = sodmod.signing_time(sod)
    return value if isinstance(value, dt.datetime) else None


def _signature(sod: sodmod.SOD, ds, found: list[Check]) -> None:
    try:
        sodmod.verify_signature(sod, ds)
        found.append(chip_check("chip.sod_signature", PASS, ds=trust.short_name(ds.subject)))
    except signatures.Unsupported as exc:  # the DS key is of a kind this tool cannot load: undecided
        found.append(chip_check("chip.sod_signature", WARN, detail=str(exc)))
    except (signatures.BadSignature, ProtocolError) as exc:
        found.append(chip_check("chip.sod_signature", FAIL, detail=str(exc)))


def issuer_binding(ds, csca, state: str | None) -> Check:
    """The DS and its CSCA belong to the State that issued the document (alpha-3 in the MRZ, alpha-2 in the
    certificates); without a document State, the DS and CSCA must at least be of one State."""
    ds_country = trust.country(ds.subject) if trust.country(ds.subject) != "?" else None
    csca_country = trust.country(csca.subject) if csca is not None and trust.country(csca.subject) != "?" else None
    if state is None:
        if ds_country and csca_country and ds_country != csca_country:
            return chip_check("chip.issuer_state", FAIL, "chip.issuer_state.mixed", ds=ds_country, csca=csca_country)
        return chip_check("chip.issuer_state", SKIP, "chip.issuer_state.no_state")
    verdicts = [issuers.same_state(c, state) for c in (ds_country, csca_country) if c]
    code = state.replace("<", "")
    if False in verdicts:
        return chip_check("chip.issuer_state", FAIL, code=code,
                          country=", ".join(sorted({c for c in (ds_country, csca_country) if c})))
    if not verdicts or None in verdicts or (csca is not None and csca_country is None):
        return chip_check("chip.issuer_state", WARN, code=code, country=ds_country or "?")
    key = "chip.issuer_state.pass" if csca is not None else "chip.issuer_state.ds_only"
    return chip_check("chip.issuer_state", PASS, key, code=code, country=ds_country)


def _hashes(sod: sodmod.SOD, files: dict[int, bytes]) -> list[Check]:
    out = []
    present = sorted(n for n in files if n)
    for number in present:
        what = lds.NAMES.get(number, "data")
        ident = f"chip.dg_hash.DG{number}"
        if number not in sod.hashes:
            out.append(chip_check(ident, FAIL, "chip.dg_hash.unsigned", number=number, what=what))
            continue
        ok = sodmod.digest(sod.hash_algorithm, files[number]) == sod.hashes[number]
        out.append(chip_check(ident, PASS if ok else FAIL, f"chip.dg_hash.{'pass' if ok else 'fail'}",
                              number=number, what=what))
    return out


def compare_mrz(chip: tuple[str, ...], page: tuple[str, ...], uncertain=frozenset()) -> Check:
    """DG1 against the MRZ read from the page, character by character; a difference only where the reader
    was unsure is a warning (undecided), never a pass."""
    differ: list[tuple[int, int]] = []
    for line in range(max(len(chip), len(page))):
        a = chip[line] if line < len(chip) else ""
        b = page[line] if line < len(page) else ""
        differ += [(line, col) for col in range(max(len(a), len(b)))
                   if (a[col] if col < len(a) else None) != (b[col] if col < len(b) else None)]
    if not differ:
        return chip_check("chip.dg1_matches_mrz", PASS)
    where = ", ".join(f"line {line + 1} col {col + 1}" for line, col in differ[:6]) + (" …" if len(differ) > 6 else "")
    status = WARN if all(p in uncertain for p in differ) else FAIL
    return check("chip.dg1_matches_mrz", "chip", status, count=len(differ), where=where,
                 expected="\n".join(chip), actual="\n".join(page),
                 covers=tuple((line, col, col + 1) for line, col in differ))
