"""PACE with Generic Mapping over ECDH (Doc 9303 Part 11 §4.4 and §9.5; worked example in Appendix G.1).

    EF.CardAccess: PACEInfo (protocol OID, version 2, standardized domain parameters)
    MSE:Set AT (OID, MRZ password, parameters);  GENERAL AUTHENTICATE, four steps:
      1  -> encrypted nonce z;  s = D(Kπ, z)
      2  PK.map.PCD -> PK.map.PICC;  H = SK.map.PCD · PK.map.PICC;  Ĝ = s·G + H       (generic mapping)
      3  PK.PCD = SK.PCD · Ĝ -> PK.PICC;  K = x(SK.PCD · PK.PICC);  KSenc, KSmac = KDF(K, 1 | 2)
      4  T.PCD = MAC(KSmac, PK.PICC) -> T.PICC = MAC(KSmac, PK.PCD), checked
    then secure messaging with KSenc / KSmac and a send sequence counter of 0.

The curve arithmetic (a point times a scalar, a sum of points) is ECPy's, a library: `cryptography` offers
only ECDH on a curve's own generator, and generic mapping needs another one. The symmetric parts use
desktop.chip.crypto (`cryptography`). Integrated and chip-authentication mappings and DH are not implemented:
such a chip is opened with BAC where it offers it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from desktop.chip import crypto, keys, tlv
from desktop.chip.card import Card
from desktop.chip.errors import AccessDenied, ChipError, ProtocolError
from desktop.chip.sm import SecureMessaging

ID_PACE = "0.4.0.127.0.7.2.2.4"
ECDH_GM = ID_PACE + ".2"
CIPHERS = {"1": ("3des", 112), "2": ("aes", 128), "3": ("aes", 192), "4": ("aes", 256)}
# Part 11 §9.5.1, standardized domain parameters -> ECPy's curve names
CURVES = {8: "secp192r1", 9: "Brainpool-p192r1", 10: "secp224r1", 11: "Brainpool-p224r1", 12: "secp256r1",
          13: "Brainpool-p256r1", 14: "Brainpool-p320r1", 15: "secp384r1", 16: "Brainpool-p384r1",
          17: "Brainpool-p512r1", 18: "secp521r1"}
MAPPINGS = {"1": "DH generic mapping", "2": "ECDH generic mapping", "3": "DH integrated mapping",
            "4": "ECDH integrated mapping", "6": "ECDH chip authentication mapping"}


@dataclass(frozen=True)
class PaceInfo:
    oid: str
    version: int
    parameter_id: int | None

    @property
    def supported(self) -> bool:
        return self.oid.rsplit(".", 1)[0] == ECDH_GM and self.oid.rsplit(".", 1)[1] in CIPHERS and \
            self.parameter_id in CURVES

    def describe(self) -> str:
        mapping = MAPPINGS.get(self.oid[len(ID_PACE) + 1:].split(".")[0], self.oid)
        cipher = CIPHERS.get(self.oid.rsplit(".", 1)[1], ("?", 0))
        curve = CURVES.get(self.parameter_id, f"parameters {self.parameter_id}")
        return f"PACE {mapping}, {cipher[0].upper()}-{cipher[1]}, {curve}"


def parse_card_access(data: bytes) -> list[PaceInfo]:
    """The PACEInfos of EF.CardAccess (a SET OF SecurityInfo)."""
    outer = tlv.read_one(data)[0]
    if outer.tag != 0x31:
        raise ProtocolError("EF.CardAccess is not a set of security infos")
    found = []
    for info in outer.children():
        parts = info.children() if info.tag == 0x30 else []
        if len(parts) < 2 or parts[0].tag != 0x06 or parts[1].tag != 0x02:
            continue
        oid = tlv.oid_text(parts[0].value)
        if not oid.startswith(ID_PACE + ".") or oid.count(".") != ID_PACE.count(".") + 2:
            continue  # PACEDomainParameterInfo and other infos
        parameter = int.from_bytes(parts[2].value, "big") if len(parts) > 2 and parts[2].tag == 0x02 else None
        found.append(PaceInfo(oid, int.from_bytes(parts[1].value, "big"), parameter))
    return found


def _point_bytes(point, size: int) -> bytes:
    return b"\x04" + point.x.to_bytes(size, "big") + point.y.to_bytes(size, "big")


def _point(curve, data: bytes, what: str):
    from ecpy.curves import ECPyException, Point

    size = (curve.size + 7) // 8
    if len(data) != 1 + 2 * size or data[0] != 0x04:
        raise ProtocolError(f"the chip's {what} is not an uncompressed point of the curve")
    try:
        return Point(int.from_bytes(data[1:1 + size], "big"), int.from_bytes(data[1 + size:], "big"), curve)
    except ECPyException:
        raise ProtocolError(f"the chip's {what} is not on the curve") from None


def _general_authenticate(card: Card, tag: int, value: bytes, last: bool, answer: int, what: str) -> bytes:
    """One step: 7C {tag value} -> 7C {answer ...}; command chaining (CLA 10) but for the last step."""
    body = tlv.build(0x7C, tlv.build(tag, value) if tag else b"")
    data, sw = card.send(0x00 if last else 0x10, 0x86, 0x00, 0x00, body, le=0, what=what)
    if sw != 0x9000:
        if last or sw in (0x6300, 0x6982) or sw >> 4 == 0x63C:
            raise AccessDenied(f"the chip refused the access key from the MRZ (PACE, {what}, status {sw:04X}): "
                               "check that the MRZ was read correctly — the document number, date of birth and "
                               "date of expiry with their check digits open the chip")
        raise ProtocolError(f"PACE {what}: the chip answered {sw:04X}")
    outer = tlv.read_one(data)[0] if data else None
    if outer is None or outer.tag != 0x7C:
        raise ProtocolError(f"PACE {what}: the chip's answer is not a dynamic authentication data object")
    item = outer.find(answer)
    if item is None:
        raise ProtocolError(f"PACE {what}: the chip's answer lacks object {answer:X}")
    return item.value


def _auth_token(cipher: str, ks_mac: bytes, oid: str, point: bytes) -> bytes:
    """Part 11 §4.4.3.4: the MAC over the other side's public key, as data object 7F49 {06 OID, 86 point}."""
    data = tlv.build(0x7F49, tlv.build(0x06, tlv.oid_bytes(oid)) + tlv.build(0x86, point))
    if cipher == "3des":
        return crypto.retail_mac(ks_mac, crypto.pad(data, 8))
    return crypto.aes_cmac(ks_mac, data)


