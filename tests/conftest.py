"""Test-wide setup: Qt runs offscreen unless told otherwise; no test touches the network."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile  # noqa: E402

# Logs, keys and user specimens of a test run stay in a folder of its own, never in the user's data folder.
_DATA = tempfile.mkdtemp(prefix="docexam-test-data-")
os.environ["XDG_DATA_HOME"] = _DATA
os.environ["DOCEXAM_LOG"] = os.path.join(_DATA, "log.sqlite")
os.environ.pop("DOCEXAM_PSEUDONYM_KEY", None)
# one workstation signing key for the run (a log made by a module-wide fixture verifies in every test)
os.environ["DOCEXAM_SIGNING_KEY"] = os.path.join(_DATA, "workstation-signing.key")

# The chip's fixtures (a test PKI; pcscd with an emulated chip), shared by tests/chip and tests/ui. The core
# suite (.venv-core: no chip libraries) runs without them; in the full install a failed import fails the chip
# tests loudly (their fixtures are missing).
try:
    from tests.chip.fixtures import (TD3, csca, document_signer, emulated_chip, pcsc_daemon,  # noqa: E402,F401
                                     store, vicc_library)
except ImportError:
    pass
