"""The workstation's signature on its log (issue 23): the hash chain says whether entries were changed *relative
to each other*; only something outside the file can say that the whole chain was not rewritten, cut short or
replaced. That is a key pair and a memory that live beside the log, not in it:

- an **Ed25519 key** made on first use in the user data folder (`workstation-signing.key`, owner-only 0600;
  `$DOCEXAM_SIGNING_KEY` names another file). Every entry the workstation writes carries its signature over
  (workstation, sequence number, entry hash); the hash covers everything before it, so one signature anchors
  the whole chain up to that entry. Someone who edits the file and recomputes the hashes cannot re-sign.
- a **high-water mark** (`signed-heads.json` beside the key): the last entry this key signed in each log (by the
  log's location). A log cut short, emptied or replaced by an older copy is seen even though each of its
  remaining entries is still validly signed.

The unit registers each workstation's public key once (`docexam log enrol`) in the central database; a push is
accepted only for entries signed by that key. What cannot be detected locally — someone with the key file
itself, or a log and key restored together from a backup — the central copy and the printed case reports (which
carry the head's sequence and signature) can prove.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.record import places

ENV_KEY = "DOCEXAM_SIGNING_KEY"
KEY_FILE = "workstation-signing.key"
STATE_FILE = "signed-heads.json"


class SigningError(Exception):
    """The key file cannot be read, made or used; the message says which and why."""


def message(workstation: str, seq: int, entry_hash: str) -> bytes:
    return f"docexam log entry\n{workstation}\n{seq}\n{entry_hash}".encode("utf-8")


def fingerprint(public_b64: str) -> str:
    """A short name for a public key: the first 16 bytes of its SHA-256, in groups of four hex digits."""
    digest = hashlib.sha256(base64.b64decode(public_b64)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def verify(public_b64: str, signature_b64: str | None, workstation: str, seq: int, entry_hash: str) -> bool:
    if not signature_b64:
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
        key.verify(base64.b64decode(signature_b64, validate=True), message(workstation, seq, entry_hash))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def public_key_text(text: str) -> str:
    """A public key as `docexam log key` prints it (base64 of the 32 raw bytes); ValueError otherwise."""
    raw = base64.b64decode(text.strip(), validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    Ed25519PublicKey.from_public_bytes(raw)
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class Signer:
    path: Path
    private: Ed25519PrivateKey

    @property
    def public(self) -> str:
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode("ascii")

    def sign(self, workstation: str, seq: int, entry_hash: str) -> str:
        return base64.b64encode(self.private.sign(message(workstation, seq, entry_hash))).decode("ascii")

    # the high-water mark --------------------------------------------------------------------------------

    @property
    def state_path(self) -> Path:
        return self.path.with_name(STATE_FILE)

    def remembered(self, log_name: str) -> dict[str, tuple[int, str]]:
        """workstation -> (sequence, hash) of the last entry this key signed in the log at `log_name`."""
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
            return {ws: (int(v[0]), str(v[1])) for ws, v in data.get(log_name, {}).items()}
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
            return {}

    def remember(self, log_name: str, workstation: str, seq: int, entry_hash: str) -> None:
        """Raise the mark (never lower it): the file is replaced atomically, under a lock where the system has
        one, so two programs writing the same log keep the higher entry."""
        with _locked(self.state_path.with_suffix(".lock")):
            try:
                data = json.loads(self.state_path.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    data = {}
            except (OSError, ValueError):
                data = {}
            marks = data.setdefault(log_name, {}) if isinstance(data.get(log_name, {}), dict) else {}
            data[log_name] = marks
            old = marks.get(workstation)
            if isinstance(old, list) and len(old) == 2 and isinstance(old[0], int) and old[0] >= seq:
                return
            marks[workstation] = [seq, entry_hash]
            temporary = self.state_path.with_suffix(".tmp")
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.state_path)


@contextlib.contextmanager
def _locked(path: Path):
    try:
        import fcntl
    except ImportError:  # Windows: os.replace keeps the file whole; a lost update only lowers detection
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def key_path() -> Path:
    return Path(os.environ[ENV_KEY]) if os.environ.get(ENV_KEY) else places.data_dir() / KEY_FILE


def load(path: Path | None = None) -> Signer:
    """This workstation's key, made on first use (owner-only)."""
    path = path or key_path()
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            key = Ed25519PrivateKey.generate()
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
            return Signer(path, key)
        except FileExistsError:  # another program made it first
            pass
        except OSError as exc:
            raise SigningError(f"the workstation's signing key cannot be made at {path}: {exc}") from None
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningError(f"the workstation's signing key {path} cannot be read ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(f"{path} is not an Ed25519 key")
    return Signer(path, key)
