"""Fixtures for the chip: a test PKI made at test time, and a real PC/SC daemon with an emulated chip (started
and stopped here; see emulator.py). Registered once for every test folder by tests/conftest.py: there is one
pcscd per machine, so the chip tests and the window's chip tests share one."""

from __future__ import annotations

import contextlib

import pytest

from desktop.chip import trust
from tests.chip import emulator, pki

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


@pytest.fixture(scope="session")
def csca():
    return pki.make_csca()


@pytest.fixture(scope="session")
def document_signer(csca):
    return pki.make_signer(csca)


@pytest.fixture
def store(tmp_path, csca):
    """A CSCA store holding the test CSCA."""
    s = trust.Store(tmp_path / "csca")
    s.add(csca.asn1)
    return s


@pytest.fixture(scope="session")
def pcsc_daemon(tmp_path_factory):
    with emulator.PCSCDaemon(tmp_path_factory.mktemp("pcscd")) as daemon:
        yield daemon


@pytest.fixture(scope="session")
def vicc_library(tmp_path_factory):
    return emulator.patched_library(tmp_path_factory.mktemp("vicc"))


@pytest.fixture
def emulated_chip(pcsc_daemon, vicc_library, tmp_path):
    """`with emulated_chip(files[, keys]) as card:` puts a chip serving `files` on the virtual reader (`keys`: its
    Active / Chip Authentication private keys, {"aa": PKCS#8, "ca": PKCS#8})."""

    @contextlib.contextmanager
    def start(files, keys=None):
        with emulator.EmulatedCard(pcsc_daemon, vicc_library, files, tmp_path, keys) as card:
            yield card

    return start
