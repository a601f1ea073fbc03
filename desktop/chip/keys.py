"""Access keys from the MRZ (Doc 9303 Part 11 §9.7.1 and §4.4.3, Appendix D.2).

The "MRZ information" is the document number with its check digit, the date of birth with its check digit
and the date of expiry with its check digit, as printed. For a TD1 whose number is longer than nine
characters (the 10th position holds '<'), the number continues in the optional data and its check digit is
the last character there (Part 5 §4.2.4); the full number and that digit are used (Part 11 Appendix D.2,
icao9303.md, "Part 11").

    Kseed = SHA-1(MRZ information)[:16];  K = KDF(Kseed, c): SHA-1(Kseed || c as 4 bytes)
    c = 1: encryption key, c = 2: MAC key, c = 3: the PACE password key Kπ (from SHA-1(MRZ information))
"""

from __future__ import annotations

import hashlib

from desktop.chip.errors import ChipError

ENC, MAC, PACE = 1, 2, 3


def mrz_information(lines: tuple[str, ...] | list[str]) -> str:
    """The MRZ information of a TD1, TD2 or TD3 MRZ (the lines as read)."""
    lines = [line.strip() for line in lines]
    widths = [len(line) for line in lines]
    if widths == [30, 30, 30]:  # TD1: number on line 1, dates on line 2
        number, digit = lines[0][5:14], lines[0][14]
        if digit == "<":  # a long number continues in the optional data, its check digit last
            rest = lines[0][15:30].split("<", 1)[0]
            if not rest:
                raise ChipError("the MRZ's long document number has no check digit")
            number, digit = number + rest[:-1], rest[-1]
        return number + digit + lines[1][0:7] + lines[1][8:15]
    if widths in ([44, 44], [36, 36]):  # TD3, TD2: all on line 2
        second = lines[1]
        return second[0:10] + second[13:20] + second[21:28]
    raise ChipError("the chip can only be opened with the MRZ of a passport or ID card (TD1, TD2 or TD3)")


def seed(info: str) -> bytes:
    return hashlib.sha1(info.encode("ascii")).digest()[:16]


def adjust_parity(key: bytes) -> bytes:
    """DES keys carry odd parity in each byte's lowest bit (Part 11 §9.7.1.1)."""
    out = bytearray()
    for b in key:
        high = b & 0xFE
        out.append(high | (bin(high).count("1") % 2 == 0))
    return bytes(out)


def kdf(secret: bytes, counter: int, cipher: str = "3des", bits: int = 128) -> bytes:
    """Part 11 §9.7.1: 3DES 112-bit keys (parity adjusted), AES 128 (SHA-1), 192 and 256 (SHA-256)."""
    data = secret + counter.to_bytes(4, "big")
    if cipher == "3des":
        return adjust_parity(hashlib.sha1(data).digest()[:16])
    if bits == 128:
        return hashlib.sha1(data).digest()[:16]
    return hashlib.sha256(data).digest()[:bits // 8]


def bac_keys(info: str) -> tuple[bytes, bytes]:
    """(Kenc, Kmac) for Basic Access Control."""
    s = seed(info)
    return kdf(s, ENC), kdf(s, MAC)


def pace_password(value: str, cipher: str, bits: int, kind: str = "mrz") -> bytes:
    """Kπ for PACE (Part 11 §9.7.3): KDFπ(SHA-1(MRZ information)) with the MRZ, KDFπ(CAN) with the card access
    number (its digits as ISO 8859-1 characters)."""
    secret = hashlib.sha1(value.encode("ascii")).digest() if kind == "mrz" else value.encode("latin-1")
    return kdf(secret, PACE, cipher, bits)
