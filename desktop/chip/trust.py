"""The trust anchors: CSCA certificates the officer's unit imports (ICAO or State master lists, single
certificates) and the CRLs it imports, kept in a folder (Doc 9303 Part 12 §5-7). The chain DS -> CSCA is
judged in chain.py.

Trust is anchored, never self-asserted (issue 20):
- A master list (CMS SignedData, content type id-icao-cscaMasterList 2.23.136.1.1.2, holding
  `CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }`) is imported only when its
  signature verifies and its signer chains to a CSCA *already in the store*, or the unit accepts the SHA-256
  fingerprint of the signer or of the listed CSCA that issued it, compared by another channel (`--accept`).
- A self-signed CSCA certificate is a new root: imported only with `--accept` of its own fingerprint.
- A link certificate (a new CSCA key signed by the old one, Part 12 §5.2) is verified against the stored CSCA it
  links from. Expired ones import with a note: the chain model (Part 12 §5.3) keeps what they anchored valid.
- A CRL is imported when a stored CSCA of its issuer (name and key identifier; every key after a rollover) signed
  it.
The store: `$DOCEXAM_CSCA`, else `csca/` in the user data folder, one DER file per certificate named by its
SHA-256, and `crl/` beside them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import cms, core, crl as asn1crl, pem, x509

from desktop.chip import names, signatures

MASTER_LIST = "2.23.136.1.1.2"
ENV_STORE = "DOCEXAM_CSCA"
MAX_IMPORT = 50 * 1024 * 1024


class TrustError(Exception):
    """A file cannot be imported; the message says why."""


class CertificateList(core.SetOf):
    _child_spec = x509.Certificate


class CscaMasterList(core.Sequence):
    _fields = [("version", core.Integer), ("cert_list", CertificateList)]


def store_dir() -> Path:
    if os.environ.get(ENV_STORE):
        return Path(os.environ[ENV_STORE])
    from desktop.paths import data_dir

    return data_dir() / "csca"


def fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.dump()).hexdigest()


def country(name: x509.Name) -> str:
    return str(name.native.get("country_name", "?"))


def short_name(name: x509.Name) -> str:
    """'CSCA Utopia (UT)': the common name and country, what an officer needs to read."""
    native = name.native
    cn = native.get("common_name") or native.get("organization_name") or name.human_friendly
    return f"{cn} ({native['country_name']})" if native.get("country_name") else str(cn)


def describe(cert: x509.Certificate) -> dict:
    v = cert["tbs_certificate"]["validity"]
    return {"name": short_name(cert.subject), "subject": cert.subject.human_friendly, "issuer": cert.issuer.human_friendly,
            "country": country(cert.subject), "serial": format(cert.serial_number, "X"),
            "not_before": v["not_before"].native.date().isoformat(),
            "not_after": v["not_after"].native.date().isoformat(), "sha256": fingerprint(cert)}


def issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """Whether `issuer` signed `cert`: the name (normalised) or the key identifier names it, and the signature
    verifies. Raises signatures.Unsupported when the issuer's key cannot be loaded;
    every other reason is False."""
    if not names.may_have_issued(issuer, cert.issuer, cert.authority_key_identifier):
        return False
    try:
        signatures.verify(issuer.public_key, cert["signature_algorithm"], None, cert["signature_value"].native,
                          cert["tbs_certificate"].dump())
    except signatures.Unsupported:
        raise  # the issuer's own key: this tool cannot decide
    except signatures.BadSignature:
        return False
    return True


def validity(cert: x509.Certificate) -> tuple[dt.datetime, dt.datetime]:
    v = cert["tbs_certificate"]["validity"]
    return v["not_before"].native, v["not_after"].native


def usage(cert: x509.Certificate) -> set[str]:
    """The key usages named by the certificate (empty when it has no key-usage extension)."""
    value = cert.key_usage_value
    return set(value.native) if value is not None else set()


def profile_problem(cert: x509.Certificate, role: str) -> str | None:
    """Part 12 §7.1 certificate profiles: a CSCA (or link) certificate is a CA that signs certificates; a
    Document Signer or master-list signer signs documents and is no CA. None when the certificate fits."""
    ku = usage(cert)
    if role == "CSCA":
        if not _is_ca(cert):
            return "it is not a CA certificate"
        if cert.key_usage_value is not None and "key_cert_sign" not in ku:
            return "its key usage does not allow signing certificates"
        return None
    if _is_ca(cert):
        return "it is a CA certificate, which never signs documents"
    # Part 12 §7.1.1 asks for digitalSignature; a few States' older signers carry nonRepudiation instead: a
    # signing usage either way. Only a key restricted to other uses (keyCertSign only) cannot have signed.
    if cert.key_usage_value is not None and not ku & {"digital_signature", "non_repudiation"}:
        return "its key usage does not allow signing documents (" + (", ".join(sorted(ku)) or "none") + ")"
    return None


def normalise_fingerprint(text: str | None) -> str | None:
    """A SHA-256 as the unit publishes it: hex, upper or lower case, colons or spaces allowed."""
    if text is None:
        return None
    clean = "".join(ch for ch in text.lower() if ch not in ": ")
    if len(clean) != 64 or any(ch not in "0123456789abcdef" for ch in clean):
        raise TrustError(f"--accept takes a SHA-256 fingerprint (64 hex digits, colons allowed), not {text!r}")
    return clean


def summary(done: dict) -> str:
    """What an import added, in one sentence (the CLI and the window say the same)."""
    if done["kind"] == "crl":
        return f"imported the CRL of {done['issuer']} ({done['revoked']} revoked)"
    what = f"the master list signed by {done['signer']}: " if done["kind"] == "master_list" else ""
    return (f"imported {what}{done['certificates']} CSCA certificate(s), {done['added']} new, from "
            f"{', '.join(done['countries'])}")


def spaced(fp: str) -> str:
    """AB:CD:… as an officer compares it by eye."""
    return ":".join(fp[i:i + 2] for i in range(0, len(fp), 2)).upper()


class Unanchored(TrustError):
    """The file is not anchored in what the store already trusts. `candidates` are (role, name, SHA-256) the
    unit could accept after comparing the fingerprint by another channel."""

    def __init__(self, message: str, candidates: list[tuple[str, str, str]]):
        lines = [f"  {role} {name}: SHA-256 {spaced(fp)}" for role, name, fp in candidates]
        hint = ("\nIf your unit vouches for it, compare a fingerprint below with the one it published (by "
                "telephone, letter or a signed message), then import again with --accept FINGERPRINT:\n"
                + "\n".join(lines)) if lines else ""
        super().__init__(message + hint)
        self.candidates = candidates


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """One certificate (DER or PEM) or several PEM blocks."""
    if pem.detect(data):
        return [x509.Certificate.load(body) for kind, _, body in pem.unarmor(data, multiple=True)
                if kind == "CERTIFICATE"]
    return [x509.Certificate.load(data)]


@dataclass
class Store:
    folder: Path = field(default_factory=store_dir)

    def certificates(self) -> list[x509.Certificate]:
        out = []
        for path in sorted(self.folder.glob("*.der")) if self.folder.is_dir() else []:
            try:
                cert = x509.Certificate.load(path.read_bytes())
                cert.native  # parse now: a damaged file is skipped, not a crash later
            except Exception:
                continue
            out.append(cert)
        return out

    def crls(self) -> list[asn1crl.CertificateList]:
        folder = self.folder / "crl"
        out = []
        for path in sorted(folder.glob("*.crl")) if folder.is_dir() else []:
            try:
                c = asn1crl.CertificateList.load(path.read_bytes())
                c.native
                out.append(c)
            except Exception:
                continue
        return out

    def add(self, cert: x509.Certificate) -> bool:
        """Store one CSCA certificate; False if it was already there."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{fingerprint(cert)}.der"
        if path.exists():
            return False
        path.write_bytes(cert.dump())
        return True

    def import_file(self, path: str | Path, accept: str | None = None) -> dict:
        """A master list (.ml, CMS), CA certificates (DER/PEM) or a CRL; returns what was imported. Nothing is
        trusted because it says so: see the module docstring for what anchors each kind. `accept` is a SHA-256
        fingerprint the unit has compared by another channel."""
        path = Path(path)
        accepted = normalise_fingerprint(accept)
        try:
            if path.stat().st_size > MAX_IMPORT:
                raise TrustError(f"{path.name} is larger than any master list ({MAX_IMPORT // 2**20} MB)")
            data = path.read_bytes()
        except OSError as exc:
            raise TrustError(f"{path} cannot be read: {exc.strerror or exc}") from None
        if not data:
            raise TrustError(f"{path.name} is empty")
        if pem.detect(data):
            kinds = {kind for kind, _, _ in pem.unarmor(data, multiple=True)}
            if "X509 CRL" in kinds:
                return self._import_crl(next(b for k, _, b in pem.unarmor(data, multiple=True) if k == "X509 CRL"))
            try:
                certs = load_certificates(data)
                for c in certs:
                    c.native
            except Exception as exc:
                raise TrustError(f"{path.name} holds no readable certificate ({exc.__class__.__name__})") from None
            return self._import_certificates(certs, accepted)
        kind = _sniff(data)
        if kind == "master_list":
            return self._import_master_list(data, path.name, accepted)
        if kind == "crl":
            return self._import_crl(data)
        if kind == "certificate":
            return self._import_certificates([x509.Certificate.load(data)], accepted)
        raise TrustError(f"{path.name} is not a master list, a certificate or a CRL")

    def _import_certificates(self, certs: list[x509.Certificate], accepted: str | None) -> dict:
        """CSCA certificates one by one. A self-signed CSCA is a new root of trust: only with --accept of its
        own fingerprint. A link certificate (Part 12 §5.2: the new CSCA key signed by the old one) is imported
        when a stored CSCA issued it. Every certificate is checked before any is stored."""
        for cert in certs:
            problem = profile_problem(cert, "CSCA")
            if problem:
                raise TrustError(f"the certificate of {cert.subject.human_friendly} is not a CSCA certificate "
                                 f"({problem}): only CSCA certificates are trust anchors")
        trusted = self.certificates()
        notes, pending = [], list(certs)
        while pending:  # a PEM bundle may hold a root and its link certificates in any order
            progress = False
            for cert in list(pending):
                anchor = next((c for c in trusted if fingerprint(c) == fingerprint(cert)
                               or _try_issued_by(cert, c)), None)
                if anchor is None and fingerprint(cert) != accepted:
                    continue
                if anchor is not None and fingerprint(anchor) != fingerprint(cert):
                    notes += _link_notes(cert, anchor)
                trusted.append(cert)
                pending.remove(cert)
                progress = True
            if not progress:
                cert = pending[0]
                raise Unanchored(f"{short_name(cert.subject)} is not imported: it is "
                                 + ("a self-signed CSCA, a new root of trust" if _try_issued_by(cert, cert) else
                                    "not issued by any CSCA you already trust"),
                                 [("CSCA", short_name(c.subject), fingerprint(c)) for c in pending])
        added = sum(self.add(c) for c in certs)
        return {"kind": "certificates", "certificates": len(certs), "added": added,
                "countries": sorted({country(c.subject) for c in certs}), "notes": notes}

    def _import_master_list(self, data: bytes, name: str, accepted: str | None) -> dict:
        """A master list is imported only when its signer chains to a CSCA already trusted, or the unit accepts
        the signer's fingerprint, or that of the CSCA in the list which issued the signer. The signer must be a
        signer (not a CA) valid when it signed (the chain model), and its signature must verify."""
        try:
            info = cms.ContentInfo.load(data)
            signed = info["content"]
            encap = signed["encap_content_info"]
            if encap["content_type"].dotted != MASTER_LIST:
                raise TrustError(f"{name} is a signed file but not a CSCA master list")
            content = encap["content"].native
            master = CscaMasterList.load(content)
            certs = list(master["cert_list"])
            for c in certs:
                c.native
            embedded = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
            signer = signed["signer_infos"][0]
        except TrustError:
            raise
        except Exception as exc:
            raise TrustError(f"{name} cannot be parsed as a master list ({exc.__class__.__name__})") from None
        from desktop.chip.sod import find_signer, signed_attribute

        signer_cert = find_signer(signer, embedded)
        if signer_cert is None:
            raise TrustError(f"{name}: the master list's signer certificate is not inside it")
        try:
            _verify_cms(signer, signer_cert, content)
        except signatures.BadSignature as exc:
            raise TrustError(f"{name}: the master list's signature does not verify ({exc}): not imported") from None
        problem = profile_problem(signer_cert, "signer")
        if problem:
            raise TrustError(f"{name}: the master list's signer cannot sign a list ({problem}): not imported")
        signed_at = signed_attribute(signer, "signing_time") or dt.datetime.now(dt.timezone.utc)
        start, end = validity(signer_cert)
        if not start <= signed_at <= end:
            raise TrustError(f"{name}: the master list's signer was not valid when the list was signed "
                             f"({signed_at.date()}; valid {start.date()} to {end.date()}): not imported")
        notes = [] if end >= dt.datetime.now(dt.timezone.utc) else [
            f"the list's signer expired on {end.date()}: a newer list may exist"]
        stored = self.certificates()
        anchor = next((c for c in stored if _try_issued_by(signer_cert, c)), None)
        if anchor is None:
            inside = next((c for c in certs if _try_issued_by(signer_cert, c)), None)
            vouched = {fingerprint(signer_cert)} | ({fingerprint(inside)} if inside is not None else set())
            if accepted not in vouched:
                candidates = [("master list signer", short_name(signer_cert.subject), fingerprint(signer_cert))]
                if inside is not None:
                    candidates.append(("CSCA", short_name(inside.subject), fingerprint(inside)))
                said = " (the fingerprint given with --accept is neither of these)" if accepted else ""
                raise Unanchored(f"{name} is not imported: its signer ({short_name(signer_cert.subject)}) chains "
                                 f"to no CSCA you already trust{said}", candidates)
            anchor = inside
        if anchor is not None:
            problem = profile_problem(anchor, "CSCA")
            if problem or validity(anchor)[1] < validity(signer_cert)[0]:
                raise TrustError(f"{name}: the CSCA that issued the list's signer cannot have issued it "
                                 f"({problem or 'it had expired'}): not imported")
        cscas = [c for c in certs if profile_problem(c, "CSCA") is None]
        added = sum(self.add(c) for c in cscas)
        return {"kind": "master_list", "signer": signer_cert.subject.human_friendly, "certificates": len(cscas),
                "added": added, "countries": sorted({country(c.subject) for c in cscas}), "notes": notes,
                "skipped": len(certs) - len(cscas)}

    def _import_crl(self, data: bytes) -> dict:
        """A CRL is imported when a stored CSCA of its issuer's name (and key identifier) signed it. After a key
        rollover several CSCAs share the name: every one is tried."""
        try:
            c = asn1crl.CertificateList.load(data)
            c.native
        except Exception as exc:
            raise TrustError(f"the CRL cannot be parsed ({exc.__class__.__name__})") from None
        candidates = [ca for ca in self.certificates()
                      if names.may_have_issued(ca, c.issuer, c.authority_key_identifier)]
        if not candidates:
            raise TrustError(f"the CRL of {c.issuer.human_friendly} has no CSCA in the store: import the CSCA first")
        issuer = next((ca for ca in candidates if _signed_crl(ca, c)), None)
        if issuer is None:
            raise TrustError(f"the CRL's signature does not verify with any stored CSCA of "
                             f"{short_name(c.issuer)}: not imported")
        folder = self.folder / "crl"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{hashlib.sha256(data).hexdigest()}.crl").write_bytes(data)
        return {"kind": "crl", "issuer": c.issuer.human_friendly,
                "revoked": len(c["tbs_cert_list"]["revoked_certificates"] or [])}

    def revoked(self, issuer: x509.Name) -> set[int]:
        """Serial numbers revoked by the stored CRLs of the CSCA name `issuer` (every key of that name: a CRL
        covers the certificates issued under the name, before and after a rollover)."""
        return {r["user_certificate"].native for c in self.crls() if names.same(c.issuer, issuer)
                for r in c["tbs_cert_list"]["revoked_certificates"] or []}