def authenticate(card: Card, info: str, pace: PaceInfo, sk_map: int | None = None, sk_eph: int | None = None) -> None:
    """Run PACE with the MRZ as password; leaves the card in secure messaging (the private scalars may be given
    for the worked example)."""
    from ecpy.curves import Curve

    if not pace.supported:
        raise ChipError(f"{pace.describe()} is not supported by this tool")
    cipher, bits = CIPHERS[pace.oid.rsplit(".", 1)[1]]
    curve = Curve.get_curve(CURVES[pace.parameter_id])
    size = (curve.size + 7) // 8
    card.sm, card._sm_ended = None, False
    k_pi = keys.pace_password(info, cipher, bits)
    setting = tlv.build(0x80, tlv.oid_bytes(pace.oid)) + tlv.build(0x83, b"\x01") + \
        tlv.build(0x84, bytes([pace.parameter_id]))
    _, sw = card.send(0x00, 0x22, 0xC1, 0xA4, setting, what="PACE: setting the protocol")
    if sw != 0x9000:
        raise ProtocolError(f"the chip does not accept {pace.describe()} (status {sw:04X})")
    z = _general_authenticate(card, 0, b"", False, 0x80, "nonce")
    if not z or len(z) % (8 if cipher == "3des" else 16):
        raise ProtocolError("PACE: the chip's encrypted nonce has a wrong length")
    s = int.from_bytes(crypto.des3_cbc(k_pi, z, False) if cipher == "3des" else crypto.aes_cbc(k_pi, z, False), "big")
    g = curve.generator
    sk_map = sk_map or 1 + secrets.randbelow(curve.order - 1)
    pk_map_picc = _point(curve, _general_authenticate(card, 0x81, _point_bytes(sk_map * g, size), False, 0x82,
                                                      "mapping"), "mapping key")
    mapped = s * g + sk_map * pk_map_picc  # generic mapping: Ĝ = s·G + H
    sk_eph = sk_eph or 1 + secrets.randbelow(curve.order - 1)
    pk_pcd = _point_bytes(sk_eph * mapped, size)
    pk_picc_bytes = _general_authenticate(card, 0x83, pk_pcd, False, 0x84, "key agreement")
    pk_picc = _point(curve, pk_picc_bytes, "ephemeral key")
    if pk_picc == pk_map_picc:
        raise ProtocolError("PACE: the chip's ephemeral key equals its mapping key (Part 11 §4.4.3.3 forbids it)")
    shared = (sk_eph * pk_picc).x.to_bytes(size, "big")
    ks_enc, ks_mac = keys.kdf(shared, keys.ENC, cipher, bits), keys.kdf(shared, keys.MAC, cipher, bits)
    token = _general_authenticate(card, 0x85, _auth_token(cipher, ks_mac, pace.oid, pk_picc_bytes), True, 0x86,
                                  "mutual authentication")
    if token != _auth_token(cipher, ks_mac, pace.oid, pk_pcd):
        raise AccessDenied("the chip's PACE authentication token is wrong: the chip was not opened with this MRZ")
    card.sm = SecureMessaging(ks_enc, ks_mac, 0, cipher)

    def reopen():  # a new PACE session, and the passport application selected in it
        authenticate(card, info, pace)
        card.select_application()

    card.reopen = reopen
