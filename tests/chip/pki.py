"""A throwaway test PKI and the files of a test passport chip, made at test time with `cryptography` and
asn1crypto: CSCA -> Document Signer -> EF.SOD over the data groups, and a signed CSCA master list.

Test support only (the app reads these structures, it never makes them).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from asn1crypto import algos, cms, core, x509 as ax509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from desktop.chip import tlv
from desktop.chip.sod import DataGroupHash, DataGroupHashes, LDSSecurityObject
from desktop.chip.trust import CertificateList, CscaMasterList

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _name(country: str, cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country[:2]),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"Test PKI {country}"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


class Authority:
    """A key and its certificate."""

    def __init__(self, key, cert: x509.Certificate):
        self.key, self.cert = key, cert

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def asn1(self) -> ax509.Certificate:
        return ax509.Certificate.load(self.der)


def make_csca(country: str = "UT", cn: str = "CSCA Utopia", years: int = 15, start: dt.datetime = NOW,
              key_type: str = "ec", signed_by: Authority | None = None, name: x509.Name | None = None) -> Authority:
    """A CSCA; with `signed_by`, a link certificate (the new key certified by the old CSCA, Part 12 §5.2)."""
    key = ec.generate_private_key(ec.SECP256R1()) if key_type == "ec" else rsa.generate_private_key(65537, 2048)
    name = name or _name(country, cn)
    issuer_key = signed_by.key if signed_by else key
    builder = (x509.CertificateBuilder().subject_name(name)
               .issuer_name(signed_by.cert.subject if signed_by else name).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(start - dt.timedelta(days=365))
               .not_valid_after(start + dt.timedelta(days=365 * years))
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                              critical=False))
    return Authority(key, builder.sign(issuer_key, hashes.SHA256()))


def make_signer(csca: Authority, cn: str = "Document Signer Utopia", days: int = 3650, ca: bool = False,
                start: dt.datetime = NOW, signing_key=None, key_usage: str = "digital_signature",
                country: str | None = None) -> Authority:
    """A Document Signer (RSA, so both RSA and ECDSA are exercised) or a master list signer, issued by `csca`.
    The forgeries: `signing_key` signs in the CSCA's name with another key; `ca` makes it act as a CA;
    `key_usage="key_cert_sign"` gives it a CA's key usage only."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    country = country or csca.cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value
    usage = {"digital_signature": (True, False, False, False, False, False, False, False, False),
             "key_cert_sign": (False, False, False, False, False, True, False, False, False)}[key_usage]
    signer_key = signing_key or csca.key
    builder = (x509.CertificateBuilder().subject_name(_name(country, cn)).issuer_name(csca.cert.subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start - dt.timedelta(days=30)).not_valid_after(start + dt.timedelta(days=days))
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(csca.key.public_key()), critical=False)
               .add_extension(x509.KeyUsage(*usage), critical=True))
    if ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
    return Authority(key, builder.sign(signer_key, hashes.SHA256()))


