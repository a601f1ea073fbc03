"""Chip Authentication (Doc 9303 Part 11 §6.2; BSI TR-03110 Part 1 §3.4, version 1): the chip proves it holds
the private key of DG14's Chip Authentication public key by agreeing new secure-messaging keys with us. A copy
of the chip's files on another chip cannot compute them, so its next answer does not carry a valid MAC.

    DG14: ChipAuthenticationPublicKeyInfo (id-PK-ECDH / id-PK-DH, the key, optional key id) and
          ChipAuthenticationInfo (id-CA-ECDH-* / id-CA-DH-*: the cipher; absent means 3DES)
    3DES:  MSE:Set KAT  00 22 41 A6  {91 PK.PCD} [{84 key id}]
    AES:   MSE:Set AT   00 22 41 A4  {80 OID} [{84 key id}];  GENERAL AUTHENTICATE 00 86 00 00 {7C {80 PK.PCD}}
    K = KA(SK.PCD, PK.PICC);  KSenc, KSmac = KDF(K, 1 | 2);  secure messaging restarts with SSC = 0
    then a read under the new keys: a valid MAC is the proof (implicit authentication).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.checks.report import FAIL, PASS, SKIP, WARN, Check
from desktop.chip import groups, keys, lds, tlv
from desktop.chip.card import Card
from desktop.chip.errors import CardGone, ChipError, ProtocolError
from desktop.chip.passive import chip_check
from desktop.chip.sm import SecureMessaging

ID_PK = "0.4.0.127.0.7.2.2.1"  # .1 DH, .2 ECDH
ID_CA = "0.4.0.127.0.7.2.2.3"  # .1 DH, .2 ECDH; then .1 3DES, .2 AES-128, .3 AES-192, .4 AES-256
CIPHERS = {"1": ("3des", 112), "2": ("aes", 128), "3": ("aes", 192), "4": ("aes", 256)}


@dataclass(frozen=True)
class ChipKey:
    kind: str  # "ECDH" or "DH"
    key_info: bytes  # the SubjectPublicKeyInfo, DER
    key_id: int | None
    protocol: str | None  # the ChipAuthenticationInfo OID for this key, None: 3DES by default

    @property
    def cipher(self) -> tuple[str, int]:
        return CIPHERS.get(self.protocol.rsplit(".", 1)[1], ("3des", 112)) if self.protocol else ("3des", 112)

    def describe(self) -> str:
        cipher, bits = self.cipher
        return f"{self.kind}, {cipher.upper()}" + (f"-{bits}" if cipher == "aes" else "")


def _integer(item: tlv.TLV) -> int:
    return int.from_bytes(item.value, "big")


def chip_keys(dg14: bytes) -> list[ChipKey]:
    """The Chip Authentication keys DG14 offers, each with the protocol that goes with it."""
    infos = lds.security_infos(dg14)
    protocols: dict[int | None, str] = {}
    for oid, parts in infos:
        if oid.startswith(ID_CA + ".") and oid.count(".") == ID_CA.count(".") + 2:
            key_id = _integer(parts[1]) if len(parts) > 1 and parts[1].tag == 0x02 else None
            protocols.setdefault(key_id, oid)
    found = []
    for oid, parts in infos:
        if oid in (ID_PK + ".1", ID_PK + ".2") and parts and parts[0].tag == 0x30:
            key_id = _integer(parts[1]) if len(parts) > 1 and parts[1].tag == 0x02 else None
            protocol = protocols.get(key_id) or (protocols.get(None) if key_id is None or len(protocols) == 1 else None)
            found.append(ChipKey("ECDH" if oid.endswith(".2") else "DH", tlv.build(0x30, parts[0].value), key_id,
                                 protocol))
    return found


def authenticate(card: Card, files: dict[int, bytes], covered: set[int], secret: int | None = None) -> Check:
    """The finding `chip.chip_authentication` (`files` as read; `covered`: the groups the security object
    vouches for). On success the card continues in secure messaging under the new keys."""
    dg14 = files.get(14)
    try:
        offered = chip_keys(dg14) if dg14 else []
    except (ProtocolError, ValueError) as exc:
        return chip_check("chip.chip_authentication", WARN, "chip.chip_authentication.unusable", detail=str(exc))
    if not offered:
        return chip_check("chip.chip_authentication", SKIP, "chip.chip_authentication.absent")
    key = offered[0]
    try:
        group, chip_public = groups.from_key_der(key.key_info)
    except ChipError as exc:
        return chip_check("chip.chip_authentication", WARN, "chip.chip_authentication.unusable", detail=str(exc))
    secret = secret or group.random_secret()
    ours = group.public(secret)
    cipher, bits = key.cipher
    key_ref = tlv.build(0x84, key.key_id.to_bytes(max(1, (key.key_id.bit_length() + 7) // 8), "big")) \
        if key.key_id is not None else b""
    try:
        if cipher == "3des":
            _, sw = card.send(0x00, 0x22, 0x41, 0xA6, tlv.build(0x91, ours) + key_ref, what="Chip Authentication")
        else:
            _, sw = card.send(0x00, 0x22, 0x41, 0xA4, tlv.build(0x80, tlv.oid_bytes(key.protocol)) + key_ref,
                              what="Chip Authentication (setting the protocol)")
            if sw == 0x9000:
                _, sw = card.send(0x00, 0x86, 0x00, 0x00, tlv.build(0x7C, tlv.build(0x80, ours)), le=0,
                                  what="Chip Authentication (key agreement)")
        if sw != 0x9000:
            return chip_check("chip.chip_authentication", FAIL, "chip.chip_authentication.refused",
                              detail=f"status {sw:04X}")
        shared = group.shared(secret, chip_public, "Chip Authentication key in DG14")
        card.sm = SecureMessaging(keys.kdf(shared, keys.ENC, cipher, bits), keys.kdf(shared, keys.MAC, cipher, bits),
                                  0, cipher)
        card._sm_ended = False
        # the proof: the chip answers under the new keys (any elementary file read will do; DG14 is there)
        if card.select_file(lds.DATA_GROUPS[14][0]) != 0x9000 or card.read_binary(0, 4) != dg14[:4]:
            raise ProtocolError("the chip's answer under the new keys is not DG14")
    except CardGone:
        raise
    except ChipError as exc:  # a MAC that fails under the new keys, a refused read: not the chip of DG14's key
        return chip_check("chip.chip_authentication", FAIL, "chip.chip_authentication.failed", detail=str(exc))
    if 14 not in covered:
        return chip_check("chip.chip_authentication", WARN, "chip.chip_authentication.uncovered",
                          protocol=key.describe())
    return chip_check("chip.chip_authentication", PASS, protocol=key.describe())
