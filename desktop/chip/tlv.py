"""BER-TLV as the chip speaks it (ISO/IEC 7816-4, Doc 9303 Part 10 §4): strict, so a malformed answer is a
ProtocolError with a reason, never an IndexError."""

from __future__ import annotations

from typing import Iterator, NamedTuple

from desktop.chip.errors import ProtocolError


class TLV(NamedTuple):
    tag: int
    value: bytes
    constructed: bool

    def children(self) -> list["TLV"]:
        return parse(self.value)

    def find(self, tag: int) -> "TLV | None":
        return next((t for t in self.children() if t.tag == tag), None)


def read_one(data: bytes, pos: int = 0) -> tuple[TLV, int]:
    """The TLV object at `pos` and the position after it."""
    n = len(data)
    if pos >= n:
        raise ProtocolError("a data object is missing (the answer ended early)")
    first = data[pos]
    constructed = bool(first & 0x20)
    tag, pos = first, pos + 1
    if first & 0x1F == 0x1F:  # a tag of several bytes: continuation while bit 8 is set
        for _ in range(3):
            if pos >= n:
                raise ProtocolError("a data object's tag is cut off")
            tag = (tag << 8) | data[pos]
            pos += 1
            if not data[pos - 1] & 0x80:
                break
        else:
            raise ProtocolError("a data object's tag is longer than four bytes")
    if pos >= n:
        raise ProtocolError(f"data object {tag:X} has no length")
    length = data[pos]
    pos += 1
    if length == 0x80:
        raise ProtocolError(f"data object {tag:X} has an indefinite length (not allowed here)")
    if length > 0x80:
        count = length & 0x7F
        if count > 4 or pos + count > n:
            raise ProtocolError(f"data object {tag:X} has a broken length")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    if pos + length > n:
        raise ProtocolError(f"data object {tag:X} says {length} bytes but only {n - pos} follow")
    return TLV(tag, bytes(data[pos:pos + length]), constructed), pos + length


def parse(data: bytes) -> list[TLV]:
    out, pos = [], 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF) and all(b in (0x00, 0xFF) for b in data[pos:]):
            break  # padding after the last object
        item, pos = read_one(data, pos)
        out.append(item)
    return out


def iterate(data: bytes) -> Iterator[TLV]:
    """Every object, depth first (constructed ones and what they hold)."""
    for item in parse(data):
        yield item
        if item.constructed:
            yield from iterate(item.value)


def encode_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def build(tag: int, value: bytes) -> bytes:
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big") + encode_length(len(value)) + value


def outer_length(data: bytes) -> int | None:
    """The whole length of the object at the start of `data` (from its first bytes), or None if those bytes
    do not yet say: used to read a file of unknown size."""
    try:
        pos = 1
        if data[0] & 0x1F == 0x1F:
            while data[pos] & 0x80:
                pos += 1
            pos += 1
        length = data[pos]
        pos += 1
        if length > 0x80:
            count = length & 0x7F
            if len(data) < pos + count:
                return None
            length = int.from_bytes(data[pos:pos + count], "big")
            pos += count
        return pos + length
    except IndexError:
        return None


def oid_text(value: bytes) -> str:
    """The dotted form of an OBJECT IDENTIFIER's content octets (asn1crypto decodes it)."""
    from asn1crypto import core

    return core.ObjectIdentifier.load(build(0x06, value)).dotted


def oid_bytes(dotted: str) -> bytes:
    """The content octets of an OBJECT IDENTIFIER."""
    from asn1crypto import core

    return core.ObjectIdentifier(dotted).contents
