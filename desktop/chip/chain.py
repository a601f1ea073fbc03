"""The chain DS -> CSCA of passive authentication (Doc 9303 Part 11 §5.1, Part 12 §5-7), judged with the
chain model of Part 12 §5.3: a certificate must have been valid when it was used (the CSCA when it issued the
DS, the DS when it signed the security object); expiring later is said as a warning, never a failure.

Outcomes: pass; warn only when this tool cannot decide because of the *trusted* side (no stored CSCA of that
name, or the CSCA's key is one we cannot load); fail for everything a forger controls (a DS no stored CSCA
signed, a revoked DS, a DS that acts as a CA or cannot sign documents, a DS used outside its validity, a DS
issued after its CSCA expired).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from asn1crypto import x509

from desktop.chip import names, signatures
from desktop.chip.trust import Store, issued_by, profile_problem, short_name, validity


@dataclass
class Chain:
    status: str  # pass | warn (cannot decide) | fail
    csca: x509.Certificate | None
    reason: str
    expired: list[str] = field(default_factory=list)


def chain(ds: x509.Certificate, store: Store, now: dt.datetime | None = None,
          signed_at: dt.datetime | None = None) -> Chain:
    """Where the DS certificate leads among the stored CSCAs. `signed_at` is the SOD's signing time, when the
    SOD carries one (else `now` stands for it)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    problem = profile_problem(ds, "DS")
    if problem:
        return Chain("fail", None, f"the Document Signer certificate cannot sign documents: {problem}")
    candidates = names.by_likelihood([c for c in store.certificates()
                                      if names.may_have_issued(c, ds.issuer, ds.authority_key_identifier)],
                                     ds.authority_key_identifier)
    if not candidates:
        return Chain("warn", None, f"no CSCA of {short_name(ds.issuer)} is in the store: import the State's "
                                   "CSCA or a master list")
    csca, undecided = None, None
    for c in candidates:  # every key of that name: after a rollover several CSCAs share it
        try:
            if profile_problem(c, "CSCA") is None and issued_by(ds, c):
                csca = c
                break
        except signatures.Unsupported as exc:
            undecided = (c, exc)
    if csca is None:
        if undecided is not None:
            return Chain("warn", undecided[0], f"the CSCA's key cannot be checked by this tool ({undecided[1]})")
        return Chain("fail", None, f"the Document Signer certificate claims {short_name(ds.issuer)} as its "
                                   "issuer, but no stored CSCA of that name signed it")
    if ds.serial_number in store.revoked(ds.issuer):
        return Chain("fail", csca, "the Document Signer certificate is revoked by its CSCA's CRL")
    reason = _timing(ds, csca, signed_at, now)
    if reason:
        return Chain("fail", csca, reason)
    expired = [role for role, cert in (("DS", ds), ("CSCA", csca)) if validity(cert)[1] < now]
    return Chain("pass", csca, "", expired)


def _timing(ds: x509.Certificate, csca: x509.Certificate, signed_at: dt.datetime | None,
            now: dt.datetime) -> str | None:
    """The chain model's dates: the DS valid when it signed (without a signing time: at least valid by now),
    issued while its CSCA was valid."""
    ds_start, ds_end = validity(ds)
    csca_end = validity(csca)[1]
    if (signed_at or now) < ds_start:
        return (f"the Document Signer was not yet valid when the security object was signed "
                f"({(signed_at or now).date()}; valid from {ds_start.date()})")
    if signed_at is not None and signed_at > ds_end:
        return (f"the Document Signer had expired when the security object was signed "
                f"({signed_at.date()}; valid to {ds_end.date()})")
    if ds_start > csca_end:
        return (f"the Document Signer was issued on {ds_start.date()}, after its CSCA expired "
                f"({csca_end.date()})")
    return None
