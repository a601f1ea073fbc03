"""The Document Security Object (EF.SOD, Doc 9303 Part 10 §4.6.2 and Part 12 §9): a CMS SignedData whose
content is the LDS security object — the hash of every data group — signed by the Document Signer (DS),
whose certificate is inside.

    LDSSecurityObject ::= SEQUENCE { version INTEGER, hashAlgorithm AlgorithmIdentifier,
                                     dataGroupHashValues SEQUENCE OF DataGroupHash, ldsVersionInfo OPTIONAL }
    DataGroupHash     ::= SEQUENCE { dataGroupNumber INTEGER, dataGroupHashValue OCTET STRING }
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from asn1crypto import algos, cms, core, x509

from desktop.chip import lds, names, signatures
from desktop.chip.errors import ProtocolError

LDS_SECURITY_OBJECT = "2.23.136.1.1.1"


class DataGroupHash(core.Sequence):
    _fields = [("data_group_number", core.Integer), ("data_group_hash_value", core.OctetString)]


class DataGroupHashes(core.SequenceOf):
    _child_spec = DataGroupHash


class LDSVersionInfo(core.Sequence):
    _fields = [("lds_version", core.PrintableString), ("unicode_version", core.PrintableString)]


class LDSSecurityObject(core.Sequence):
    _fields = [("version", core.Integer), ("hash_algorithm", algos.DigestAlgorithm),
               ("data_group_hash_values", DataGroupHashes), ("lds_version_info", LDSVersionInfo, {"optional": True})]


HASHES = {"sha1": "sha1", "sha224": "sha224", "sha256": "sha256", "sha384": "sha384", "sha512": "sha512"}


def digest(name: str, data: bytes) -> bytes:
    if name not in HASHES:
        raise ProtocolError(f"the SOD uses a hash algorithm this tool does not know ({name})")
    return hashlib.new(HASHES[name], data).digest()


@dataclass
class SOD:
    signed_data: cms.SignedData
    hash_algorithm: str
    hashes: dict[int, bytes]
    content: bytes  # the DER of the LDS security object, as signed
    certificates: list[x509.Certificate] = field(default_factory=list)

    @property
    def signer(self) -> cms.SignerInfo:
        infos = self.signed_data["signer_infos"]
        if len(infos) != 1:
            raise ProtocolError(f"the SOD has {len(infos)} signers; Doc 9303 requires exactly one")
        return infos[0]

    def document_signer(self) -> x509.Certificate | None:
        """The DS certificate the signer info names (by issuer and serial number, or key identifier)."""
        return find_signer(self.signer, self.certificates)


def find_signer(signer: cms.SignerInfo, certificates: list[x509.Certificate]) -> x509.Certificate | None:
    """The certificate a SignerInfo names (RFC 5652 §5.3): by issuer and serial number — the issuer compared as
    a name, not as bytes (a genuine Malaysian SOD lists the issuer's attributes in another order than its DS
    certificate) — or by subject key identifier."""
    sid = signer["sid"]
    for cert in certificates:
        if sid.name == "issuer_and_serial_number":
            if cert.serial_number == sid.chosen["serial_number"].native and names.same(cert.issuer,
                                                                                       sid.chosen["issuer"]):
                return cert
        elif names.key_identifier(cert) == sid.chosen.native:
            return cert
    return None


def signed_attribute(signer: cms.SignerInfo, name: str):
    """The first value of a signed attribute (native), or None."""
    for attribute in signer["signed_attrs"] or []:
        if attribute["type"].native == name:
            return attribute["values"][0].native
    return None


def verify_signer_info(signer: cms.SignerInfo, signer_cert: x509.Certificate, content: bytes,
                       content_type: str) -> None:
    """CMS signature check (RFC 5652 §5.4): the signed attributes carry the content's hash and type, and the
    signature covers their DER as a SET. Raises signatures.BadSignature (Unsupported: the key cannot be loaded)."""
    digest_name = signer["digest_algorithm"]["algorithm"].native
    attrs = signer["signed_attrs"]
    if attrs is None or not len(attrs):
        signatures.verify(signer_cert.public_key, signer["signature_algorithm"], digest_name,
                          signer["signature"].native, content)
        return
    if digest_name not in HASHES:
        raise signatures.BadSignature(f"the hash algorithm {digest_name} is not one Doc 9303 allows")
    found = {a["type"].native: a["values"][0] for a in attrs}
    message_digest = found.get("message_digest")
    if message_digest is None or message_digest.native != digest(digest_name, content):
        raise signatures.BadSignature("the signed hash does not match the signed content")
    signed_type = found.get("content_type")
    if signed_type is not None and signed_type.dotted != content_type:
        raise signatures.BadSignature("the signed content type is not the content's")
    # [0] IMPLICIT in the SignerInfo, a SET when signed; a few States send the attributes BER-encoded
    # (indefinite lengths), while the signature covers their DER: try the bytes as sent, then as DER.
    sent = b"\x31" + attrs.dump()[1:]
    der = b"\x31" + attrs.copy().dump(force=True)[1:]
    try:
        signatures.verify(signer_cert.public_key, signer["signature_algorithm"], digest_name,
                          signer["signature"].native, sent)
    except signatures.Unsupported:
        raise
    except signatures.BadSignature:
        if der == sent:
            raise
        signatures.verify(signer_cert.public_key, signer["signature_algorithm"], digest_name,
                          signer["signature"].native, der)


def signed_content(data: bytes, content_type: str, what: str, carried: str) -> tuple[cms.SignedData, bytes, list]:
    """(the SignedData, its signed content octets, its certificates) of a CMS ContentInfo that must sign
    `content_type` (EF.SOD's LDS security object, EF.CardSecurity's security infos); ProtocolError otherwise.
    asn1crypto parses lazily: every part relied on is made to parse here, so a malformed one surfaces now."""
    try:
        info = cms.ContentInfo.load(data)
        if info["content_type"].native != "signed_data":
            raise ProtocolError(f"{what} is not a CMS SignedData")
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].dotted != content_type:
            raise ProtocolError(f"{what} signs {encap['content_type'].dotted}, not {carried}")
        content = encap["content"].native  # the octets as signed
        if not isinstance(content, bytes):
            raise ProtocolError(f"{what} carries no {carried}")
        certs = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
        signed["signer_infos"].native
        for cert in certs:
            cert.native
    except ProtocolError:
        raise
    except Exception as exc:
        raise ProtocolError(f"{what} cannot be parsed ({exc.__class__.__name__}: {str(exc)[:120]})") from None
    return signed, content, certs


def parse(data: bytes) -> SOD:
    outer = lds.outer(data, lds.TAG_SOD, "EF.SOD")
    signed, content, certs = signed_content(outer.value, LDS_SECURITY_OBJECT, "EF.SOD", "an LDS security object")
    try:
        lso = LDSSecurityObject.load(content)
        algorithm = lso["hash_algorithm"]["algorithm"].native
        hashes = {int(h["data_group_number"].native): h["data_group_hash_value"].native
                  for h in lso["data_group_hash_values"]}
    except Exception as exc:  # asn1crypto parses lazily: any malformed part surfaces here
        raise ProtocolError(f"EF.SOD cannot be parsed ({exc.__class__.__name__}: {str(exc)[:120]})") from None
    return SOD(signed, algorithm, hashes, content, certs)


def verify_signature(sod: SOD, signer_cert: x509.Certificate) -> None:
    """The SOD's CMS signature by its Document Signer. Raises signatures.BadSignature."""
    verify_signer_info(sod.signer, signer_cert, sod.content, LDS_SECURITY_OBJECT)


def signing_time(sod: SOD):
    return signed_attribute(sod.signer, "signing_time")