def _signed_crl(ca: x509.Certificate, c: asn1crl.CertificateList) -> bool:
    try:
        signatures.verify(ca.public_key, c["signature_algorithm"], None, c["signature"].native,
                          c["tbs_cert_list"].dump())
        return True
    except signatures.BadSignature:
        return False


def _link_notes(cert: x509.Certificate, anchor: x509.Certificate) -> list[str]:
    """The chain model: an expired link certificate still links what it linked; said, not refused."""
    end = validity(cert)[1]
    if end < dt.datetime.now(dt.timezone.utc):
        return [f"the link certificate {short_name(cert.subject)} from {short_name(anchor.subject)} expired on "
                f"{end.date()}: imported, as it still anchors what it issued while valid"]
    return []


def _is_ca(cert: x509.Certificate) -> bool:
    bc = cert.basic_constraints_value
    return bool(bc and bc["ca"].native)


def _try_issued_by(cert, issuer) -> bool:
    try:
        return issued_by(cert, issuer)
    except signatures.BadSignature:
        return False


def _verify_cms(signer, signer_cert, content: bytes) -> None:
    from desktop.chip.sod import verify_signer_info

    verify_signer_info(signer, signer_cert, content, MASTER_LIST)


def _sniff(data: bytes) -> str | None:
    """What a DER file is: asn1crypto parses lazily, so each candidate is made to parse the parts that tell."""
    probes = (("master_list", cms.ContentInfo, lambda v: v["content_type"].native == "signed_data"
               and v["content"]["encap_content_info"]["content_type"].dotted),
              ("crl", asn1crl.CertificateList, lambda v: v["tbs_cert_list"]["this_update"].native
               and v["tbs_cert_list"]["revoked_certificates"].native is not False),
              ("certificate", x509.Certificate, lambda v: v["tbs_certificate"]["subject"].native))
    for kind, loader, parses in probes:
        try:
            if parses(loader.load(data)):
                return kind
        except Exception:
            continue
    return None
