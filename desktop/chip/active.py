"""Active Authentication (Doc 9303 Part 11 §6.1): the chip proves it holds the private key whose public half is
in DG15, by signing a challenge we choose. A copy of the chip's files on another chip cannot, because the
private key cannot be read out. Worked example: Part 11 Appendix F.

    INTERNAL AUTHENTICATE  00 88 00 00 08 RND.IFD 00  ->  signature
    RSA:   ISO/IEC 9796-2 digital signature scheme 1 with partial message recovery: the recovered
           F = 6A || M1 || H || BC  (trailer BC: SHA-1; or xx CC naming the hash), H = hash(M1 || RND.IFD)
    ECDSA: a plain r || s signature (BSI TR-03111) over RND.IFD, the hash named by DG14's
           ActiveAuthenticationInfo (Part 11 §9.2.10)

The RSA step recovers F with the public key (Python's `pow`; `cryptography` offers no raw RSA); ECDSA is
verified by `cryptography`.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from desktop.checks.report import FAIL, PASS, SKIP, WARN, Check
from desktop.chip import lds, signatures, tlv
from desktop.chip.card import Card
from desktop.chip.errors import ChipError, ProtocolError
from desktop.chip.passive import chip_check

ID_AA = "2.23.136.1.1.5"
# ISO/IEC 10118-3 hash identifiers in the trailer xx CC (ISO/IEC 9796-2 §B)
TRAILER_HASHES = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384", 0x38: "sha224"}
# BSI TR-03111 ecdsa-plain-* and X9.62 ecdsa-with-* identifiers -> hash
ECDSA_HASHES = {"0.4.0.127.0.7.1.1.4.1.1": "sha1", "0.4.0.127.0.7.1.1.4.1.2": "sha224",
                "0.4.0.127.0.7.1.1.4.1.3": "sha256", "0.4.0.127.0.7.1.1.4.1.4": "sha384",
                "0.4.0.127.0.7.1.1.4.1.5": "sha512", "1.2.840.10045.4.1": "sha1", "1.2.840.10045.4.3.1": "sha224",
                "1.2.840.10045.4.3.2": "sha256", "1.2.840.10045.4.3.3": "sha384", "1.2.840.10045.4.3.4": "sha512"}
HASHES = {"sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
          "sha512": hashes.SHA512}


class Mismatch(Exception):
    """The answer is not a signature of our challenge by DG15's key."""


def recover_9796(f: bytes, challenge: bytes) -> None:
    """Check a recovered ISO/IEC 9796-2 scheme 1 representative F against the challenge (M2 = RND.IFD).
    Raises Mismatch with what is wrong."""
    if len(f) < 4:
        raise Mismatch("the recovered message is too short")
    if f[-1] == 0xBC:
        name, trailer = "sha1", 1
    elif f[-1] == 0xCC and f[-2] in TRAILER_HASHES:
        name, trailer = TRAILER_HASHES[f[-2]], 2
    else:
        raise Mismatch(f"the recovered message ends in {f[-2:].hex().upper()}, not an ISO/IEC 9796-2 trailer")
    partial = {0x6: True, 0x4: False}.get(f[0] >> 4)
    if partial is None:
        raise Mismatch(f"the recovered message starts with {f[0]:02X}, not an ISO/IEC 9796-2 header")
    start = 1
    if f[0] & 0x0F != 0x0A:  # padding nibbles B ... B, closed by A
        if f[0] & 0x0F != 0x0B:
            raise Mismatch("the recovered message's padding is malformed")
        while start < len(f) and f[start] == 0xBB:
            start += 1
        if start >= len(f) or f[start] != 0xBA:
            raise Mismatch("the recovered message's padding is malformed")
        start += 1
    size = hashlib.new(name).digest_size
    if len(f) - trailer - size < start:
        raise Mismatch("the recovered message is too short for its hash")
    m1, digest = f[start:len(f) - trailer - size], f[len(f) - trailer - size:len(f) - trailer]
    message = m1 + challenge if partial else m1
    if not partial and m1 != challenge:
        raise Mismatch("the fully recovered message is not our challenge")
    if hashlib.new(name, message).digest() != digest:
        raise Mismatch("the signature is not over our challenge (the recovered hash differs)")


