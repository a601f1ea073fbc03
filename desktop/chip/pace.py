"""PACE with Generic Mapping, over ECDH or DH (Doc 9303 Part 11 §4.4 and §9.5; worked examples in Appendix G.1
(ECDH) and G.2 (DH)), with the MRZ or the card access number (CAN) as the password.

    EF.CardAccess: PACEInfo (protocol OID, version 2, standardized domain parameters)
    MSE:Set AT (OID, password reference 01 MRZ / 02 CAN, parameters);  GENERAL AUTHENTICATE, four steps:
      1  -> encrypted nonce z;  s = D(Kπ, z)
      2  PK.map.PCD -> PK.map.PICC;  generic mapping: Ĝ = s·G + SK.map.PCD·PK.map.PICC  (DH: ĝ = g^s · h)
      3  PK.PCD on Ĝ -> PK.PICC;  K = KA(SK.PCD, PK.PICC);  KSenc, KSmac = KDF(K, 1 | 2)
      4  T.PCD = MAC(KSmac, PK.PICC) -> T.PICC = MAC(KSmac, PK.PCD), checked
    then secure messaging with KSenc / KSmac and a send sequence counter of 0.

With the chip authentication mapping (PACE-CAM, Part 11 §4.4.3.3.3, ECDH and AES only) the mapping step is the
generic one, and the chip's answer to step 4 adds 8A: its chip authentication data A.IC = E(KSenc, CA.IC), AES-CBC
with the IV E(KSenc, -1) (the all-ones block) and padding method 2, where CA.IC = SK.map.IC / SK.IC mod n. The
terminal then reads EF.CardSecurity and checks PK.map.IC = CA.IC · PK.IC with the signed static key PK.IC (cam.py):
a chip that does not hold SK.IC cannot compute CA.IC, so a copy fails.

The group arithmetic is in groups.py (ECPy for curves); the symmetric parts use desktop.chip.crypto
(`cryptography`). Integrated mapping is not implemented: such a chip is opened with BAC where it offers it, and
the finding says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.chip import crypto, groups, keys, tlv
from desktop.chip.card import Card
from desktop.chip.errors import AccessDenied, ChipError, ProtocolError
from desktop.chip.sm import SecureMessaging

ID_PACE = "0.4.0.127.0.7.2.2.4"
DH_GM, ECDH_GM, ECDH_CAM = ID_PACE + ".1", ID_PACE + ".2", ID_PACE + ".6"
CIPHERS = {"1": ("3des", 112), "2": ("aes", 128), "3": ("aes", 192), "4": ("aes", 256)}
MAPPINGS = {"1": "DH generic mapping", "2": "ECDH generic mapping", "3": "DH integrated mapping",
            "4": "ECDH integrated mapping", "6": "ECDH chip authentication mapping"}


@dataclass(frozen=True)
class Password:
    """What opens the chip: the MRZ information (keys.mrz_information) or the card access number."""
    kind: str  # "mrz" or "can"
    value: str

    @property
    def reference(self) -> int:
        return 1 if self.kind == "mrz" else 2  # Part 11 §9.7.3 / TR-03110: 01 MRZ, 02 CAN

    def key(self, cipher: str, bits: int) -> bytes:
        return keys.pace_password(self.value, cipher, bits, self.kind)

    def refused(self, detail: str) -> str:
        if self.kind == "can":
            return (f"the chip refused the card access number (PACE, {detail}): check the 6 digits printed on the "
                    "card (usually at the top right of the front)")
        return (f"the chip refused the access key from the MRZ (PACE, {detail}): check that the MRZ was read "
                "correctly — the document number, date of birth and date of expiry with their check digits open "
                "the chip")


@dataclass(frozen=True)
class PaceInfo:
    oid: str
    version: int
    parameter_id: int | None

    @property
    def supported(self) -> bool:
        family, cipher = self.oid.rsplit(".", 1)
        if family == ECDH_CAM and CIPHERS.get(cipher, ("",))[0] != "aes":
            return False  # PACE-CAM is defined with AES only (Part 11 §9.2.3)
        known = groups.CURVES if family in (ECDH_GM, ECDH_CAM) else groups.DH_STANDARD if family == DH_GM else {}
        return cipher in CIPHERS and self.parameter_id in known

    @property
    def chip_authentication_mapping(self) -> bool:
        return self.oid.rsplit(".", 1)[0] == ECDH_CAM

    def describe(self) -> str:
        mapping = MAPPINGS.get(self.oid[len(ID_PACE) + 1:].split(".")[0], self.oid)
        cipher = CIPHERS.get(self.oid.rsplit(".", 1)[1], ("?", 0))
        parameters = groups.CURVES.get(self.parameter_id) or (
            "RFC 5114 1024-bit" if self.parameter_id in groups.DH_STANDARD else f"parameters {self.parameter_id}")
        return f"PACE {mapping}, {cipher[0].upper()}-{cipher[1]}, {parameters}"


@dataclass(frozen=True)
class CamProof:
    """What PACE-CAM leaves for the chip's authentication (checked in cam.py against EF.CardSecurity): the
    standardized parameters, the chip's mapping key PK.map.IC and CA.IC as decrypted — or why there is none."""
    parameter_id: int
    pk_map: bytes
    ca: int | None
    problem: str | None = None


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


