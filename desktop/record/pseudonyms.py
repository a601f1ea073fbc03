"""Keyed hashes that stand for names and document numbers in exports for analysis.

HMAC-SHA256 with a secret key: the same document gives the same value under the same key, so a unit can
count repeat documents and travellers, but the value cannot be turned back into a name, nor recomputed by
someone without the key. The key is the workstation's own (made on first use, kept beside the log) unless
the unit gives every workstation one shared key file ($DOCEXAM_PSEUDONYM_KEY, or --key-file): only then are
values comparable across checkpoints.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from desktop.record import places

ENV_KEY = "DOCEXAM_PSEUDONYM_KEY"
KEY_FILE = "pseudonym.key"


class UnusableKey(ValueError):
    """The key file cannot be read or is not a key."""


def load_key(path: str | Path) -> bytes:
    try:
        text = Path(path).read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise UnusableKey(f"the key file {path} cannot be used ({exc}); it must hold at least 32 bytes in hex") \
            from None
    if len(key) < 32:
        raise UnusableKey(f"the key file {path} holds {len(key)} bytes; a key has at least 32")
    return key


def make_key(path: str | Path) -> bytes:
    """A new random key written to `path` (readable by its owner only)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
    return key


def workstation_key() -> bytes:
    """The unit's shared key when $DOCEXAM_PSEUDONYM_KEY names one, else this workstation's own."""
    if os.environ.get(ENV_KEY):
        return load_key(os.environ[ENV_KEY])
    path = places.data_dir() / KEY_FILE
    if path.exists():
        return load_key(path)
    try:
        return make_key(path)
    except FileExistsError:  # another process made it first
        return load_key(path)


def key_id(key: bytes) -> str:
    """Names a key without revealing it: exports say which key their values are under."""
    return hashlib.sha256(b"docexam key id\n" + key).hexdigest()[:12]


def _keyed(key: bytes, kind: str, *parts: str | None) -> str | None:
    if not any(parts):
        return None
    message = kind.encode() + b"\n" + "\x1f".join(p or "" for p in parts).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:24]


def document_key(key: bytes, fields: dict) -> str | None:
    """The document: issuing State, document code and number."""
    if not fields.get("document_number"):
        return None
    return _keyed(key, "document", fields.get("issuing_state"), fields.get("document_code"),
                  fields.get("document_number"))


def name_key(key: bytes, fields: dict) -> str | None:
    """The traveller: primary and secondary identifiers with the birth date."""
    if not (fields.get("surname") or fields.get("given_names")):
        return None
    return _keyed(key, "person", fields.get("surname"), fields.get("given_names"), fields.get("birth_date"))
