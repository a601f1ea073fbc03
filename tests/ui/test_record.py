"""The examination record in the window: every examination is in the log with the officer; the decision
buttons record the decision; the case report, the analysis view and the log check work from the menus."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from desktop.paths import resource
from desktop.record import open_log, stats
from tests.ui.conftest import SHOTS, shot, shown

SAMPLE = str(resource("samples", "utopia-td3.png"))
TAMPERED = str(resource("samples", "utopia-td3-tampered.png"))


def _log(window):
    return open_log(window.settings.value("log"), "test-desk")


def _examine(qtbot, window, path):
    window.open_path(path)
    shown(qtbot, window)


def test_each_examination_is_logged_with_the_officer_and_the_decision_follows(qtbot, window):
    window.record_bar.officer.setText("Bat-Erdene")
    _examine(qtbot, window, TAMPERED)
    assert window.current_entry == "test-desk:1"
    assert "entry test-desk:1" in window.record_bar.state.text()
    window.record_bar.note.setText("lamination lifted at the photo")
    qtbot.mouseClick(window.record_bar.buttons["referred"], Qt.LeftButton)
    assert "referred to second line" in window.record_bar.state.text()
    shot(window, "en-record-decision")
    log = _log(window)
    exam, decision = list(log.entries())
    assert (exam.public["officer"], exam.public["status"], exam.public["failed"]) == (
        "Bat-Erdene", "fail", ["check_digit.composite"])
    assert exam.personal["source"].endswith("utopia-td3-tampered.png")
    assert log.image(exam.image) == open(TAMPERED, "rb").read()
    assert exam.public["specimen"] == "uto-td3" and exam.public["training_today"] == "2010-01-01"
    assert decision.public["decision"] == "referred" and decision.personal["note"].startswith("lamination")
    assert log.verify().ok


def test_decisions_wait_for_an_examination(window):
    assert not window.record_bar.buttons["accepted"].isEnabled()
    window.decide("accepted")
    assert list(_log(window).entries()) == []


def test_a_pasted_image_is_kept_as_png(qtbot, window):
    QGuiApplication.clipboard().setImage(QImage(SAMPLE))
    window.paste()
    shown(qtbot, window)
    e = _log(window).entry("1")
    assert _log(window).image(e.image)[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_log_that_cannot_be_written_says_so_and_the_verdict_is_still_shown(qtbot, window, tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    window.settings.setValue("log", str(folder))  # a folder is no SQLite file
    window._close_log()
    _examine(qtbot, window, SAMPLE)
    assert window.record_bar.state.text().startswith("NOT RECORDED")
    assert window.current.report.status == "pass"


def test_recording_can_be_switched_off(qtbot, window):
    window.settings.setValue("record", False)
    _examine(qtbot, window, SAMPLE)
    assert window.current_entry is None and "Recording is off" in window.record_bar.state.text()
    assert list(_log(window).entries()) == []


def test_the_case_report_is_a_pdf_with_the_verdict_hash_and_pictures(qtbot, window, tmp_path):
    _examine(qtbot, window, TAMPERED)
    out = window.case_report(str(tmp_path / "case.pdf"))
    assert out and open(out, "rb").read(5) == b"%PDF-"
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    entry = _log(window).entry(window.current_entry)
    assert "FAIL" in text and entry.hash in text and "Composite check digit is 3, but the data gives 0" in text
    assert "sum mod 10" in text  # the 7-3-1 working of the failed digit
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", out, str(tmp_path / "page")], check=True)
    page = QImage(str(next(tmp_path.glob("page*.png"))))
    red = QColor("#c0392b")
    top = [page.pixelColor(x, y) for y in range(0, page.height() // 7, 2) for x in range(0, page.width(), 4)]
    reds = sum(abs(c.red() - red.red()) + abs(c.green() - red.green()) + abs(c.blue() - red.blue()) < 60 for c in top)
    assert reds > len(top) * 0.1  # the verdict stands out in its red band at the top of the page


def test_the_case_report_in_mongolian_embeds_a_cyrillic_font(qtbot, window, tmp_path):
    window.set_language("mn")
    _examine(qtbot, window, TAMPERED)
    out = window.case_report(str(tmp_path / "case-mn.pdf"))
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    assert "ТЭНЦЭЭГҮЙ" in text and "Хэргийн тайлан" in text and "Алба хаагч" in text
    fonts = subprocess.run(["pdffonts", out], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])  # all embedded


def test_the_analysis_view_counts_filters_and_exports(qtbot, window, tmp_path):
    for path in (SAMPLE, TAMPERED, TAMPERED):
        _examine(qtbot, window, path)
    window.decide("refused")
    dialog = window.open_analysis()
    qtbot.addWidget(dialog)
    # the window's tests run under a trainer's "today is" date: training, counted apart from real ones
    assert dialog.total.text() == "0 of 0 examinations"
    dialog.training.setChecked(True)
    assert dialog.total.text() == "3 of 3 examinations"
    assert dict(dialog.chart.counts) == {"fail": 2, "pass": 1}
    status = dialog.filters["status"]
    status.setCurrentIndex(status.findData("fail"))
    assert dialog.total.text() == "2 of 3 examinations" and dialog.model.rowCount() == 2
    dialog.group.setCurrentIndex(dialog.group.findData("decision"))
    assert dict(dialog.chart.counts) == {"refused": 1, "undecided": 1}
    failing = dialog.model.index(0, stats.TABLE_COLUMNS.index("failed"))
    assert dialog.model.data(failing) == "check_digit.composite"  # the check id as the officer reads it
    dialog.resize(1100, 700)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "en-analysis.png"))
    out = tmp_path / "table.csv"
    dialog.export_csv(str(out))
    lines = out.read_text().splitlines()
    assert len(lines) == 3 and "check_digit.composite" in lines[1] and "ERIKSSON" not in out.read_text()


def test_verify_in_the_window_finds_tampering(qtbot, window):
    _examine(qtbot, window, SAMPLE)
    _examine(qtbot, window, SAMPLE)
    assert window.verify_log() and "intact: 2 entries" in window.message.text()
    db = sqlite3.connect(window.settings.value("log"))
    db.execute("UPDATE entries SET public = replace(public, '\"pass\"', '\"fail\"') WHERE seq = 1")
    db.commit()
    assert not window.verify_log() and "ALTERED at entry test-desk:1" in window.message.text()


def test_old_personal_data_is_purged_when_the_window_opens(qtbot, qapp, settings, examiner, tmp_path):
    from desktop.checks import validate_text
    from desktop.specimens.library import Library
    from desktop.ui.main_window import MainWindow
    from tests.record.conftest import TD3

    log = open_log(settings.value("log"), "test-desk")
    log.record_examination(validate_text(TD3, dt.date(2010, 1, 1)), image=b"old",
                           now=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=120))
    log.close()
    win = MainWindow(examine=examiner, settings=settings, library=Library(tmp_path / "u"))
    qtbot.addWidget(win)
    QApplication.processEvents()  # the purge runs once the window's session settings are in place
    log = open_log(settings.value("log"), "test-desk")
    assert log.entry("1").purged and log.entry("2").kind == "purge"
    assert shutil.which("pdftoppm")
    QApplication.processEvents()


def test_a_swapped_image_is_not_shown_as_evidence_and_the_head_is_printed(qtbot, window, tmp_path):
    window.record_bar.officer.setText("\u202eENAJ")  # a right-to-left override in the officer's name
    _examine(qtbot, window, TAMPERED)
    _examine(qtbot, window, SAMPLE)  # a second, genuine image stored in the log
    log = _log(window)
    first, second = log.entry("test-desk:1"), log.entry("test-desk:2")
    log.close()
    db = sqlite3.connect(window.settings.value("log"))
    db.execute("UPDATE entries SET image = ? WHERE seq = 1", (second.image,))  # point the failing one at the other
    db.commit()
    out = window.case_report(str(tmp_path / "case.pdf"), "test-desk:1")
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    flat = text.replace("\n", " ")
    assert "does not match the SHA-256 recorded" in flat  # said in words, no picture beside the hash
    assert "Log head when printed" in flat and "test-desk:2" in flat and "signature" in flat
    assert "\\u202e" in flat and "\u202e" not in text  # the override shown as an escape, not obeyed
    del first


def test_a_screenshot_or_demo_session_records_nothing_unless_asked(tmp_path):
    """`make run` and `gui --screenshot` used to add a "pass" to the officer's tamper-evident log for ever."""
    import os
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    log = tmp_path / "officer.sqlite"
    for extra, expected in ((["--screenshot", str(tmp_path / "a.png")], 0),
                            (["--screenshot", str(tmp_path / "b.png"), "--record"], 1)):
        subprocess.run([sys.executable, "-m", "desktop", "gui", SAMPLE, "--now", "2010-01-01", "--db", str(log),
                        *extra], env=env, check=True, timeout=120)
        entries = [e for e in open_log(log, "ws").entries() if e.kind == "examination"] if log.exists() else []
        assert len(entries) == expected
    assert entries[0].public["training_today"] == "2010-01-01"  # under a trainer's date: recorded as training
    assert stats.summarise(open_log(log, "ws"))["examinations"] == 0  # and never counted as a real one
    assert stats.summarise(open_log(log, "ws"), stats.Filters(training=True))["examinations"] == 1