def _general_authenticate(card: Card, tag: int, value: bytes, last: bool, answer: int, what: str,
                          password: Password, also: list | None = None) -> bytes:
    """One step: 7C {tag value} -> 7C {answer ...}; command chaining (CLA 10) but for the last step. `also`
    receives the whole answer object (PACE-CAM's step 4 carries a second one)."""
    body = tlv.build(0x7C, tlv.build(tag, value) if tag else b"")
    data, sw = card.send(0x00 if last else 0x10, 0x86, 0x00, 0x00, body, le=0, what=what)
    if sw != 0x9000:
        if last or sw in (0x6300, 0x6982) or sw >> 4 == 0x63C:
            raise AccessDenied(password.refused(f"{what}, status {sw:04X}"))
        raise ProtocolError(f"PACE {what}: the chip answered {sw:04X}")
    outer = tlv.read_one(data)[0] if data else None
    if outer is None or outer.tag != 0x7C:
        raise ProtocolError(f"PACE {what}: the chip's answer is not a dynamic authentication data object")
    item = outer.find(answer)
    if also is not None:
        also.append(outer)
    if item is None:
        raise ProtocolError(f"PACE {what}: the chip's answer lacks object {answer:X}")
    return item.value


def auth_token(cipher: str, ks_mac: bytes, oid: str, public: bytes, tag: int = 0x86) -> bytes:
    """Part 11 §4.4.3.4: the MAC over the other side's public key, as data object 7F49 {06 OID, 86 point} (a DH
    value goes in 84, as an unsigned integer)."""
    if tag == 0x84:
        public = public.lstrip(b"\x00") or b"\x00"
    data = tlv.build(0x7F49, tlv.build(0x06, tlv.oid_bytes(oid)) + tlv.build(tag, public))
    if cipher == "3des":
        return crypto.retail_mac(ks_mac, crypto.pad(data, 8))
    return crypto.aes_cmac(ks_mac, data)