def answer_size(dg15: bytes) -> int:
    """How many bytes the chip's signature will have (0 when DG15's key cannot be read: verify says why)."""
    from asn1crypto import keys as asn1keys

    try:
        key = signatures.public_key(asn1keys.PublicKeyInfo.load(lds.outer(dg15, 0x6F, "DG15").value))
    except (ValueError, TypeError, ChipError, signatures.BadSignature):
        return 0
    if isinstance(key, rsa.RSAPublicKey):
        return (key.key_size + 7) // 8
    if isinstance(key, ec.EllipticCurvePublicKey):
        return 2 * ((key.curve.key_size + 7) // 8) + 9  # plain, or DER with its headers
    return 0


# An answer this long no longer fits a short APDU once secure messaging wraps it (87 L 01 + padding, 99 04, 8E 0A):
# RSA-1536 and RSA-2048 keys need extended lengths (ISO/IEC 7816-4 §5.1), as passport readers send them.
SHORT_ANSWER = 200
# statuses that say the exchange could not carry the answer: the reader or chip lacks extended lengths, not proof
LENGTH_PROBLEMS = (0x6700, 0x6C00)


def verify(dg15: bytes, challenge: bytes, signature: bytes, hash_name: str | None) -> str:
    """Check the chip's answer against DG15's public key; returns the scheme's description. Raises Mismatch
    when it is not a signature of the challenge, ChipError when the key cannot be used at all."""
    from asn1crypto import keys as asn1keys

    try:
        info = asn1keys.PublicKeyInfo.load(lds.outer(dg15, 0x6F, "DG15").value)
        key = signatures.public_key(info)
    except (ValueError, TypeError, signatures.BadSignature) as exc:
        raise ChipError(f"DG15's public key cannot be used ({exc})") from None
    if isinstance(key, rsa.RSAPublicKey):
        numbers = key.public_numbers()
        if key.key_size % 8 or not signature or int.from_bytes(signature, "big") >= numbers.n:
            raise Mismatch("the answer is not an RSA signature of DG15's key size")
        m = pow(int.from_bytes(signature, "big"), numbers.e, numbers.n)
        if m & 0x0F != 0x0C:  # the signer may send n - s (ISO/IEC 9796-2 §B.6)
            m = numbers.n - m
        recover_9796(m.to_bytes(key.key_size // 8, "big"), challenge)
        return f"RSA {key.key_size} bits, ISO/IEC 9796-2"
    if isinstance(key, ec.EllipticCurvePublicKey):
        size = (key.curve.key_size + 7) // 8
        if len(signature) == 2 * size:  # plain r || s
            der = encode_dss_signature(int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big"))
        else:  # some chips answer in DER
            der = signature
        for name in [hash_name] if hash_name else list(HASHES):
            try:
                key.verify(der, challenge, ec.ECDSA(HASHES[name]()))
                return f"ECDSA {key.curve.name}, {name.upper()}"
            except (InvalidSignature, ValueError):
                continue
        raise Mismatch("the ECDSA signature over our challenge does not verify with DG15's key")
    raise ChipError("DG15 holds a key of a kind Active Authentication does not use")


def signature_hash(dg14: bytes | None) -> str | None:
    """The hash an ECDSA chip signs with, from DG14's ActiveAuthenticationInfo (None: not said)."""
    if not dg14:
        return None
    try:
        for oid, parts in lds.security_infos(dg14):
            if oid == ID_AA and len(parts) > 1 and parts[1].tag == 0x06:
                return ECDSA_HASHES.get(tlv.oid_text(parts[1].value))
    except (ProtocolError, ValueError):
        return None
    return None


def authenticate(card: Card, files: dict[int, bytes], covered: set[int], challenge: bytes | None = None) -> Check:
    """The finding `chip.active_authentication` for a chip that holds DG15 (`files` as read; `covered` the data
    groups whose hash the security object vouches for)."""
    dg15 = files.get(15)
    if dg15 is None:
        return chip_check("chip.active_authentication", SKIP, "chip.active_authentication.absent")
    challenge = challenge or os.urandom(8)
    extended = answer_size(dg15) > SHORT_ANSWER
    try:
        signature, sw = card.send(0x00, 0x88, 0x00, 0x00, challenge, le=0, what="Active Authentication",
                                  extended=extended)
    except ProtocolError as exc:
        return chip_check("chip.active_authentication", FAIL, "chip.active_authentication.refused", detail=str(exc))
    if sw == LENGTH_PROBLEMS[0] or sw >> 8 == LENGTH_PROBLEMS[1] >> 8:
        # the answer did not fit this exchange: undecided (never a pass), not a copy — a genuine chip behind a
        # reader without extended lengths answers so
        return chip_check("chip.active_authentication", WARN, "chip.active_authentication.unusable",
                          detail=f"the chip's {answer_size(dg15)}-byte answer did not fit the exchange "
                                 f"(status {sw:04X}): the reader may not support extended lengths")
    if sw != 0x9000 or not signature:
        return chip_check("chip.active_authentication", FAIL, "chip.active_authentication.refused",
                          detail=f"status {sw:04X}")
    try:
        scheme = verify(dg15, challenge, signature, signature_hash(files.get(14)))
    except Mismatch as exc:
        return chip_check("chip.active_authentication", FAIL, "chip.active_authentication.failed", detail=str(exc))
    except ChipError as exc:
        return chip_check("chip.active_authentication", WARN, "chip.active_authentication.unusable", detail=str(exc))
    if 15 not in covered:
        # the chip holds the key it names, but nothing vouches that the key is the document's: not proof
        return chip_check("chip.active_authentication", WARN, "chip.active_authentication.uncovered", scheme=scheme)
    return chip_check("chip.active_authentication", PASS, scheme=scheme)
