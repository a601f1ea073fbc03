"""Fixtures for the examination record: throwaway logs, and a real PostgreSQL server started for the tests.

The server is Debian's PostgreSQL, started and stopped by tools/pgserver.py.
"""

from __future__ import annotations

import pytest

from desktop.checks import validate_text
from desktop.record import open_log
from tools.pgserver import PostgresServer

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


@pytest.fixture(scope="session")
def postgres_server():
    """A running PostgreSQL server (fsync off: a throwaway): yields a function giving the URL of a new database."""
    with PostgresServer(fsync=False) as server:
        yield server.new_database


@pytest.fixture
def central(postgres_server):
    return postgres_server()
