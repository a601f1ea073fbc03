"""A chip in Python for fuzzing the reading side: BAC and 3DES secure messaging on the card's side, over the
files given. Written from Doc 9303 Part 11 for these tests; the emulated chip of the main tests is
virtualsmartcard's (emulator.py)."""

from __future__ import annotations

import os

from desktop.chip import crypto, keys, lds, tlv
from desktop.chip.sm import SecureMessaging


class SoftChip:
    def __init__(self, files: dict[int, bytes]):
        self.files = files
        mrz = lds.parse_dg1(files[0x0101])
        self.k_enc, self.k_mac = keys.bac_keys(keys.mrz_information(mrz))
        self.sm: SecureMessaging | None = None
        self.selected: bytes | None = None
        self.challenge = b""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        cla, ins, p1, p2 = apdu[:4]
        if self.sm is None:
            if ins == 0xA4 and p1 == 0x04:
                return b"", 0x9000
            if ins == 0xA4:
                return b"", 0x6A82
            if ins == 0x84:
                self.challenge = os.urandom(8)
                return self.challenge, 0x9000
            if ins == 0x82:
                data = apdu[5:5 + apdu[4]]
                e, m = data[:32], data[32:40]
                if crypto.retail_mac(self.k_mac, crypto.pad(e, 8)) != m:
                    return b"", 0x6300
                s = crypto.des3_cbc(self.k_enc, e, False)
                rnd_ifd, k_ifd = s[:8], s[16:32]
                k_ic = os.urandom(16)
                e_ic = crypto.des3_cbc(self.k_enc, self.challenge + rnd_ifd + k_ic, True)
                seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic))
                self.sm = SecureMessaging(keys.kdf(seed, 1), keys.kdf(seed, 2),
                                          int.from_bytes(self.challenge[4:] + rnd_ifd[4:], "big"))
                return e_ic + crypto.retail_mac(self.k_mac, crypto.pad(e_ic, 8)), 0x9000
            return b"", 0x6982
        objects = {o.tag: o.value for o in tlv.parse(apdu[5:5 + apdu[4]])}
        self.sm.ssc += 1
        covered = b"".join(tlv.build(t, v) for t, v in objects.items() if t != 0x8E)
        if self.sm._mac(crypto.pad(apdu[:4], 8) + covered) != objects.get(0x8E):
            self.sm = None
            return b"", 0x6988
        data = crypto.unpad(self.sm._encrypt(objects[0x87][1:], False)) if 0x87 in objects else b""
        le = objects.get(0x97, b"\x00")[0] or 256
        if ins == 0xA4:
            fid = int.from_bytes(data, "big")
            if fid not in self.files:
                return self._answer(b"", 0x6A82)
            self.selected = self.files[fid]
            return self._answer(b"", 0x9000)
        if ins == 0xB0 and self.selected is not None:
            offset = (p1 << 8) | p2
            return self._answer(self.selected[offset:offset + le], 0x9000)
        return self._answer(b"", 0x6D00)

    def _answer(self, data: bytes, sw: int) -> tuple[bytes, int]:
        self.sm.ssc += 1
        body = b""
        if data:
            body += tlv.build(0x87, b"\x01" + self.sm._encrypt(crypto.pad(data, 8), True))
        body += tlv.build(0x99, sw.to_bytes(2, "big"))
        body += tlv.build(0x8E, self.sm._mac(body))
        return body, sw
