"""The files of the Logical Data Structure (Doc 9303 Part 10 §4.6-4.7): which file holds what, and their
contents parsed into what an officer reads."""

from __future__ import annotations

from desktop.chip import tlv
from desktop.chip.errors import ProtocolError

FID_COM, FID_SOD, FID_CARD_ACCESS = 0x011E, 0x011D, 0x011C
TAG_COM, TAG_SOD = 0x60, 0x77
# data group number -> (file identifier, outer tag); Part 10 Table 35
DATA_GROUPS = {n: (0x0100 + n, tag) for n, tag in zip(range(1, 17), (
    0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70))}
TAG_TO_DG = {tag: n for n, (_, tag) in DATA_GROUPS.items()}
READ = (1, 2, 11, 12, 14, 15)  # what we read: DG3/DG4 (fingerprints, iris) need Extended Access Control
NAMES = {1: "MRZ", 2: "face", 3: "fingerprints", 4: "iris", 5: "portrait", 7: "signature", 11: "personal details",
         12: "document details", 13: "optional details", 14: "security options", 15: "Active Authentication key",
         16: "persons to notify"}


def outer(data: bytes, tag: int, what: str) -> tlv.TLV:
    item, end = tlv.read_one(data)
    if item.tag != tag:
        raise ProtocolError(f"{what} starts with tag {item.tag:X}, not {tag:X}")
    return item


def parse_com(data: bytes) -> dict:
    com = outer(data, TAG_COM, "EF.COM")
    out = {"lds_version": None, "unicode_version": None, "data_groups": []}
    for item in com.children():
        if item.tag == 0x5F01:
            out["lds_version"] = item.value.decode("ascii", "replace")
        elif item.tag == 0x5F36:
            out["unicode_version"] = item.value.decode("ascii", "replace")
        elif item.tag == 0x5C:
            out["data_groups"] = sorted(TAG_TO_DG[t] for t in item.value if t in TAG_TO_DG)
    return out


def parse_dg1(data: bytes) -> tuple[str, ...]:
    """The MRZ stored in the chip, as lines (Part 10 §4.7.1: 90, 72 or 88 characters)."""
    dg1 = outer(data, 0x61, "DG1")
    mrz = dg1.find(0x5F1F)
    if mrz is None:
        raise ProtocolError("DG1 holds no MRZ data object (5F1F)")
    text = mrz.value.decode("ascii", "replace")
    width = {90: 30, 72: 36, 88: 44}.get(len(text))
    if width is None:
        raise ProtocolError(f"the MRZ in DG1 has {len(text)} characters, not 90, 72 or 88")
    return tuple(text[i:i + width] for i in range(0, len(text), width))


JPEG, JP2, J2K = b"\xff\xd8\xff", b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51"


def parse_dg2(data: bytes) -> tuple[bytes | None, str | None]:
    """The first face image (JPEG or JPEG 2000) in DG2 and its format, in either face format Doc 9303 Part 10
    allows: an ISO/IEC 19794-5 record in a primitive biometric data block (5F2E: headers, then the image to
    the end), or ISO/IEC 39794-5 in a constructed one (7F2E: DER, the image an octet string of its own)."""
    image, kind, _ = _dg2_face(data)
    return image, kind


def dg2_standard(data: bytes) -> str | None:
    """"ISO/IEC 19794-5" or "ISO/IEC 39794-5": which face format DG2 uses (None: no face found)."""
    return _dg2_face(data)[2]


def _image_kind(value: bytes) -> str | None:
    return next((kind for magic, kind in ((JPEG, "jpeg"), (JP2, "jpeg2000"), (J2K, "jpeg2000"))
                 if value.startswith(magic)), None)