def signed_data(signer: Authority, content_type: str, content: bytes, digest: str = "sha256", *,
                junk_signature: bytes | None = None, label: str | None = None, sid_issuer=None,
                signing_time: dt.datetime | None = None) -> bytes:
    """A CMS SignedData (RFC 5652) over `content` with signed attributes, as States sign SODs and master lists.
    The forgeries: `junk_signature` with the algorithm `label` in place of a real signature; `sid_issuer` names
    the signer's issuer in the SignerInfo (as some States do, attributes in another order)."""
    h = hashlib.new(digest, content).digest()
    attributes = [cms.CMSAttribute({"type": "content_type", "values": [cms.ContentType(content_type)]}),
                  cms.CMSAttribute({"type": "message_digest", "values": [core.OctetString(h)]})]
    if signing_time is not None:
        attributes.append(cms.CMSAttribute({"type": "signing_time", "values": [cms.Time({"utc_time": signing_time})]}))
    attrs = cms.CMSAttributes(attributes)
    to_sign = attrs.dump()  # a SET: what is signed
    key = signer.key
    if isinstance(key, rsa.RSAPrivateKey):
        signature = key.sign(to_sign, padding.PKCS1v15(), getattr(hashes, digest.upper())())
        sig_alg = {"algorithm": f"{digest}_rsa"}
    else:
        signature = key.sign(to_sign, ec.ECDSA(getattr(hashes, digest.upper())()))
        sig_alg = {"algorithm": f"{digest}_ecdsa"}
    if junk_signature is not None:
        signature, sig_alg = junk_signature, {"algorithm": label or sig_alg["algorithm"]}
    cert = signer.asn1
    info = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber(
            {"issuer": sid_issuer if sid_issuer is not None else cert.issuer,
             "serial_number": cert.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": digest}),
        "signed_attrs": attrs, "signature_algorithm": algos.SignedDigestAlgorithm(sig_alg),
        "signature": signature,
    })
    sd = cms.SignedData({
        "version": "v3", "digest_algorithms": [algos.DigestAlgorithm({"algorithm": digest})],
        "encap_content_info": {"content_type": content_type, "content": core.ParsableOctetString(content)},
        "certificates": [cert], "signer_infos": [info],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()


def sod(signer: Authority, groups: dict[int, bytes], digest: str = "sha256", **forgery) -> bytes:
    lso = LDSSecurityObject({
        "version": 0, "hash_algorithm": {"algorithm": digest},
        "data_group_hash_values": DataGroupHashes([
            DataGroupHash({"data_group_number": n, "data_group_hash_value": hashlib.new(digest, d).digest()})
            for n, d in sorted(groups.items())]),
    })
    return tlv.build(0x77, signed_data(signer, "2.23.136.1.1.1", lso.dump(), digest, **forgery))


def card_security(signer: Authority, security_infos: bytes, **forgery) -> bytes:
    """EF.CardSecurity: the security infos (a DER SET) signed as id-SecurityObject (TR-03110 Part 3 A.1.2.5)."""
    return signed_data(signer, "0.4.0.127.0.7.3.2.1", security_infos, **forgery)


def master_list(signer: Authority, cscas: list[Authority], **forgery) -> bytes:
    content = CscaMasterList({"version": 0, "cert_list": CertificateList([c.asn1 for c in cscas])}).dump()
    return signed_data(signer, "2.23.136.1.1.2", content, **forgery)


# The chip's files -----------------------------------------------------------------------------------------

def dg1(mrz: str) -> bytes:
    return tlv.build(0x61, tlv.build(0x5F1F, mrz.replace("\n", "").encode("ascii")))


def dg2(image: bytes, width: int = 120, height: int = 160) -> bytes:
    """A face in an ISO/IEC 19794-5 record: header, one facial information block, the image."""
    record = (b"FAC\x00" + b"010\x00" + (14 + 20 + 12 + len(image)).to_bytes(4, "big") + (1).to_bytes(2, "big")
              + (20 + 12 + len(image)).to_bytes(4, "big") + bytes(16)
              + b"\x01\x01" + width.to_bytes(2, "big") + height.to_bytes(2, "big") + bytes(6) + image)
    header = tlv.build(0xA1, bytes.fromhex("800201018102000887020101880200 08".replace(" ", "")))
    instance = tlv.build(0x7F60, header + tlv.build(0x5F2E, record))
    return tlv.build(0x75, tlv.build(0x7F61, tlv.build(0x02, b"\x01") + instance))


def dg2_39794(image: bytes, width: int = 120, height: int = 160) -> bytes:
    """A face in ISO/IEC 39794-5 (DER, context tags) inside a constructed biometric data block 7F2E: version
    block, then one representation whose 2D image is an octet string [0] of its own, then its size."""
    version = tlv.build(0xA0, tlv.build(0x80, b"\x00") + tlv.build(0x81, b"\x00"))
    image_2d = tlv.build(0xA0, tlv.build(0x80, image) + tlv.build(0xA1, tlv.build(0x80, width.to_bytes(2, "big")) +
                                                                  tlv.build(0x81, height.to_bytes(2, "big"))))
    representation = tlv.build(0x30, tlv.build(0x80, b"\x01") + tlv.build(0xA1, image_2d))
    block = tlv.build(0xA1, version + tlv.build(0xA1, representation))
    header = tlv.build(0xA1, bytes.fromhex("8002010181020008870201018802000A"))
    instance = tlv.build(0x7F60, header + tlv.build(0x7F2E, block))
    return tlv.build(0x75, tlv.build(0x7F61, tlv.build(0x02, b"\x01") + instance))


def dg11(full_name: str, place_of_birth: str) -> bytes:
    tags = tlv.build(0x5C, bytes.fromhex("5F0E5F11"))
    return tlv.build(0x6B, tags + tlv.build(0x5F0E, full_name.encode()) + tlv.build(0x5F11, place_of_birth.encode()))


def com(groups: list[int]) -> bytes:
    from desktop.chip.lds import DATA_GROUPS

    return tlv.build(0x60, tlv.build(0x5F01, b"0107") + tlv.build(0x5F36, b"040000")
                     + tlv.build(0x5C, bytes(DATA_GROUPS[n][1] for n in groups)))


def face_jpeg(jp2: bool = False) -> bytes:
    import cv2
    import numpy as np

    img = np.zeros((160, 120, 3), np.uint8)
    img[:] = (200, 190, 180)
    cv2.ellipse(img, (60, 70), (35, 48), 0, 0, 360, (90, 110, 150), -1)
    ok, data = cv2.imencode(".jp2" if jp2 else ".jpg", img)
    return bytes(data)


BSI = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "chip-bsi"


def passport_files(mrz: str, signer: Authority, *, sod_mrz: str | None = None, tamper_dg2: bool = False,
                   jp2: bool = False, clone_detection: bool = False) -> dict[int, bytes]:
    """FID -> content for an emulated chip: EF.COM, DG1, DG2, DG11, EF.SOD. `sod_mrz` signs a different DG1
    (the chip's DG1 is `mrz`); `tamper_dg2` alters the face after signing; `clone_detection` adds BSI's
    reference DG14 (Chip Authentication, ECDH on brainpoolP224r1 with explicit parameters, 3DES) and DG15
    (Active Authentication, RSA 1024), signed with the rest — their private keys are `chip_keys()`."""
    face = face_jpeg(jp2)
    groups = {1: dg1(mrz), 2: dg2(face), 11: dg11("ERIKSSON<<ANNA MARIA", "ZENITH")}
    if clone_detection:
        groups[14] = (BSI / "Datagroup14.bin").read_bytes()
        groups[15] = (BSI / "Datagroup15.bin").read_bytes()
    signed = dict(groups)
    if sod_mrz is not None:
        signed[1] = dg1(sod_mrz)
    security = sod(signer, signed)
    if tamper_dg2:
        groups[2] = groups[2][:-20] + bytes(b ^ 0x55 for b in groups[2][-20:])
    files = {0x011E: com(sorted(groups)), 0x011D: security}
    files.update({0x0100 + n: data for n, data in groups.items()})
    return files


def chip_keys(clone: bool = False) -> dict[str, bytes]:
    """The private keys behind BSI's DG14 and DG15 (PKCS#8), or — `clone` — keys of the same kinds that are not
    them: what a copy of the chip's files on another chip holds."""
    from asn1crypto import keys as asn1keys

    from desktop.chip import groups as groupmod

    aa, ca = (BSI / "DG15_sk.pkcs8").read_bytes(), (BSI / "DG14_sk.pkcs8").read_bytes()
    if not clone:
        return {"aa": aa, "ca": ca}
    other_rsa = rsa.generate_private_key(65537, 1024).private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    original = asn1keys.PrivateKeyInfo.load(ca)
    info = asn1keys.PublicKeyInfo({"algorithm": asn1keys.PublicKeyAlgorithm.load(
        original["private_key_algorithm"].dump()), "public_key": b"\x04"})
    group, _ = groupmod.from_key_info(info)
    other_ca = asn1keys.PrivateKeyInfo({
        "version": 0, "private_key_algorithm": original["private_key_algorithm"],
        "private_key": asn1keys.ECPrivateKey({"version": "ecPrivkeyVer1", "private_key": group.random_secret()})})
    return {"aa": other_rsa, "ca": other_ca.dump()}


def mutated(data: bytes, how: str, position: int, bit: int = 0) -> bytes:
    """`data` with one change a fuzzer makes: a bit flipped, cut short, or two bytes inserted (else unchanged)."""
    out = bytearray(data)
    at = position % (len(out) or 1)
    if how == "flip" and out:
        out[at] ^= 1 << bit
    elif how == "truncate":
        del out[at:]
    elif how == "extend":
        out[at:at] = b"\x00\xff"
    return bytes(out)
