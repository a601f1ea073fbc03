"""The window's part of `docexam selftest`: open it once (offscreen where there is no display), examine the
bundled sample, see PASS in the banner, switch to Mongolian and back, close. Settings are kept in a
temporary file, so the officer's own settings are never touched."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path


def run(report=print, timeout_s: float = 60.0) -> bool:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop.paths import resource
    from desktop.specimens.library import Library
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    def quiet(_kind, _context, message):
        # The offscreen platform warns that it has no window manager to pass size hints to: harmless.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="docexam-selftest-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.IniFormat)
        settings.setValue("log", str(Path(tmp) / "log.sqlite"))  # never the officer's own log
        settings.setValue("quiet_dialogs", True)
        translations = Translations(app)
        window = MainWindow(settings=settings, translations=translations, library=Library(Path(tmp) / "specimens"))
        window.today_override = dt.date(2010, 1, 1)
        window.show()
        shown_ms = (time.perf_counter() - start) * 1000
        loop = QEventLoop()
        window.tasks.finished.connect(lambda *_: loop.quit())
        window.tasks.failed.connect(lambda *_: loop.quit())
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        window.open_path(str(resource("samples", "utopia-td3.png")))
        loop.exec()
        ok = window.banner.title.text() == "PASS" and window.specimen.current() is not None \
            and window.specimen.current().id == "uto-td3"
        english = window.banner.title.text()
        pdf = window.case_report(str(Path(tmp) / "case.pdf"))  # the PDF engine and the embedded fonts
        pdf_ok = bool(pdf) and Path(pdf).read_bytes()[:5] == b"%PDF-" and b"DejaVuSans" in Path(pdf).read_bytes()
        ok = ok and pdf_ok
        mongolian = window.set_language("mn") or window.banner.title.text()
        ok = ok and mongolian == "ТЭНЦСЭН"
        translations.use("en")
        window.close()
        app.processEvents()
    platform = app.platformName()
    report(f"{'ok  ' if ok else 'FAIL'} window ({platform}): shown in {shown_ms:.0f} ms, sample {english!r}, "
           f"in Mongolian {mongolian!r}, case report {'written' if pdf_ok else 'MISSING'}, specimen {window.specimen.current().id if window.specimen.current() else None}")
    return ok
