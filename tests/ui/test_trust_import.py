"""File → Import CSCA master list or certificate in the real window: a list nothing trusted vouches for shows
its fingerprints and imports only when the officer types the one the unit published; a mistyped one never
imports; a later list anchored by the stored CSCAs imports at once."""

from desktop.chip import trust
from tests.chip import pki
from tests.ui.conftest import shot


def test_a_first_master_list_imports_only_with_the_typed_fingerprint(qtbot, window, tmp_path, csca):
    window.chip_store = store = trust.Store(tmp_path / "csca")
    mongolia = pki.make_csca(country="MN", cn="CSCA Mongolia")
    path = tmp_path / "first.ml"
    path.write_bytes(pki.master_list(pki.make_signer(csca, cn="Master List Signer Utopia"), [csca, mongolia]))
    dialog = window.import_trust(str(path))
    assert dialog is not None and dialog.isVisible() and store.certificates() == []  # nothing trusted yet
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.verdict)))
    published = trust.fingerprint(csca.asn1)
    assert trust.spaced(published) in shown and "compared it by" in shown
    wrong = published[:-1] + ("0" if published[-1] != "0" else "1")
    qtbot.keyClicks(dialog.typed, wrong)
    assert not dialog.import_button.isEnabled() and "not one of the fingerprints" in dialog.verdict.text()
    shot(dialog, "en-trust-import-wrong")
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, trust.spaced(published).lower())  # as read over the telephone: case and spaces
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert {trust.describe(c)["country"] for c in store.certificates()} == {"UT", "MN"}
    assert "2 CSCA certificate(s), 2 new" in window.message.text()
    # the next list is anchored by what is now trusted: no question asked
    later = tmp_path / "later.ml"
    later.write_bytes(pki.master_list(pki.make_signer(csca, cn="Master List Signer Utopia"), [csca]))
    assert window.import_trust(str(later)) is None and "0 new" in window.message.text()


def test_cancelling_imports_nothing(qtbot, window, tmp_path, csca):
    window.chip_store = store = trust.Store(tmp_path / "csca")
    path = tmp_path / "csca.cer"
    path.write_bytes(csca.der)
    dialog = window.import_trust(str(path))
    qtbot.keyClicks(dialog.typed, trust.fingerprint(csca.asn1))
    dialog.reject()
    assert store.certificates() == []
