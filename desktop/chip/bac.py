"""Basic Access Control (Doc 9303 Part 11 §4.3, worked example in Appendix D.3).

    GET CHALLENGE -> RND.IC;  S = RND.IFD || RND.IC || K.IFD;  E.IFD = 3DES(Kenc, S);  M.IFD = MAC(Kmac, E.IFD)
    EXTERNAL AUTHENTICATE E.IFD || M.IFD -> E.IC || M.IC;  R = RND.IC || RND.IFD || K.IC
    session keys from K.IFD xor K.IC;  SSC = RND.IC[4:8] || RND.IFD[4:8]
"""

from __future__ import annotations

import os

from desktop.chip import crypto, keys
from desktop.chip.card import Card
from desktop.chip.errors import AccessDenied, ProtocolError
from desktop.chip.sm import SecureMessaging


def authenticate(card: Card, info: str, rnd_ifd: bytes | None = None, k_ifd: bytes | None = None) -> None:
    """Run BAC with the MRZ information and leave the card in secure messaging (random values may be given
    for the worked example)."""
    card.sm, card._sm_ended = None, False
    k_enc, k_mac = keys.bac_keys(info)
    rnd_ic = card.ok("asking the chip for a challenge", 0x00, 0x84, 0x00, 0x00, le=8)
    if len(rnd_ic) != 8:
        raise ProtocolError(f"the chip's challenge is {len(rnd_ic)} bytes, not 8")
    rnd_ifd = rnd_ifd or os.urandom(8)
    k_ifd = k_ifd or os.urandom(16)
    e_ifd = crypto.des3_cbc(k_enc, rnd_ifd + rnd_ic + k_ifd, True)
    m_ifd = crypto.retail_mac(k_mac, crypto.pad(e_ifd, 8))
    answer, sw = card.send(0x00, 0x82, 0x00, 0x00, e_ifd + m_ifd, le=40, what="authenticating")
    if sw != 0x9000:
        raise AccessDenied("the chip refused the access key from the MRZ (BAC, status "
                           f"{sw:04X}): check that the MRZ was read correctly — the document number, date of "
                           "birth and date of expiry with their check digits open the chip")
    if len(answer) != 40:
        raise ProtocolError(f"the chip's authentication answer is {len(answer)} bytes, not 40")
    e_ic, m_ic = answer[:32], answer[32:]
    if crypto.retail_mac(k_mac, crypto.pad(e_ic, 8)) != m_ic:
        raise AccessDenied("the chip's answer to BAC does not carry our key's MAC: the chip was not opened with "
                           "this MRZ")
    r = crypto.des3_cbc(k_enc, e_ic, False)
    if r[:8] != rnd_ic or r[8:16] != rnd_ifd:
        raise AccessDenied("the chip's answer to BAC does not return our challenge: not opened with this MRZ")
    seed = bytes(a ^ b for a, b in zip(k_ifd, r[16:32]))
    card.sm = SecureMessaging(keys.kdf(seed, keys.ENC), keys.kdf(seed, keys.MAC),
                              int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big"))
    card.reopen = lambda: authenticate(card, info)
