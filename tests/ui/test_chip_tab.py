"""The Chip tab in the real window, against the emulated chip on a real PC/SC stack: read by itself when a
card is present, the face beside the page's portrait, and a card pulled out mid-read leaves the window working."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.paths import resource
from tests.chip import pki
from tests.chip.fixtures import TD3
from tests.ui.conftest import shot, shown

SAMPLE = str(resource("samples", "utopia-td3.png"))


def chip_read(qtbot, window, timeout=30000):
    with qtbot.waitSignal(window.chip_tasks.finished, timeout=timeout):
        pass


def test_the_chip_is_read_by_itself_and_shown_beside_the_page(qtbot, window, emulated_chip, document_signer, store):
    window.chip_store = store
    with emulated_chip(pki.passport_files("".join(TD3), document_signer)):
        window.open_path(SAMPLE)
        shown(qtbot, window)
        assert window.current.report.mrz == TD3
        chip_read(qtbot, window)
    panel = window.chip
    assert panel.result.status == "pass" and "CHIP VERIFIED" in panel.status.text()
    assert not panel.chip_face.pixmap().isNull()  # the DG2 face decoded and shown
    assert panel.findings.count() == len(panel.result.checks)
    assert "CSCA Utopia" in panel.details.text() and "DG11" in panel.details.text()
    window.tabs.setCurrentWidget(panel)
    shot(window, "en-chip")
    window.translations.use("mn")
    window.retranslate()
    assert "ЧИП БАТАЛГААЖСАН" in panel.status.text()
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "Чип ✔"  # the verdict seen from any tab
    # the read saved for the second line opens in `chip verify` with the same verdict
    from desktop.chip import saved

    folder = str(store.folder.parent / "saved-read")
    assert panel.save_button.isEnabled() and folder in panel.save_read(folder)
    assert saved.verify(folder, store, TD3).status == "pass"
    assert all(not panel.findings.item(i).text()[3:].startswith("The ")
               for i in range(panel.findings.count()))  # every finding in Mongolian
    shot(window, "mn-chip")


def test_without_a_card_the_tab_says_so_and_a_manual_read_explains(qtbot, window, pcsc_daemon):
    window.open_path(SAMPLE)
    shown(qtbot, window)
    chip_read(qtbot, window)
    assert window.chip.result is None and "No chip read" in window.chip.status.text()
    assert "place the passport" in window.chip.info.text()
    window.read_chip(manual=True)
    chip_read(qtbot, window)
    assert window.chip.result.status == "error" and "no card" in window.chip.findings.item(0).text()


def test_a_card_pulled_out_mid_read_leaves_the_window_working(qtbot, window, emulated_chip, document_signer, store,
                                                              monkeypatch):
    from desktop.chip import pcsc

    window.chip_store = store
    with emulated_chip(pki.passport_files("".join(TD3), document_signer)) as card:
        sent = []
        original = pcsc.Reader.transmit

        def pulled(self, apdu):
            sent.append(apdu)
            if len(sent) == 10:
                card.remove()
            return original(self, apdu)

        monkeypatch.setattr(pcsc.Reader, "transmit", pulled)
        window.open_path(SAMPLE)
        shown(qtbot, window)
        chip_read(qtbot, window)
    assert window.chip.result.status == "error"
    assert "removed" in window.chip.findings.item(0).text()  # what went wrong comes first
    assert window.banner.isVisible() and window.current.report.status == "pass"  # the MRZ verdict stands
    window.open_path(str(resource("samples", "utopia-td3-tampered.png")))  # and the window goes on
    shown(qtbot, window)
    assert window.current.report.status == "fail"
    QCoreApplication.processEvents()


def test_a_chip_without_a_trusted_csca_is_not_verified_never_green(qtbot, window, emulated_chip, document_signer,
                                                                   tmp_path):
    from desktop.chip import trust
    from desktop.ui.style import STATUS_COLOUR

    window.chip_store = trust.Store(tmp_path / "empty")  # no CSCA imported: the chain cannot be decided
    with emulated_chip(pki.passport_files("".join(TD3), document_signer)):
        window.open_path(SAMPLE)
        shown(qtbot, window)
        chip_read(qtbot, window)
    panel = window.chip
    assert panel.result.status == "unverified"
    assert panel.status.text() == "▲ CHIP NOT VERIFIED"
    assert STATUS_COLOUR["pass"].name() not in panel.status.styleSheet()
    assert panel.info.text().startswith("Not verified: The signature cannot be traced to a trusted State")
    assert window.tabs.tabText(window.tabs.indexOf(panel)).endswith("▲")
    window.tabs.setCurrentWidget(panel)
    shot(window, "en-chip-unverified")


def test_a_cloned_chip_is_red_in_the_window_and_the_typed_can_is_used(qtbot, window, emulated_chip, document_signer,
                                                                     store, monkeypatch):
    from desktop.chip import examine

    asked = []
    real = examine.examine
    monkeypatch.setattr(examine, "examine", lambda report, **kw: asked.append(kw.get("can")) or real(report, **kw))
    window.chip_store = store
    qtbot.keyClicks(window.chip.can, "12345x")  # the field takes digits only
    assert window.chip.can.text() == "12345" and window.chip.card_access_number() is None
    qtbot.keyClicks(window.chip.can, "67")
    assert window.chip.can.text() == "123456"  # and six of them
    # the genuine chip's signed files on a card holding other keys: passive authentication alone would pass
    with emulated_chip(pki.passport_files("".join(TD3), document_signer, clone_detection=True),
                       pki.chip_keys(clone=True)):
        window.open_path(SAMPLE)
        shown(qtbot, window)
        chip_read(qtbot, window)
    panel = window.chip
    assert asked == ["123456"]  # the CAN typed in the tab went to the chip (it offers no PACE: BAC opened it)
    assert panel.result.status == "fail" and "CHIP" in panel.status.text()
    texts = [panel.findings.item(i).text() for i in range(panel.findings.count())]
    assert "Chip Authentication failed" in texts[0] and "copy" in texts[0]  # the failure first in the list
    # the page alone passes, but the document does not: the banner says FAIL and why, without opening the tab
    assert window.current.report.status == "pass" and window.banner.status == "fail"
    assert "Chip fails: a copy of another chip" in window.banner.detail.toolTip()
    window.tabs.setCurrentWidget(panel)
    shot(window, "en-chip-clone")


def test_the_chip_read_joins_the_record_and_the_case_report(qtbot, window, emulated_chip, document_signer, store,
                                                             tmp_path):
    import subprocess

    from desktop.chip import evidence, saved

    window.chip_store = store
    with emulated_chip(pki.passport_files("".join(TD3), document_signer, clone_detection=True), pki.chip_keys()):
        window.open_path(SAMPLE)
        shown(qtbot, window)
        chip_read(qtbot, window)
    assert window.chip.result.status == "pass" and window.banner.status == "pass"
    log = window.log()
    chip = log.chip_of(window.current_entry)
    assert chip is not None and chip.public["status"] == "pass" and chip.public["verified"]
    assert chip.public["ds_sha256"] == window.chip.result.certificates[0]["sha256"]
    assert {"chip.chip_authentication", "chip.active_authentication"} <= {f[0] for f in chip.personal["findings"]}
    # the stored read is the chip's files: the second line verifies it again from the record
    files = evidence.unpack(log.image(chip.image))
    assert set(files) == {"EF.COM", "EF.SOD", "DG1", "DG2", "DG11", "DG14", "DG15"}
    folder = tmp_path / "from-the-record"
    folder.mkdir()
    for name, data in files.items():
        (folder / f"{name}.bin").write_bytes(data)
    assert saved.verify(folder, store, TD3).status == "pass"
    out = window.case_report(str(tmp_path / "case.pdf"))
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    assert "CHIP VERIFIED" in text and chip.public["ds_sha256"][:16] in text.replace("\n", "")
    subprocess.run(["pdftoppm", "-r", "70", "-png", out, str(tmp_path / "page")], check=True)
    import shutil

    from tests.ui.conftest import SHOTS

    for page in sorted(tmp_path.glob("page*.png")):
        shutil.copy(page, SHOTS / f"case-report-chip-{page.name}")
