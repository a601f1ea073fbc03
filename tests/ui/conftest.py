"""Window fixtures: a real MainWindow offscreen, isolated settings, screenshots to test-screenshots/."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import pipeline
from desktop.specimens.library import Library
from desktop.ui.i18n import Translations
from desktop.ui.examiner import Examined, Examiner
from desktop.ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "test-screenshots"
SPECIMEN_DAY = dt.date(2010, 1, 1)


def pytest_report_header(config):
    return f"screenshots: {SHOTS}"


@pytest.fixture(scope="session")
def examiner():
    return Examiner()  # one reader for every window test


@pytest.fixture
def settings(tmp_path):
    made = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    made.setValue("log", str(tmp_path / "log.sqlite"))  # each window test records in a log of its own
    made.setValue("workstation", "test-desk")
    made.setValue("quiet_dialogs", True)
    return made


@pytest.fixture
def window(qtbot, qapp, settings, examiner, tmp_path):
    translations = Translations(qapp)
    win = MainWindow(examine=examiner, settings=settings, translations=translations,
                     library=Library(tmp_path / "user-specimens"))
    win.today_override = SPECIMEN_DAY
    win.retranslate()
    qtbot.addWidget(win)
    win.show()
    yield win
    translations.use("en")


def shown(qtbot, win, timeout=30000):
    """Wait for the next result to be shown."""
    with qtbot.waitSignal(win.tasks.finished, timeout=timeout):
        pass


def shot(win, name: str) -> Path:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}.png"
    win.grab().save(str(path))
    return path


class SlowExaminer:
    """Examines MRZ text after a delay, to prove the window keeps running while a reader works."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __call__(self, source, today):
        time.sleep(self.seconds)
        return Examined("slow", pipeline.examine_text(source[1], today, "slow"), source=source)
