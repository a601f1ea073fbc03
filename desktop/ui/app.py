"""Start the examiner's window: `docexam`, `docexam gui [IMAGE] [--screenshot OUT.png]`."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, APP_TITLE
from desktop.paths import resource
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow

SCREENSHOT_TIMEOUT_MS = 60_000


def run(image: str | None = None, screenshot: str | None = None, now: dt.date | None = None,
        language: str | None = None, db: str | None = None, record: bool | None = None) -> int:
    """The window. A screenshot session records nothing unless `record` says so (a demo must not add an
    examination to the officer's tamper-evident log); `db` is this session's log (settings unchanged)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setWindowIcon(QIcon(str(resource("icons", "docexam.png"))))
    settings = QSettings()
    translations = Translations(app)
    language = language or settings.value("language", "en", str)
    if not translations.use(language):
        language = "en"
    window = MainWindow(settings=settings, translations=translations)
    window.recording = record if record is not None else not screenshot
    window.log_override = db
    window.today_override = now
    window.retranslate()
    window.show()
    if image:
        window.open_path(image)
    if screenshot:
        def save(*_args):
            QTimer.singleShot(300, lambda: (window.grab().save(screenshot), app.exit(0)))

        if image:
            window.tasks.finished.connect(save)
            window.tasks.failed.connect(save)
        else:
            save()
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: app.exit(1))
    return app.exec()
