"""Fixtures for the examination record: throwaway logs, and a real PostgreSQL server started for the tests.

The server is Debian's PostgreSQL (installed by `make system`): a new cluster in a temporary folder, on a free
local port, stopped and removed at the end. initdb refuses to run as root, so as root the cluster belongs to
the `postgres` user the package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from desktop.checks import validate_text
from desktop.record import open_log

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TAMPERED = TD3[:-1] + "3"  # the composite check digit altered


@pytest.fixture(autouse=True)
def _own_key(tmp_path_factory, monkeypatch):
    """Keys and logs of the tests stay in a temporary data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("DOCEXAM_PSEUDONYM_KEY", raising=False)


@pytest.fixture
def report():
    import datetime as dt

    return validate_text(TAMPERED, dt.date(2010, 1, 1)).with_source("utopia.png")


@pytest.fixture
def log(tmp_path):
    opened = open_log(tmp_path / "log.sqlite", "ws-test")
    yield opened
    opened.close()


def _bindir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not candidates:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql; `make system` does it)")
    return Path(candidates[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """A running PostgreSQL server: yields a function that gives the URL of a new empty database."""
    bindir = _bindir()
    root = Path(tempfile.mkdtemp(prefix="docexam-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (root, sock):
            os.chown(path, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *cmd: subprocess.run(as_user + list(cmd), check=True, capture_output=True, text=True)  # noqa: E731
    run(str(bindir / "initdb"), "-D", str(data), "-U", "docexam", "-A", "trust", "-E", "UTF8", "--no-locale")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", "60", "-l", str(root / "server.log"), "-o",
        f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start")
    counter = iter(range(1, 10_000))

    def new_database() -> str:
        import psycopg

        name = f"central{next(counter)}"
        with psycopg.connect(f"postgresql://docexam@127.0.0.1:{port}/postgres", autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://docexam@127.0.0.1:{port}/{name}"

    try:
        yield new_database
    finally:
        subprocess.run(as_user + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        time.sleep(0.2)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def central(postgres_server):
    return postgres_server()