def authenticate(card: Card, password: Password, pace: PaceInfo, sk_map: int | None = None,
                 sk_eph: int | None = None) -> CamProof | None:
    """Run PACE; leaves the card in secure messaging (the private values may be given for the worked
    examples). With the chip authentication mapping, returns what the chip sent to prove its key."""
    if not pace.supported:
        raise ChipError(f"{pace.describe()} is not supported by this tool")
    cipher, bits = CIPHERS[pace.oid.rsplit(".", 1)[1]]
    group = groups.standard(pace.parameter_id)
    card.sm, card._sm_ended = None, False
    k_pi = password.key(cipher, bits)
    setting = tlv.build(0x80, tlv.oid_bytes(pace.oid)) + tlv.build(0x83, bytes([password.reference])) + \
        tlv.build(0x84, bytes([pace.parameter_id]))
    _, sw = card.send(0x00, 0x22, 0xC1, 0xA4, setting, what="PACE: setting the protocol")
    if sw != 0x9000:
        raise ProtocolError(f"the chip does not accept {pace.describe()} with the "
                            f"{'card access number' if password.kind == 'can' else 'MRZ'} (status {sw:04X})")
    z = _general_authenticate(card, 0, b"", False, 0x80, "nonce", password)
    if not z or len(z) % (8 if cipher == "3des" else 16):
        raise ProtocolError("PACE: the chip's encrypted nonce has a wrong length")
    s = int.from_bytes(crypto.des3_cbc(k_pi, z, False) if cipher == "3des" else crypto.aes_cbc(k_pi, z, False), "big")
    sk_map = sk_map or group.random_secret()
    pk_map_picc = _general_authenticate(card, 0x81, group.public(sk_map), False, 0x82, "mapping", password)
    mapped = group.mapped(s, sk_map, pk_map_picc)
    sk_eph = sk_eph or mapped.random_secret()
    pk_pcd = mapped.public(sk_eph)
    pk_picc = _general_authenticate(card, 0x83, pk_pcd, False, 0x84, "key agreement", password)
    if pk_picc == pk_map_picc:
        raise ProtocolError("PACE: the chip's ephemeral key equals its mapping key (Part 11 §4.4.3.3 forbids it)")
    shared = mapped.shared(sk_eph, pk_picc, "ephemeral key")
    ks_enc, ks_mac = keys.kdf(shared, keys.ENC, cipher, bits), keys.kdf(shared, keys.MAC, cipher, bits)
    answer: list = []
    token = _general_authenticate(card, 0x85, auth_token(cipher, ks_mac, pace.oid, pk_picc, group.token_tag), True,
                                  0x86, "mutual authentication", password, answer)
    if token != auth_token(cipher, ks_mac, pace.oid, pk_pcd, group.token_tag):
        raise AccessDenied("the chip's PACE authentication token is wrong: the chip was not opened with this "
                           f"{'card access number' if password.kind == 'can' else 'MRZ'}")
    card.sm = SecureMessaging(ks_enc, ks_mac, 0, cipher)

    def reopen():  # a new PACE session, and the passport application selected in it
        authenticate(card, password, pace)
        card.select_application()

    card.reopen = reopen
    if pace.chip_authentication_mapping:
        return _cam_proof(pace.parameter_id, pk_map_picc, ks_enc, answer[0].find(0x8A))
    return None


def _cam_proof(parameter_id: int, pk_map: bytes, ks_enc: bytes, encrypted) -> CamProof:
    """CA.IC from the chip's encrypted chip authentication data (Part 11 §4.4.3.5.1): AES-CBC under KSenc with
    the IV E(KSenc, -1), padding method 2. A chip that leaves it out or sends what does not decrypt proves
    nothing (cam.py fails it)."""
    if encrypted is None:
        return CamProof(parameter_id, pk_map, None, "the chip did not send its chip authentication data")
    data = encrypted.value
    if not data or len(data) % 16:
        return CamProof(parameter_id, pk_map, None, "the chip's chip authentication data has a wrong length")
    iv = crypto.aes_ecb(ks_enc, b"\xff" * 16)
    try:
        plain = crypto.unpad(crypto.aes_cbc(ks_enc, data, False, iv))
    except ProtocolError:
        return CamProof(parameter_id, pk_map, None, "the chip's chip authentication data does not decrypt")
    return CamProof(parameter_id, pk_map, int.from_bytes(plain, "big"))
