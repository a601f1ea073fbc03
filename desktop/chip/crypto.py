"""The ciphers of Doc 9303 Part 11 §9.8, built from the `cryptography` package's primitives.

3DES (two-key, for BAC) in CBC with a zero IV and the ISO/IEC 9797-1 MAC algorithm 3 ("retail MAC") with
padding method 2; AES in CBC (the IV is the encrypted send sequence counter) and AES-CMAC cut to 8 bytes, for
PACE. No cipher or big-number code of our own: only the chaining of the retail MAC is written here.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

try:  # cryptography >= 43 keeps the old ciphers here
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
except ImportError:  # pragma: no cover - older releases
    TripleDES = algorithms.TripleDES

ZERO8 = bytes(8)


def pad(data: bytes, block: int) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80, then zeros to a whole block."""
    data = data + b"\x80"
    return data + bytes(-len(data) % block)


def unpad(data: bytes) -> bytes:
    from desktop.chip.errors import ProtocolError

    end = data.rstrip(b"\x00")
    if not end or end[-1] != 0x80:
        raise ProtocolError("the chip's encrypted data is not padded as Doc 9303 requires")
    return end[:-1]


def _run(cipher: Cipher, data: bytes, encrypt: bool) -> bytes:
    op = cipher.encryptor() if encrypt else cipher.decryptor()
    return op.update(data) + op.finalize()


def des3_cbc(key: bytes, data: bytes, encrypt: bool, iv: bytes = ZERO8) -> bytes:
    """Two-key 3DES (K1, K2, K1): given as three keys, the form `cryptography` keeps supporting."""
    return _run(Cipher(TripleDES(key[:16] + key[:8]), modes.CBC(iv)), data, encrypt)


def _des(key8: bytes, data: bytes, encrypt: bool, cbc: bool = False) -> bytes:
    # single DES is 3DES with K1 = K2 = K3
    return _run(Cipher(TripleDES(key8 * 3), modes.CBC(ZERO8) if cbc else modes.ECB()), data, encrypt)


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 over data already padded: DES-CBC with Ka, then the last block
    decrypted with Kb and encrypted with Ka again."""
    ka, kb = key[:8], key[8:16]
    h = _des(ka, data, True, cbc=True)[-8:]
    return _des(ka, _des(kb, h, False), True)


def aes_cbc(key: bytes, data: bytes, encrypt: bool, iv: bytes = bytes(16)) -> bytes:
    return _run(Cipher(algorithms.AES(key), modes.CBC(iv)), data, encrypt)


def aes_ecb(key: bytes, block: bytes) -> bytes:
    return _run(Cipher(algorithms.AES(key), modes.ECB()), block, True)


def aes_cmac(key: bytes, data: bytes) -> bytes:
    """AES-CMAC cut to 8 bytes (Part 11 §9.8.6.2)."""
    c = cmac.CMAC(algorithms.AES(key))
    c.update(data)
    return c.finalize()[:8]
