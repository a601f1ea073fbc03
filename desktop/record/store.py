"""Where entries are kept: an SQLite file (a workstation) or a PostgreSQL database (the unit's central log).

Both hold the same three tables; the SQL differs only in placeholders and type names. SQLite runs in WAL
mode with a full sync on every commit, so a crash or power cut loses at most the entry being written and
never an earlier one; one writer at a time (BEGIN IMMEDIATE; PostgreSQL: an advisory lock per workstation).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from desktop.record.entry import Entry, from_row

COLUMNS = "workstation, seq, kind, time_utc, public, personal, personal_digest, image, prev_hash, hash, signature"
SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    workstation TEXT NOT NULL, seq {int} NOT NULL, kind TEXT NOT NULL, time_utc TEXT NOT NULL,
    public TEXT NOT NULL, personal {blob}, personal_digest TEXT NOT NULL, image TEXT,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL, signature TEXT, PRIMARY KEY (workstation, seq));
CREATE INDEX IF NOT EXISTS entries_time ON entries (time_utc);
CREATE TABLE IF NOT EXISTS heads (workstation TEXT PRIMARY KEY, seq {int} NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS images (sha256 TEXT PRIMARY KEY, data {blob} NOT NULL);
CREATE TABLE IF NOT EXISTS workstation_keys (workstation TEXT PRIMARY KEY, public_key TEXT NOT NULL,
    enrolled_utc TEXT NOT NULL);
"""
# a log made before entries were signed gains the column (its old entries stay unsigned: verify says so)
MIGRATE = "ALTER TABLE entries ADD COLUMN signature TEXT"
BATCH = 2000


class StoreError(Exception):
    """The database cannot be opened or used; the message says which and why."""


def is_postgres(target: str) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def open_store(target: str | Path) -> "Store":
    return PostgresStore(str(target)) if is_postgres(str(target)) else SqliteStore(Path(target))


class Store:
    """The operations the log needs, in portable SQL (`?` placeholders, translated for PostgreSQL)."""

    name = ""
    mark = "?"

    def sql(self, text: str) -> str:
        return text if self.mark == "?" else text.replace("?", self.mark)

    # implemented by each backend
    def transaction(self, workstation: str | None = None):
        raise NotImplementedError

    def cursor(self):
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # shared
    def last(self, cur, workstation: str) -> tuple[int, str] | None:
        cur.execute(self.sql("SELECT seq, hash FROM entries WHERE workstation = ? ORDER BY seq DESC LIMIT 1"),
                    (workstation,))
        row = cur.fetchone()
        return (int(row[0]), row[1]) if row else None

    def insert(self, cur, entries: list[Entry], ignore_existing: bool = False) -> None:
        tail = " ON CONFLICT (workstation, seq) DO NOTHING" if ignore_existing else ""
        cur.executemany(self.sql(f"INSERT INTO entries ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?){tail}"),
                        [e.row() for e in entries])
        heads: dict[str, Entry] = {}
        for e in entries:
            if e.workstation not in heads or e.seq > heads[e.workstation].seq:
                heads[e.workstation] = e
        for e in heads.values():
            cur.execute(self.sql("INSERT INTO heads (workstation, seq, hash) VALUES (?, ?, ?) ON CONFLICT (workstation)"
                                 " DO UPDATE SET seq = excluded.seq, hash = excluded.hash"
                                 " WHERE excluded.seq > heads.seq"), (e.workstation, e.seq, e.hash))

    def put_image(self, cur, sha256: str, data: bytes) -> None:
        cur.execute(self.sql("INSERT INTO images (sha256, data) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING"),
                    (sha256, data))

    def image(self, sha256: str) -> bytes | None:
        cur = self.cursor()
        cur.execute(self.sql("SELECT data FROM images WHERE sha256 = ?"), (sha256,))
        row = cur.fetchone()
        return bytes(row[0]) if row else None

    def keys(self) -> dict[str, str]:
        """workstation -> its registered public key (base64)."""
        cur = self.cursor()
        cur.execute("SELECT workstation, public_key FROM workstation_keys")
        return {ws: key for ws, key in cur.fetchall()}

    def enrol(self, cur, workstation: str, public_key: str, when: str, replace: bool = False) -> None:
        tail = " DO UPDATE SET public_key = excluded.public_key, enrolled_utc = excluded.enrolled_utc" if replace \
            else " DO NOTHING"
        cur.execute(self.sql("INSERT INTO workstation_keys (workstation, public_key, enrolled_utc) VALUES (?, ?, ?) "
                             "ON CONFLICT (workstation)" + tail), (workstation, public_key, when))

    def heads(self) -> dict[str, tuple[int, str]]:
        cur = self.cursor()
        cur.execute("SELECT workstation, seq, hash FROM heads")
        return {ws: (int(seq), h) for ws, seq, h in cur.fetchall()}

    def workstations(self) -> list[str]:
        cur = self.cursor()
        cur.execute("SELECT DISTINCT workstation FROM entries ORDER BY workstation")
        return [r[0] for r in cur.fetchall()]

    def get(self, workstation: str, seq: int) -> Entry | None:
        cur = self.cursor()
        cur.execute(self.sql(f"SELECT {COLUMNS} FROM entries WHERE workstation = ? AND seq = ?"), (workstation, seq))
        row = cur.fetchone()
        return from_row(row) if row else None

    def find_seq(self, seq: int) -> list[str]:
        cur = self.cursor()
        cur.execute(self.sql("SELECT workstation FROM entries WHERE seq = ?"), (seq,))
        return [r[0] for r in cur.fetchall()]

    def rows(self, columns: str, where: str = "", params: tuple = (), order: str = "workstation, seq") -> Iterator:
        """Rows in chain order, fetched in batches (a central log may hold millions)."""
        cur = self.cursor()
        cur.execute(self.sql(f"SELECT {columns} FROM entries {where} ORDER BY {order}"), params)
        while True:
            batch = cur.fetchmany(BATCH)
            if not batch:
                return
            yield from batch

    def entries(self, where: str = "", params: tuple = ()) -> Iterator[Entry]:
        for row in self.rows(COLUMNS, where, params):
            yield from_row(row)


