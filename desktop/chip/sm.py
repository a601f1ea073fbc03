"""Secure messaging (Doc 9303 Part 11 §9.8): every command after access is encrypted and MACed, every answer
checked, with a send sequence counter (SSC) that both sides step before each command and each answer.

    command:  CLA|0C INS P1 P2  Lc  [87 L 01 Enc(pad(data))] [97 01 Le] 8E 08 MAC(pad(SSC || pad(header) ||
              DOs))  00
    answer:   [87 L 01 Enc(pad(data))] 99 02 SW 8E 08 MAC(pad(SSC || DOs))   SW

A MAC that does not match is a ProtocolError (never ignored); so is a missing 99 or 8E.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.chip import crypto, tlv
from desktop.chip.errors import ProtocolError


@dataclass
class SecureMessaging:
    ks_enc: bytes
    ks_mac: bytes
    ssc: int
    cipher: str = "3des"  # or "aes"

    @property
    def block(self) -> int:
        return 8 if self.cipher == "3des" else 16

    def _ssc_bytes(self) -> bytes:
        return self.ssc.to_bytes(self.block, "big")

    def _mac(self, data: bytes) -> bytes:
        padded = crypto.pad(self._ssc_bytes() + data, self.block)
        if self.cipher == "3des":
            return crypto.retail_mac(self.ks_mac, padded)
        return crypto.aes_cmac(self.ks_mac, padded)

    def _encrypt(self, data: bytes, encrypt: bool) -> bytes:
        if self.cipher == "3des":
            return crypto.des3_cbc(self.ks_enc, data, encrypt)
        iv = crypto.aes_ecb(self.ks_enc, self._ssc_bytes())  # Part 11 §9.8.6.1: IV = E(KSenc, SSC)
        return crypto.aes_cbc(self.ks_enc, data, encrypt, iv)

    def protect(self, cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None,
                extended: bool = False) -> bytes:
        """The protected command; `extended` uses extended lengths (ISO/IEC 7816-4 §5.1: Lc in three bytes, Le
        in two, and two bytes in DO 97), for answers longer than a short APDU carries (an RSA-2048 Active
        Authentication signature under secure messaging)."""
        self.ssc += 1
        header = bytes([cla | 0x0C, ins, p1, p2])
        body = b""
        if data:
            body += tlv.build(0x87, b"\x01" + self._encrypt(crypto.pad(data, self.block), True))
        if le is not None:
            body += tlv.build(0x97, (le & 0xFFFF).to_bytes(2, "big") if extended else bytes([le & 0xFF]))
        mac = self._mac(crypto.pad(header, self.block) + body)
        body += tlv.build(0x8E, mac)
        if extended:
            return header + b"\x00" + len(body).to_bytes(2, "big") + body + b"\x00\x00"
        if len(body) > 255:
            raise ProtocolError("a protected command would exceed a short APDU")
        return header + bytes([len(body)]) + body + b"\x00"

    def unprotect(self, response: bytes, sw: int) -> tuple[bytes, int]:
        """The plain data and status word of a protected answer."""
        self.ssc += 1
        if not response:
            # an error status sent without secure messaging (allowed for errors, Part 11 §9.8.5)
            if sw == 0x9000:
                raise ProtocolError("the chip's answer carries no secure messaging objects")
            return b"", sw
        objects = tlv.parse(response)
        tags = [o.tag for o in objects]
        if 0x8E not in tags or 0x99 not in tags:
            raise ProtocolError("the chip's answer lacks its status or MAC object (99, 8E)")
        mac_at = tags.index(0x8E)
        covered = b"".join(tlv.build(o.tag, o.value) for o in objects[:mac_at])
        if objects[mac_at].value != self._mac(covered):
            raise ProtocolError("the chip's answer does not carry a valid MAC (secure messaging broken, or the "
                                "answer was altered)")
        status = next(o.value for o in objects if o.tag == 0x99)
        if len(status) != 2:
            raise ProtocolError("the chip's status object is not two bytes")
        data = b""
        for o in objects:
            if o.tag in (0x87, 0x85):
                body = o.value[1:] if o.tag == 0x87 else o.value
                if o.tag == 0x87 and (not o.value or o.value[0] != 0x01):
                    raise ProtocolError("the chip's encrypted data object has an unknown padding indicator")
                if not body or len(body) % self.block:
                    raise ProtocolError("the chip's encrypted data is not a whole number of blocks")
                data = crypto.unpad(self._encrypt(body, False))
            elif o.tag == 0x81:
                data = o.value
        return data, int.from_bytes(status, "big")
