"""A throwaway PostgreSQL server for the record's tests and benchmarks (never for a workstation).

Debian's PostgreSQL (installed by `make system`): a new cluster in a temporary folder on a free local port,
stopped and removed on exit. initdb refuses to run as root, so as root the cluster belongs to the `postgres`
user the Debian package creates.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def bindir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not candidates:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql; `make system` does it)")
    return Path(candidates[-1]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """`with PostgresServer() as server: url = server.new_database()`."""

    def __init__(self, fsync: bool = True):
        self.fsync = fsync
        self.bin = bindir()
        self.root = Path(tempfile.mkdtemp(prefix="docexam-pg-"))
        self.port = free_port()
        self.as_user: list[str] = []
        self._names = itertools.count(1)

    def _run(self, *cmd: str) -> None:
        subprocess.run(self.as_user + list(cmd), check=True, capture_output=True, text=True)

    def __enter__(self) -> "PostgresServer":
        data, sock = self.root / "data", self.root / "sock"
        sock.mkdir()
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (self.root, sock):
                os.chown(path, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", "docexam", "-A", "trust", "-E", "UTF8",
                  "--no-locale")
        options = f"-p {self.port} -k {sock} -c listen_addresses=127.0.0.1 -c max_connections=50"
        if not self.fsync:
            options += " -c fsync=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "-l", str(self.root / "server.log"),
                  "-o", options, "start")
        return self

    def new_database(self) -> str:
        import psycopg

        name = f"central{next(self._names)}"
        with psycopg.connect(f"postgresql://docexam@127.0.0.1:{self.port}/postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://docexam@127.0.0.1:{self.port}/{name}"

    def __exit__(self, *exc) -> None:
        subprocess.run(self.as_user + [str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w",
                                       "stop"], capture_output=True)
        time.sleep(0.2)
        shutil.rmtree(self.root, ignore_errors=True)
