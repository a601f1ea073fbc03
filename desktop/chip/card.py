"""Talking to the chip: plain and protected commands over a Transport, and reading a whole elementary file.

A Transport is anything with `transmit(apdu: bytes) -> (data: bytes, sw: int)` that raises CardGone when the
card or reader goes away (pcsc.py for real readers; tests also use recorded exchanges).
"""

from __future__ import annotations

from typing import Protocol

from desktop.chip import tlv
from desktop.chip.errors import ChipError, ProtocolError, StatusError
from desktop.chip.sm import SecureMessaging

LDS_AID = bytes.fromhex("A0000002471001")  # the eMRTD application (Part 10 §3.10)
CHUNK = 0xDF  # a protected answer of 223 bytes still fits a short APDU (Part 11 §9.8)
MAX_FILE = 512 * 1024  # no LDS file is this large; a chip claiming more is broken or hostile


class Transport(Protocol):
    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...


class Card:
    def __init__(self, transport: Transport):
        self.transport = transport
        self.sm: SecureMessaging | None = None
        self.exchanges = 0
        self.reopen = None  # set by the access protocol: runs it again
        self._sm_ended = False

    def send(self, cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None,
             what: str = "command", extended: bool = False) -> tuple[bytes, int]:
        """One command and its answer; `extended` for answers longer than 256 bytes (ISO/IEC 7816-4 §5.1)."""
        self.exchanges += 1
        if self.sm is None:
            apdu = bytes([cla, ins, p1, p2])
            if extended:
                apdu += (b"\x00" + len(data).to_bytes(2, "big") + data) if data else b""
                apdu += ((le & 0xFFFF).to_bytes(2, "big") if data else b"\x00" + (le & 0xFFFF).to_bytes(2, "big")) \
                    if le is not None else b""
            else:
                if data:
                    apdu += bytes([len(data)]) + data
                if le is not None:
                    apdu += bytes([le & 0xFF])
            return self._exchange(apdu)
        if self._sm_ended and self.reopen is not None:
            self.reopen()
        raw, sw = self._exchange(self.sm.protect(cla, ins, p1, p2, data, le, extended))
        if sw == 0x6987 or sw == 0x6988:
            raise ProtocolError(f"{what}: the chip rejected our secure messaging ({sw:04X})")
        if not raw and sw != 0x9000:
            # An error sent without secure messaging (Part 11 §9.8.5 allows it): chips differ in whether their
            # send sequence counter moved, so the session cannot be trusted to continue. Open it again before
            # the next command, as readers of passports do.
            self._sm_ended = True
            return b"", sw
        return self.sm.unprotect(raw, sw)

    def _exchange(self, apdu: bytes) -> tuple[bytes, int]:
        """transmit, collecting an answer the chip sends in parts (61xx: GET RESPONSE for xx more bytes; ISO/IEC
        7816-4 §7.1.3), up to MAX_FILE bytes."""
        data, sw = self.transport.transmit(apdu)
        parts = bytearray(data)
        while sw >> 8 == 0x61:
            if len(parts) > MAX_FILE:
                raise ProtocolError("the chip's answer does not end")
            more, sw = self.transport.transmit(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))
            parts += more
        return bytes(parts), sw

    def ok(self, what: str, *args, **kw) -> bytes:
        data, sw = self.send(*args, what=what, **kw)
        if sw != 0x9000:
            raise StatusError(what, sw)
        return data

    def select_application(self) -> None:
        self.ok("selecting the passport application", 0x00, 0xA4, 0x04, 0x0C, LDS_AID)

    def select_file(self, fid: int) -> int:
        """SELECT an EF by its file identifier; the status word (6A82: not on this chip)."""
        _, sw = self.send(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big"), what=f"selecting file {fid:04X}")
        return sw

    def read_binary(self, offset: int, length: int) -> bytes:
        if offset > 0x7FFF:  # beyond 15-bit offsets: READ BINARY with an odd INS and offset object 54
            return self.ok(f"reading at offset {offset}", 0x00, 0xB1, 0x00, 0x00,
                           tlv.build(0x54, offset.to_bytes(3, "big")), le=length)
        return self.ok(f"reading at offset {offset}", 0x00, 0xB0, offset >> 8, offset & 0xFF, le=length)

    def read_file(self, fid: int) -> bytes | None:
        """The whole content of an EF, or None if the chip has no such file."""
        sw = self.select_file(fid)
        if sw in (0x6A82, 0x6A80):
            return None
        if sw != 0x9000:
            raise StatusError(f"selecting file {fid:04X}", sw)
        head = self.read_binary(0, 8)
        total = tlv.outer_length(head)
        if total is None:
            raise ProtocolError(f"file {fid:04X} does not start with a data object")
        if total > MAX_FILE:
            raise ProtocolError(f"file {fid:04X} claims {total} bytes, more than any passport file holds")
        data = bytearray(head[:total])
        while len(data) < total:
            chunk = self.read_binary(len(data), min(CHUNK, total - len(data)))
            if not chunk:
                raise ProtocolError(f"file {fid:04X} ended after {len(data)} of its {total} bytes")
            data += chunk
        return bytes(data[:total])


def require(condition: bool, message: str) -> None:
    if not condition:
        raise ChipError(message)