def _dg2_face(data: bytes) -> tuple[bytes | None, str | None, str | None]:
    outer(data, 0x75, "DG2")
    for item in tlv.iterate(data):
        if item.tag == 0x7F2E and item.constructed:  # ISO/IEC 39794-5: the image is a whole octet string
            for part in tlv.iterate(item.value):
                if not part.constructed and _image_kind(part.value):
                    return part.value, _image_kind(part.value), "ISO/IEC 39794-5"
            return None, None, None
        if item.tag == 0x5F2E:  # ISO/IEC 19794-5: 'FAC' record, the image after the headers, to the end
            block = item.value
            for signature, kind in ((JPEG, "jpeg"), (JP2, "jpeg2000"), (J2K, "jpeg2000")):
                at = block.find(signature)
                if at >= 0:
                    return block[at:], kind, "ISO/IEC 19794-5"
            return None, None, None
    return None, None, None


DG11_TAGS = {0x5F0E: "full_name", 0x5F0F: "other_names", 0x5F10: "personal_number", 0x5F2B: "full_birth_date",
             0x5F11: "place_of_birth", 0x5F42: "address", 0x5F12: "telephone", 0x5F13: "profession",
             0x5F14: "title", 0x5F15: "personal_summary", 0x5F17: "other_travel_documents",
             0x5F18: "custody_information"}
DG12_TAGS = {0x5F19: "issuing_authority", 0x5F26: "date_of_issue", 0x5F1A: "other_persons", 0x5F1B: "endorsements",
             0x5F1C: "tax_exit_requirements", 0x5F55: "personalisation_time", 0x5F56: "personalisation_device"}


def parse_text_group(data: bytes, tag: int, names: dict[int, str]) -> dict[str, str]:
    """DG11 / DG12: text fields by tag (UTF-8; '<' separates name parts)."""
    group = outer(data, tag, f"DG{TAG_TO_DG[tag]}")
    out = {}
    for item in tlv.iterate(group.value):
        if item.tag in names and not item.constructed:
            value = item.value
            if item.tag in (0x5F26, 0x5F2B) and len(value) == 4:  # dates may be packed BCD
                value = value.hex().encode()
            out[names[item.tag]] = value.decode("utf-8", "replace")
    return out


def security_infos(data: bytes, tag: int | None = 0x6E) -> list[tuple[str, list[tlv.TLV]]]:
    """The SecurityInfos of DG14 (or, with tag None, of EF.CardAccess / EF.CardSecurity's content): each as its
    protocol OID and the data objects after it (Part 11 §9.2; TR-03110 Part 3 A.1)."""
    infos = outer(data, tag, "DG14").children() if tag is not None else [tlv.read_one(data)[0]]
    found = []
    for security_infos in infos:  # SET OF SecurityInfo, each a SEQUENCE starting with its OID
        for info in security_infos.children() if security_infos.tag == 0x31 else ():
            parts = info.children() if info.tag == 0x30 else []
            if not parts or parts[0].tag != 0x06:
                raise ProtocolError("a security info has no protocol identifier")
            found.append((tlv.oid_text(parts[0].value), parts[1:]))
    return found


def describe_dg14(data: bytes) -> list[str]:
    """The security protocols DG14 announces (Chip Authentication, PACE, Active Authentication info)."""
    known = {"0.4.0.127.0.7.2.2.1": "Chip Authentication public key", "0.4.0.127.0.7.2.2.3": "Chip Authentication",
             "0.4.0.127.0.7.2.2.4": "PACE", "2.23.136.1.1.5": "Active Authentication",
             "0.4.0.127.0.7.2.2.2": "Terminal Authentication"}
    found: list[str] = []
    for oid, _ in security_infos(data):
        name = next((v for k, v in known.items() if oid.startswith(k)), oid)
        if name not in found:
            found.append(name)
    return found


def describe_dg15(data: bytes) -> str:
    """The Active Authentication public key's kind and size."""
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    group = outer(data, 0x6F, "DG15")
    try:
        key = load_der_public_key(group.value)
    except Exception:
        return "a public key this tool cannot load"
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size} bits"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"ECDSA {key.curve.name} ({key.curve.key_size} bits)"
    return "a public key of another kind"
