"""One log entry: its two parts, how it is sealed into the chain, and how it is checked.

    personal_digest = SHA-256(the personal part's stored JSON)   it holds a random salt, so the digest kept
                                                                 after a purge reveals nothing
    hash            = SHA-256(prev_hash "\\n" canonical(public) "\\n" personal_digest)

The public part names its own workstation, sequence number and kind, so an entry moved to another place in
the chain (a reorder) or another chain no longer matches its hash; a deleted entry breaks the next entry's
prev_hash; an edited one its own hash.
"""

from __future__ import annotations

import functools
import hashlib
import json
import secrets
import zlib
from dataclasses import dataclass, field
from typing import Any

try:  # some ten times faster on a report's 15 KB of JSON; the digest covers the bytes stored, whoever wrote them
    import orjson
except ImportError:  # the core install has no dependencies: the standard library writes the same content
    orjson = None

GENESIS = "0" * 64  # the prev_hash of a chain's first entry


def canonical(data: Any) -> bytes:
    """The one byte form that is hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode("utf-8")


def encode_personal(personal: dict) -> bytes:
    """The personal part's stored JSON. Its byte form need not be canonical: its digest is taken over exactly
    these bytes, and `log verify` re-hashes the bytes, never a re-encoding."""
    if orjson is not None:
        return orjson.dumps(personal, default=str, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)
    return canonical(personal)


def loads(data: str | bytes) -> Any:
    return orjson.loads(data) if orjson is not None else json.loads(data)


def chain_hash(prev_hash: str, public: dict, personal_digest: str) -> str:
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical(public) + b"\n" + personal_digest.encode()).hexdigest()


@dataclass(frozen=True)
class Entry:
    workstation: str
    seq: int
    kind: str  # examination | decision | purge
    time_utc: str
    public: dict
    personal_blob: bytes | None = field(repr=False)  # the stored form of the personal part; None once purged
    personal_digest: str
    image: str | None  # SHA-256 of the stored image, if one is stored
    prev_hash: str
    hash: str
    public_text: str | None = field(default=None, repr=False, compare=False)  # canonical(public), once sealed
    signature: str | None = field(default=None, repr=False)  # the workstation's Ed25519 signature (signing.py)

    @functools.cached_property
    def personal(self) -> dict | None:
        """The personal part (names, numbers, report, note), None once purged."""
        return None if self.personal_blob is None else loads(zlib.decompress(self.personal_blob))

    @property
    def id(self) -> str:
        return f"{self.workstation}:{self.seq}"

    @property
    def purged(self) -> bool:
        return self.personal_blob is None

    def row(self) -> tuple:
        return (self.workstation, self.seq, self.kind, self.time_utc, self.public_text or canonical(self.public).decode("utf-8"),
                self.personal_blob, self.personal_digest, self.image, self.prev_hash, self.hash, self.signature)

    def summary(self) -> dict:
        """`docexam log list --json`: one line per entry (id, time, source, status, hash are the contract)."""
        p = self.public
        personal = self.personal or {}
        out = {"id": self.id, "time": self.time_utc, "time_local": p.get("time_local"),
               "workstation": self.workstation, "seq": self.seq, "kind": self.kind,
               "source": personal.get("source"), "status": p.get("status"), "hash": self.hash,
               "officer": p.get("officer"), "decision": p.get("decision"), "purged": self.purged}
        if self.kind == "decision":
            out["examination"] = p.get("examination")
        return out


def seal(public: dict, personal: dict | None, prev_hash: str, image: str | None = None) -> Entry:
    """A new entry after `prev_hash`. The personal part gets a fresh salt."""
    if personal is None:
        blob, digest = None, hashlib.sha256(b"").hexdigest()
    else:
        body = encode_personal({**personal, "salt": secrets.token_hex(16)})
        blob, digest = zlib.compress(body, 1), hashlib.sha256(body).hexdigest()
    text = canonical(public)
    sealed = hashlib.sha256(prev_hash.encode() + b"\n" + text + b"\n" + digest.encode()).hexdigest()  # chain_hash
    return Entry(public["workstation"], public["seq"], public["kind"], public["time_utc"], public, blob, digest,
                 image, prev_hash, sealed, text.decode("utf-8"))


def from_row(row) -> Entry:
    """An entry from its stored row. A row that cannot be one (JSON cut off, a public part that is not an
    object, a sequence that is not a number) raises ValueError with the reason."""
    workstation, seq, kind, time_utc, public, personal, digest, image, prev_hash, hash_, signature = row
    try:
        parsed = loads(public)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"its public part is not readable JSON ({exc})") from None
    if not isinstance(parsed, dict):
        raise ValueError(f"its public part is a {type(parsed).__name__}, not an object")
    try:
        number = int(seq)
    except (ValueError, TypeError):
        raise ValueError(f"its sequence number {seq!r} is not a number") from None
    return Entry(workstation, number, kind, time_utc, parsed, None if personal is None else bytes(personal), digest,
                 image, prev_hash, hash_, None, signature)


def problems(entry: Entry, prev_hash: str, expected_seq: int) -> list[str]:
    """What is wrong with one entry where the chain expects `prev_hash` and `expected_seq` (empty if nothing)."""
    found = []
    p = entry.public
    if entry.seq != expected_seq:
        found.append(f"sequence number {entry.seq} where {expected_seq} was expected (an entry is missing or moved)")
    if entry.prev_hash != prev_hash:
        found.append("it does not follow the entry before it (an entry before it was deleted, moved or edited)")
    if (p.get("workstation"), p.get("seq"), p.get("kind"), p.get("time_utc")) != \
            (entry.workstation, entry.seq, entry.kind, entry.time_utc):
        found.append("its columns disagree with its sealed content")
    if chain_hash(entry.prev_hash, p, entry.personal_digest) != entry.hash:
        found.append("its content does not match its hash (edited)")
    if entry.personal_blob is not None and _blob_digest(entry.personal_blob) != entry.personal_digest:
        found.append("its personal data does not match its digest (edited)")
    return found


def _blob_digest(blob: bytes) -> str | None:
    """The digest of a stored personal part, straight from its bytes (no JSON parsing)."""
    try:
        return hashlib.sha256(zlib.decompress(blob)).hexdigest()
    except zlib.error:
        return None