class SqliteStore(Store):
    def __init__(self, path: Path):
        self.name = str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():  # created owner-only: it holds names, numbers and images
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            self.db = sqlite3.connect(str(path), isolation_level=None, timeout=15, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode = WAL")
            private(path)
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.executescript(SCHEMA.format(int="INTEGER", blob="BLOB"))
            if "signature" not in {row[1] for row in self.db.execute("PRAGMA table_info(entries)")}:
                self.db.execute(MIGRATE)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"the log {path} cannot be opened: {exc}") from None

    @contextlib.contextmanager
    def transaction(self, workstation: str | None = None):
        cur = self.db.cursor()
        cur.execute("BEGIN IMMEDIATE")  # one writer: taken before reading the chain's head
        try:
            yield cur
        except BaseException:
            self.db.rollback()
            raise
        else:
            cur.execute("COMMIT")

    def cursor(self):
        return self.db.cursor()

    def close(self) -> None:
        self.db.close()


def private(path: Path) -> None:
    """The log and its write-ahead files owner-only (0600), its folder 0700 when it is ours alone (not a shared
    folder such as /tmp, nor the home folder): on creation and on every open."""
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError, AttributeError):  # AttributeError: no owners on Windows
            if name.exists() and name.stat().st_uid == os.getuid():
                os.chmod(name, 0o600)
    folder = path.parent.resolve()
    with contextlib.suppress(OSError, AttributeError):
        info = folder.stat()
        if info.st_uid == os.getuid() and not info.st_mode & 0o1000 and folder != Path.home().resolve():
            os.chmod(folder, 0o700)


class PostgresStore(Store):
    mark = "%s"

    def __init__(self, url: str):
        self.name = _redact(url)
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL support is not installed (the psycopg package)") from None
        try:
            self.db = psycopg.connect(url, connect_timeout=10, autocommit=True)
            with self.db.transaction():
                self.db.execute("SELECT pg_advisory_xact_lock(7327301)")  # two first pushes create the schema once
                for statement in SCHEMA.format(int="BIGINT", blob="BYTEA").split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(MIGRATE.replace("ADD COLUMN", "ADD COLUMN IF NOT EXISTS"))
        except psycopg.Error as exc:
            raise StoreError(f"the database {self.name} cannot be used: {str(exc).strip()}") from None

    @contextlib.contextmanager
    def transaction(self, workstation: str | None = None):
        with self.db.transaction():
            cur = self.db.cursor()
            if workstation is not None:  # one writer per chain
                cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (workstation,))
            yield cur

    def cursor(self):
        return self.db.cursor()

    def rows(self, columns: str, where: str = "", params: tuple = (), order: str = "workstation, seq") -> Iterator:
        """Through a server-side cursor: the rows arrive in batches, not all at once."""
        with self.db.transaction():
            with self.db.cursor(name="docexam_rows") as cur:
                cur.itersize = BATCH
                cur.execute(self.sql(f"SELECT {columns} FROM entries {where} ORDER BY {order}"), params)
                yield from cur

    def close(self) -> None:
        self.db.close()


def _redact(url: str) -> str:
    """The URL (or connection string) without its password or query parameters, for messages."""
    import re

    url = url.split("?", 1)[0]
    url = re.sub(r"(?i)\bpassword\s*=\s*\S+", "password=…", url)  # a key=value connection string
    head, sep, tail = url.rpartition("@")
    if not sep or "://" not in head:
        return url
    scheme, _, credentials = head.partition("://")
    return f"{scheme}://{credentials.split(':')[0]}@{tail}"
