"""The trust anchors: CSCA certificates the officer's unit imports (ICAO or State master lists, single
certificates) and the CRLs it imports, kept in a folder, and the chain check DS -> CSCA (Doc 9303 Part 12
§5-7, Part 11 §5.1: passive authentication).

A master list is a CMS SignedData (content type id-icao-cscaMasterList, 2.23.136.1.1.2) holding
`CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }`, signed by a Master List
Signer whose certificate is issued by one of the CSCAs in the list: both are verified before anything is
stored. The store: `$DOCEXAM_CSCA`, else `csca/` in the user data folder, one DER file per certificate named
by its SHA-256, and `crl/` beside them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import cms, core, crl as asn1crl, pem, x509

from desktop.chip import signatures

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
    from desktop.record.places import data_dir

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
    """Whether `issuer` signed `cert` (names and key identifiers match, and the signature verifies)."""
    if cert.issuer != issuer.subject:
        return False
    if cert.authority_key_identifier and issuer.key_identifier and \
            cert.authority_key_identifier != issuer.key_identifier:
        return False
    signatures.verify(issuer.public_key, cert["signature_algorithm"], None, cert["signature_value"].native,
                      cert["tbs_certificate"].dump())
    return True


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

    def import_file(self, path: str | Path) -> dict:
        """A master list (.ml, CMS), a certificate (DER/PEM) or a CRL; returns what was imported."""
        path = Path(path)
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
            except Exception as exc:
                raise TrustError(f"{path.name} holds no readable certificate ({exc.__class__.__name__})") from None
            return self._import_certificates(certs)
        kind = _sniff(data)
        if kind == "master_list":
            return self._import_master_list(data, path.name)
        if kind == "crl":
            return self._import_crl(data)
        if kind == "certificate":
            return self._import_certificates([x509.Certificate.load(data)])
        raise TrustError(f"{path.name} is not a master list, a certificate or a CRL")

    def _import_certificates(self, certs: list[x509.Certificate]) -> dict:
        added = 0
        for cert in certs:
            if not _is_ca(cert):
                raise TrustError(f"the certificate of {cert.subject.human_friendly} is not a CA certificate: "
                                 "only CSCA certificates are trust anchors")
            added += self.add(cert)
        return {"kind": "certificates", "certificates": len(certs), "added": added,
                "countries": sorted({country(c.subject) for c in certs})}

    def _import_master_list(self, data: bytes, name: str) -> dict:
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
        from desktop.chip.sod import find_signer

        signer_cert = find_signer(signer, embedded)
        if signer_cert is None:
            raise TrustError(f"{name}: the master list's signer certificate is not inside it")
        try:
            _verify_cms(signer, signer_cert, content, MASTER_LIST)
            anchor = next((c for c in certs + self.certificates() if _try_issued_by(signer_cert, c)), None)
        except signatures.BadSignature as exc:
            raise TrustError(f"{name}: the master list's signature does not verify ({exc}): not imported") from None
        if anchor is None:
            raise TrustError(f"{name}: the master list signer ({signer_cert.subject.human_friendly}) is not issued "
                             "by any CSCA in the list or the store: not imported")
        added = sum(self.add(c) for c in certs if _is_ca(c))
        return {"kind": "master_list", "signer": signer_cert.subject.human_friendly, "certificates": len(certs),
                "added": added, "countries": sorted({country(c.subject) for c in certs})}

    def _import_crl(self, data: bytes) -> dict:
        try:
            c = asn1crl.CertificateList.load(data)
            c.native
        except Exception as exc:
            raise TrustError(f"the CRL cannot be parsed ({exc.__class__.__name__})") from None
        issuer = next((ca for ca in self.certificates() if ca.subject == c.issuer), None)
        if issuer is None:
            raise TrustError(f"the CRL of {c.issuer.human_friendly} has no CSCA in the store: import the CSCA first")
        try:
            signatures.verify(issuer.public_key, c["signature_algorithm"], None, c["signature"].native,
                              c["tbs_cert_list"].dump())
        except signatures.BadSignature as exc:
            raise TrustError(f"the CRL's signature does not verify ({exc}): not imported") from None
        folder = self.folder / "crl"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{hashlib.sha256(data).hexdigest()}.crl").write_bytes(data)
        return {"kind": "crl", "issuer": c.issuer.human_friendly,
                "revoked": len(c["tbs_cert_list"]["revoked_certificates"] or [])}


def _is_ca(cert: x509.Certificate) -> bool:
    bc = cert.basic_constraints_value
    return bool(bc and bc["ca"].native)


def _try_issued_by(cert, issuer) -> bool:
    try:
        return issued_by(cert, issuer)
    except signatures.BadSignature:
        return False


def _verify_cms(signer, signer_cert, content: bytes, content_type: str) -> None:
    from desktop.chip.sod import digest

    digest_name = signer["digest_algorithm"]["algorithm"].native
    attrs = signer["signed_attrs"]
    signed_bytes = content
    if attrs is not None and len(attrs):
        found = {a["type"].native: a["values"][0] for a in attrs}
        if "message_digest" not in found or found["message_digest"].native != digest(digest_name, content):
            raise signatures.BadSignature("the signed hash does not match the content")
        signed_bytes = b"\x31" + attrs.dump()[1:]
    signatures.verify(signer_cert.public_key, signer["signature_algorithm"], digest_name, signer["signature"].native,
                      signed_bytes)


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


@dataclass
class Chain:
    status: str  # pass | warn (no CSCA: cannot verify) | fail (revoked, or a CSCA that does not verify it)
    csca: x509.Certificate | None
    reason: str
    expired: list[str] = field(default_factory=list)


def chain(ds: x509.Certificate, store: Store, now: dt.datetime | None = None) -> Chain:
    """Where the DS certificate leads among the stored CSCAs."""
    now = now or dt.datetime.now(dt.timezone.utc)
    candidates = [c for c in store.certificates() if c.subject == ds.issuer]
    if not candidates:
        return Chain("warn", None, f"no CSCA of {short_name(ds.issuer)} is in the store: import the State's "
                                   "CSCA or a master list")
    csca = None
    for c in candidates:
        try:
            if issued_by(ds, c):
                csca = c
                break
        except signatures.Unsupported as exc:
            return Chain("warn", c, f"the CSCA's key cannot be checked by this tool ({exc})")
        except signatures.BadSignature:
            continue
    if csca is None:
        return Chain("fail", None, f"the Document Signer certificate claims {short_name(ds.issuer)} as its "
                                   "issuer, but no stored CSCA of that name signed it")
    for revoked in _revoked(csca, store):
        if revoked == ds.serial_number:
            return Chain("fail", csca, "the Document Signer certificate is revoked by its CSCA's CRL")
    expired = [role for role, cert in (("DS", ds), ("CSCA", csca))
               if cert["tbs_certificate"]["validity"]["not_after"].native < now]
    return Chain("pass", csca, "", expired)


def _revoked(csca: x509.Certificate, store: Store) -> list[int]:
    out = []
    for c in store.crls():
        if c.issuer == csca.subject:
            out += [r["user_certificate"].native for r in c["tbs_cert_list"]["revoked_certificates"] or []]
    return out
