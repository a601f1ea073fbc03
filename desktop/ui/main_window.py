"""The examiner's main window: the document and its MRZ on the left, the verdict and every finding on the right.

The window only shows what the shared pipeline (desktop.pipeline) reports; it evaluates no rule. Reading
runs off the GUI thread through ui.tasks; a new document supersedes the one being read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QProgressBar,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from desktop import APP_TITLE
from desktop.checks.report import error_report
from desktop.paths import resource
from desktop.specimens import SpecimenError
from desktop.specimens.library import Library
from desktop.record import LogError, open_log, privacy
from desktop.record.log import matched_specimen
from desktop.ui import i18n, log_settings
from desktop.ui.chip_panel import ChipPanel
from desktop.ui.data_panel import DataPanel
from desktop.ui.document_view import DocumentView
from desktop.ui.examiner import Examined, Examiner
from desktop.ui.hot_folder import HotFolder
from desktop.ui.imaging import to_array
from desktop.ui.manual_entry import ManualEntryDialog
from desktop.ui.mrz_view import MrzView
from desktop.ui.record_bar import RecordBar
from desktop.ui.results_panel import ResultsPanel
from desktop.ui.specimen_panel import SpecimenPanel
from desktop.ui.tasks import TaskRunner
from desktop.ui.trainer import AlterDialog, QuizDialog
from desktop.ui.verdict_banner import VerdictBanner

SAMPLE = resource("samples", "utopia-td3.png")

ACTION_TEXT = {
    "open": QT_TRANSLATE_NOOP("Main", "&Open image…"), "paste": QT_TRANSLATE_NOOP("Main", "&Paste image"), "manual": QT_TRANSLATE_NOOP("Main", "Enter &MRZ by hand…"),
    "sample": QT_TRANSLATE_NOOP("Main", "Open the Utopia &specimen"), "reread": QT_TRANSLATE_NOOP("Main", "&Re-read"), "clear": QT_TRANSLATE_NOOP("Main", "&Clear"),
    "trust": QT_TRANSLATE_NOOP("Main", "Import CSCA &master list or certificate…"),
    "hot": QT_TRANSLATE_NOOP("Main", "Watch a &hot folder…"), "hot_off": QT_TRANSLATE_NOOP("Main", "Stop watching the hot folder"),
    "zoom_in": QT_TRANSLATE_NOOP("Main", "Zoom &in"), "zoom_out": QT_TRANSLATE_NOOP("Main", "Zoom &out"), "fit": QT_TRANSLATE_NOOP("Main", "&Fit to window"),
    "rotate": QT_TRANSLATE_NOOP("Main", "&Rotate 90°"), "boxes": QT_TRANSLATE_NOOP("Main", "Show character &boxes"),
    "present": QT_TRANSLATE_NOOP("Main", "&Presentation mode"), "training": QT_TRANSLATE_NOOP("Main", "\"&Today is\"…"),
    "alter": QT_TRANSLATE_NOOP("Main", "Make &altered copies…"), "quiz": QT_TRANSLATE_NOOP("Main", "&Quiz…"),
    "import": QT_TRANSLATE_NOOP("Main", "&Import specimen pack…"),
    "specimen_folder": QT_TRANSLATE_NOOP("Main", "User &specimen folder…"),
    "lang_en": "English", "lang_mn": "Монгол", "quit": QT_TRANSLATE_NOOP("Main", "&Quit"),
    "analysis": QT_TRANSLATE_NOOP("Main", "&Analysis…"), "case_report": QT_TRANSLATE_NOOP("Main", "&Case report (PDF)…"),
    "verify_log": QT_TRANSLATE_NOOP("Main", "&Verify the log"), "purge_log": QT_TRANSLATE_NOOP("Main", "&Purge old personal data now"),
    "log_settings": QT_TRANSLATE_NOOP("Main", "Log &settings…"),
}
MENU_TEXT = {"file": QT_TRANSLATE_NOOP("Main", "&File"), "view": QT_TRANSLATE_NOOP("Main", "&View"), "training": QT_TRANSLATE_NOOP("Main", "&Training"),
             "record": QT_TRANSLATE_NOOP("Main", "&Record"), "language": QT_TRANSLATE_NOOP("Main", "&Language")}
TAB_TEXT = (QT_TRANSLATE_NOOP("Main", "Findings"), QT_TRANSLATE_NOOP("Main", "Document data"), QT_TRANSLATE_NOOP("Main", "Reference specimen"),
            QT_TRANSLATE_NOOP("Main", "Chip"))
CHIP_FORMATS = ("TD1", "TD2", "TD3")  # documents that may carry a chip (visas do not)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, examine: Callable[[tuple, dt.date], Examined] | None = None,
                 settings: QSettings | None = None, translations: i18n.Translations | None = None,
                 library: Library | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        self.translations = translations
        self.library = library if library is not None else Library(self.settings.value("specimen_folder", "", str) or None)
        self.examine = examine or Examiner(library=self.library)  # the VIZ cross-check uses the same specimens
        self._reader = None  # the GUI thread's own reader (trainer tools); the worker has another
        self.today_override: dt.date | None = None
        self.current: Examined | None = None
        self.last_source: tuple | None = None
        self._log = None  # the examination record, opened on first use (desktop.record)
        # this session only (docexam gui --db / --no-record, screenshots): never written to the settings
        self.log_override: str | None = None
        self.recording = True
        self.current_entry: str | None = None
        self.tasks = TaskRunner(self)
        self.tasks.finished.connect(self._show)
        self.tasks.failed.connect(self._failed)
        self.tasks.busy.connect(self._busy)
        self.chip_tasks = TaskRunner(self)  # the chip is read beside the image, never instead of it
        self.chip_tasks.finished.connect(self._chip_done)
        self.chip_tasks.failed.connect(self._chip_failed)
        self.hot = HotFolder(self)
        self.hot.filesReady.connect(self._hot_files)
        self.hot_queue: list[str] = []  # scans waiting, oldest first: each is examined and recorded in turn
        self.hot_busy = False
        self._build()
        self._actions()
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.set_presentation(self.settings.value("presentation", False, bool), save=False)
        self.hot.watch(self.settings.value("hot_folder", "", str) or None)
        self.retranslate()
        QTimer.singleShot(0, self._purge_on_start)  # after a session's own settings (a screenshot records nothing)

    # Layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.document = DocumentView(self)
        self.mrz = MrzView(self)
        self.banner = VerdictBanner(self)
        self.results = ResultsPanel(self)
        self.data = DataPanel(self)
        self.specimen = SpecimenPanel(self.library, self)
        self.chip = ChipPanel(self)
        self.chip.readRequested.connect(lambda: self.read_chip(manual=True))
        self.tabs = QTabWidget(self)
        for widget in (self.results, self.data, self.specimen, self.chip):
            self.tabs.addTab(widget, "")
        left = QSplitter(Qt.Vertical, self)
        left.addWidget(self.document)
        left.addWidget(self.mrz)
        left.setStretchFactor(0, 1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.addWidget(self.banner)
        column.addSpacing(4)
        self.record_bar = RecordBar(self)
        self.record_bar.decided.connect(self.decide)
        self.record_bar.reportRequested.connect(self.case_report)
        column.addWidget(self.record_bar)
        column.addWidget(self.tabs, 1)
        self.split = QSplitter(Qt.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setSizes([760, 680])
        self.setCentralWidget(self.split)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.training_label = QLabel(self)
        self.training_label.setStyleSheet("background: #e69f00; color: black; font-weight: bold; padding: 2px 8px;")
        self.training_label.hide()
        self.message = QLabel(self)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.training_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.results.spansSelected.connect(self._select_spans)
        self.results.boxesSelected.connect(self.document.select_boxes)
        self.mrz.charClicked.connect(self.results.select_position)

    def _actions(self) -> None:
        def act(key, slot, shortcut, checkable=False):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            action.triggered.connect(slot)
            self.addAction(action)
            self.acts[key] = action
            return action

        self.acts: dict[str, QAction] = {}
        act("open", self.open_dialog, QKeySequence.Open)
        act("paste", self.paste, QKeySequence.Paste)
        act("manual", self.manual_entry, "Ctrl+M")
        act("sample", self.open_sample, "Ctrl+U")
        act("reread", self.reread, "F5")
        act("clear", self.clear, "Esc")
        act("trust", self.import_trust, "")
        act("hot", self.choose_hot_folder, "Ctrl+H")
        act("hot_off", lambda: self.set_hot_folder(None), "Ctrl+Shift+H")
        act("zoom_in", lambda: self.document.zoom(1.25), QKeySequence.ZoomIn)
        act("zoom_out", lambda: self.document.zoom(0.8), QKeySequence.ZoomOut)
        act("fit", self.document.fit, "Ctrl+0")
        act("rotate", self.document.rotate_view, "Ctrl+R")
        act("boxes", lambda on: self.document.set_show_boxes(on), "Ctrl+B", checkable=True)
        act("present", lambda on: self.set_presentation(on), "F11", checkable=True)
        act("training", self.set_training_date, "Ctrl+T")
        act("alter", self.make_altered_copies, "Ctrl+Shift+A")
        act("quiz", self.start_quiz, "Ctrl+Shift+Q")
        act("import", self.import_pack, "Ctrl+I")
        act("specimen_folder", self.choose_specimen_folder, "Ctrl+Shift+I")
        act("lang_en", lambda: self.set_language("en"), "Ctrl+Shift+E")
        act("lang_mn", lambda: self.set_language("mn"), "Ctrl+Shift+M")
        act("quit", self.close, QKeySequence.Quit)
        act("analysis", self.open_analysis, "Ctrl+Shift+S")
        act("case_report", self.case_report, QKeySequence.Print)
        act("verify_log", self.verify_log, "Ctrl+Shift+V")
        act("purge_log", self.purge_log, "")
        act("log_settings", self.edit_log_settings, "")
        self.recent_menu = QMenu(self)
        bar = self.menuBar()
        self.menus = {name: bar.addMenu("") for name in ("file", "view", "training", "record", "language")}
        for key in ("open", "paste", "manual", "sample", "reread", "clear"):
            self.menus["file"].addAction(self.acts[key])
        self.menus["file"].addMenu(self.recent_menu)
        self.menus["file"].addSeparator()
        for key in ("trust", "hot", "hot_off", "quit"):
            self.menus["file"].addAction(self.acts[key])
        for key in ("zoom_in", "zoom_out", "fit", "rotate", "boxes", "present"):
            self.menus["view"].addAction(self.acts[key])
        self.menus["training"].addAction(self.acts["training"])
        self.menus["training"].addSeparator()
        for key in ("alter", "quiz"):
            self.menus["training"].addAction(self.acts[key])
        self.menus["training"].addSeparator()
        for key in ("import", "specimen_folder"):
            self.menus["training"].addAction(self.acts[key])
        for key in ("analysis", "case_report", "verify_log", "purge_log", "log_settings"):
            self.menus["record"].addAction(self.acts[key])
        self.menus["language"].addAction(self.acts["lang_en"])
        self.menus["language"].addAction(self.acts["lang_mn"])
        self.toolbar = self.addToolBar("main")
        for key in ("open", "paste", "manual", "sample", "reread", "present"):
            self.toolbar.addAction(self.acts[key])

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("Main", APP_TITLE))
        for key, text in ACTION_TEXT.items():
            self.acts[key].setText(translate("Main", text))
        for key, text in MENU_TEXT.items():
            self.menus[key].setTitle(translate("Main", text))
        self.recent_menu.setTitle(translate("Main", "Recent files"))
        for index, text in enumerate(TAB_TEXT):
            self.tabs.setTabText(index, translate("Main", text))
        self.results.retranslate()
        self.record_bar.retranslate()
        self.data.retranslate()
        self.specimen.retranslate()
        self.chip.retranslate()
        self._chip_tab()
        self._refresh_recent()
        self._update_training_label()
        self._show_verdict()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Input -----------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def submit(self, source: tuple) -> None:
        """Examine a document off the GUI thread; whatever was being read is superseded."""
        self.last_source = source
        today, examine = self.today(), self.examine
        self.banner.show_status("busy")
        self.tasks.submit(lambda: examine(source, today))

    def open_path(self, path: str) -> None:
        self._remember(path)
        self.submit(("path", path))

    def open_dialog(self) -> None:
        translate = QCoreApplication.translate
        path, _ = QFileDialog.getOpenFileName(self, translate("Main", "Open a document image"), "",
                                              translate("Main", "Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)"))
        if path:
            self.open_path(path)

    def open_sample(self) -> None:
        self.open_path(str(SAMPLE))

    def paste(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            text = QGuiApplication.clipboard().text()
            if text.strip():
                self.submit(("text", text))
            else:
                self.message.setText(QCoreApplication.translate("Main", "The clipboard holds no image or text"))
            return
        grey, rgb = (to_array(image.convertToFormat(fmt)) for fmt in (QImage.Format_Grayscale8, QImage.Format_RGB888))
        self.submit(("array", grey, QCoreApplication.translate("Main", "pasted image"), rgb))

    def manual_entry(self) -> None:
        dialog = ManualEntryDialog(self.today(), self)
        if dialog.exec() and dialog.text().strip():
            self.submit(("text", dialog.text()))

    def reread(self) -> None:
        if self.last_source:
            self.submit(self.last_source)

    def clear(self) -> None:
        self.tasks.cancel()
        self.current, self.last_source = None, None
        self.document.clear()
        self.mrz.show_report(None)
        self.results.show_report(None)
        self.data.show_report(None, self.today())
        self.specimen.show_report(None, None)
        self._show_verdict()
        self.message.setText("")

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_path(urls[0])
            event.acceptProposedAction()

    # Hot folder, recent files, settings --------------------------------------------------------------

    def choose_hot_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("Main", "Scanner output folder"))
        if folder:
            self.set_hot_folder(folder)

    def set_hot_folder(self, folder: str | None) -> None:
        self.settings.setValue("hot_folder", folder or "")
        self.hot.watch(folder)
        translate = QCoreApplication.translate
        self.message.setText(translate("Main", "Watching %1").replace("%1", folder) if folder else
                             translate("Main", "Not watching a hot folder"))

    def _hot_files(self, paths: list[str]) -> None:
        self.hot_queue += [p for p in paths if p not in self.hot_queue]
        if not self.hot_busy:
            self._next_hot()

    def _next_hot(self) -> None:
        """Examine the oldest waiting scan; the next follows when its result is shown (never superseded)."""
        if not self.hot_queue:
            self.hot_busy = False
            return
        self.hot_busy = True
        self.open_path(self.hot_queue.pop(0))
        if self.hot_queue:
            self.message.setText(QCoreApplication.translate("Main", "%1 more new scans are waiting")
                                 .replace("%1", str(len(self.hot_queue))))

    def _hot_step(self) -> None:
        if self.hot_busy:
            self.hot_busy = False
            if self.hot_queue:
                QTimer.singleShot(0, self._next_hot)

    def _remember(self, path: str) -> None:
        import os

        path = os.path.abspath(path)  # Recent files must open from wherever the program is started next
        recent = [p for p in self.settings.value("recent", [], list) or [] if p != path]
        self.settings.setValue("recent", ([path] + recent)[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.value("recent", [], list) or []:
            self.recent_menu.addAction(path, lambda p=path: self.open_path(p))

    def set_language(self, language: str) -> None:
        if self.translations is not None and not self.translations.use(language):
            QMessageBox.warning(self, APP_TITLE, "The translation files are missing.")
            return
        self.settings.setValue("language", language)
        self.retranslate()

    def set_presentation(self, on: bool, save: bool = True) -> None:
        scale = 1.6 if on else 1.0
        self.acts["present"].setChecked(on) if hasattr(self, "acts") else None
        self.banner.set_scale(scale)
        self.mrz.set_scale(scale)
        font = self.font()
        font.setPointSizeF(10.0 * (1.5 if on else 1.0))
        for widget in (self.results, self.data, self.tabs):
            widget.setFont(font)
        self.setStyleSheet("QWidget { background: #ffffff; color: #000000; }" if on else "")
        self.split.setSizes([560, 880] if on else [760, 680])  # a trainer's projector needs the findings wide
        self.results.show_report(self.results.report)
        if save:
            self.settings.setValue("presentation", on)

    def set_training_date(self) -> None:
        translate = QCoreApplication.translate
        current = (self.today_override or dt.date.today()).isoformat()
        text, ok = QInputDialog.getText(self, translate("Main", "Training"), translate(
            "Main", "Examine as if today were (YYYY-MM-DD); leave empty for the real date:"), text=current)
        if not ok:
            return
        try:
            self.today_override = dt.date.fromisoformat(text.strip()) if text.strip() else None
        except ValueError:
            QMessageBox.warning(self, APP_TITLE, translate("Main", "Not a date: %1").replace("%1", text))
            return
        if self.today_override == dt.date.today():
            self.today_override = None
        self._update_training_label()
        self.reread()

    def _update_training_label(self) -> None:
        if self.today_override:
            self.training_label.setText(QCoreApplication.translate("Main", "TRAINING — today is %1")
                                        .replace("%1", self.today_override.isoformat()))
        self.training_label.setVisible(self.today_override is not None)

    # Specimens and trainer tools ---------------------------------------------------------------------

    def reader(self):
        if self._reader is None:
            from desktop.reader import Reader

            self._reader = Reader()
        return self._reader

    def make_altered_copies(self) -> None:
        current = self.specimen.current()
        dialog = AlterDialog(self.library, self.reader, current.id if current else None, self)
        if dialog.exec() and dialog.written:
            for path in reversed(dialog.written[1:]):
                self._remember(str(path))
            self.open_path(str(dialog.written[0]))
            self.message.setText(QCoreApplication.translate("Main", "%1 altered copies saved in %2; the others are "
                                                            "in Recent files").replace("%1", str(len(dialog.written)))
                                 .replace("%2", str(dialog.written[0].parent)))

    def start_quiz(self) -> None:
        QuizDialog(self.library, self.reader, parent=self).exec()

    def import_pack(self, path: str | None = None) -> None:
        translate = QCoreApplication.translate
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, translate("Main", "Import a specimen pack"), "",
                                                  translate("Main", "Specimen packs (*.zip meta.json)"))
            if path.endswith("meta.json"):
                path = str(Path(path).parent)
        if not path:
            return
        try:
            installed = self.library.import_pack(path)
        except SpecimenError as exc:
            QMessageBox.warning(self, APP_TITLE, translate("Main", "The pack was not imported:") + "\n\n• "
                                + "\n• ".join(exc.problems))
            return
        self.specimen.show_report(self.current.report if self.current else None,
                                  self.current.image if self.current else None)
        self.message.setText(translate("Main", "Imported: %1").replace("%1", ", ".join(s.id for s in installed)))

    def choose_specimen_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("Main", "User specimen folder"),
                                                  str(self.library.user_dir))
        if folder:
            self.settings.setValue("specimen_folder", folder)
            self.library.user_dir = Path(folder)
            self.library.reload()
            self.specimen.show_report(self.current.report if self.current else None,
                                      self.current.image if self.current else None)

    # Results ---------------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _show(self, examined: Examined) -> None:
        self._hot_step()
        self.current = examined
        self.chip.set_state("idle")  # the last document's chip is not this one's
        report = examined.report
        corrections = [(c["line"], c["col"]) for c in report.extra.get("corrections", [])]
        uncertain = [(c.span[0], c.span[1]) for c in report.checks if c.id == "reading.uncertain" and c.span]
        self.document.show_image(examined.image, report)
        self.mrz.show_report(report, uncertain, corrections)
        self.document.set_marks(uncertain, corrections, self.mrz.failing)
        self.results.show_report(report)
        self.data.show_report(report, self.today())
        self.specimen.show_report(report, examined.image)
        self._show_verdict()
        translate = QCoreApplication.translate
        note = examined.name
        if examined.pages > 1:
            note += " — " + translate("Main", "page 1 of %1").replace("%1", str(examined.pages))
        if "elapsed_ms" in report.extra:
            note += f" — {report.extra['elapsed_ms']:.0f} ms"
        self.message.setText(note)
        self._record(examined)
        self.chip.set_page_face(self.specimen.portrait())
        self.read_chip()

    # The chip ----------------------------------------------------------------------------------------

    def read_chip(self, manual: bool = False) -> None:
        """Read the current document's chip off the GUI thread: by itself when a reader holds a card, or when
        the officer presses Read the chip (then a missing reader or card is said in the tab)."""
        report = self.current.report if self.current is not None else None
        if report is None or not report.mrz or report.format not in CHIP_FORMATS:
            self.chip_tasks.cancel()
            self.chip.set_state("idle")
            self._chip_tab()
            return
        store, can = self.chip_store, self.chip.card_access_number()

        def work():
            from desktop.chip import examine, pcsc

            if not manual and pcsc.card_present() is None:
                return None
            return examine.examine(report, store=store, can=can)

        self.chip.set_state("reading")
        self._chip_tab()
        self.chip_tasks.submit(work)

    chip_store = None  # the CSCA store (None: $DOCEXAM_CSCA or the user data folder); tests set their own

    def import_trust(self, path: str | None = None):
        """File → Import CSCA master list or certificate: anchored as `docexam masterlist import` is; a file
        nothing trusted vouches for asks for the unit's fingerprint first (desktop/ui/trust_import.py)."""
        from desktop.chip import trust
        from desktop.ui import trust_import

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, QCoreApplication.translate("Main", "Import CSCA master list or certificate"), "",
                QCoreApplication.translate("Main", "Master lists, certificates and CRLs") +
                " (*.ml *.cer *.crt *.der *.pem *.crl);;" + QCoreApplication.translate("Main", "All files (*)"))
        if not path:
            return None
        self.trust_dialog = trust_import.import_file(self, self.chip_store or trust.Store(), path,
                                                     self.message.setText)
        return self.trust_dialog

    def _chip_done(self, result) -> None:
        if result is None:
            self.chip.set_state("absent")
        else:
            self.chip.show_result(result)
            self._record_chip(result)
        self._chip_tab()
        self._show_verdict()

    def _record_chip(self, result) -> None:
        """The chip read joins the examination's record (its findings, certificates, hashes and files)."""
        log = self.log() if self.current_entry is not None else None
        if log is None:
            return
        from desktop.chip import evidence

        public, personal, read = evidence.record_parts(result)
        if not log_settings.value(self.settings, "store_images"):
            read = None
        try:
            log.record_chip(self.current_entry, public, personal, read, self.record_bar.officer.text().strip())
        except (LogError, OSError) as exc:  # the examination stays recorded and decidable
            self.message.setText(QCoreApplication.translate("Main", "The chip read could not be recorded: %1")
                                 .replace("%1", str(exc)))

    def _chip_tab(self) -> None:
        """The Chip tab's title carries the chip's verdict, so a failing chip is seen from any tab."""
        from desktop.ui.style import STATUS_COLOUR, STATUS_SYMBOL

        index = self.tabs.indexOf(self.chip)
        title = QCoreApplication.translate("Main", TAB_TEXT[index])
        result = self.chip.result
        status = result.status if result is not None else None
        self.tabs.setTabText(index, f"{title} {STATUS_SYMBOL[status]}" if status else title)
        self.tabs.tabBar().setTabTextColor(index, STATUS_COLOUR[status] if status else self.palette().windowText().color())

    def _chip_failed(self, message: str) -> None:
        from desktop.chip.examine import ERROR, ChipResult, read_error

        self.chip.show_result(ChipResult(ERROR, (read_error(message),)))

    def _show_verdict(self) -> None:
        if self.current is None:
            self.banner.show_status("idle", note=QCoreApplication.translate(
                "Main", "Open an image (Ctrl+O), drop one here, or open the Utopia specimen (Ctrl+U)"))
            return
        from desktop.pipeline import document_status

        report, chip = self.current.report, self.chip.result
        note = ""
        if report.status in ("error", "unreadable") and report.checks:
            note = i18n.check_text(report.checks[0])
        failed = report.count("fail")
        if chip is not None and chip.status in ("fail", "unverified"):  # the chip's verdict, seen without the tab
            from desktop.chip.passive import summary

            first = summary(chip.checks) if chip.status == "fail" else next(
                (c for c in chip.checks if c.status == "warn"), None)
            label = (QCoreApplication.translate("Main", "Chip fails: %1") if chip.status == "fail" else
                     QCoreApplication.translate("Main", "Chip not verified: %1"))
            note = (note + "\n" if note else "") + label.replace("%1", i18n.check_text(first) if first else "")
            failed += chip.count("fail")
        if report.status in ("pass", "fail") and "viz_compared" in report.extra:
            # how much of the printed page stood behind the verdict: "all agreed" and "none compared" differ
            note = (note + "\n" if note else "") + QCoreApplication.translate(
                "Main", "Printed data: %1 of %2 fields compared").replace(
                "%1", str(report.extra["viz_compared"])).replace("%2", str(report.extra.get("viz_fields", 7)))
        if self.today_override:
            note = (note + "\n" if note else "") + QCoreApplication.translate(
                "Main", "TRAINING — today is %1").replace("%1", self.today_override.isoformat())
        status = document_status(report.status, chip.status if chip is not None else None)
        self.banner.show_status(status, failed, report.count("warn"), note)

    def _failed(self, message: str) -> None:
        self._hot_step()
        report = error_report("input.unreadable_file", detail=message)
        self._show(Examined(QCoreApplication.translate("Main", "error"), report))

    def _select_spans(self, spans: list) -> None:
        self.mrz.select(spans)
        self.document.select(spans)

    # The examination record ------------------------------------------------------------------------

    def records(self) -> bool:
        """Whether this session records: the setting, unless a demo or screenshot session switched it off."""
        return self.recording and bool(log_settings.value(self.settings, "record"))

    def log(self):
        """The log (opened on first use); None when recording is off or it cannot be opened (the bar says why)."""
        if not self.records():
            return None
        if self._log is None:
            try:
                self._log = open_log(self.log_override or log_settings.value(self.settings, "log") or None,
                                     log_settings.value(self.settings, "workstation") or None)
            except (LogError, ValueError) as exc:
                self.record_bar.set_entry(None, str(exc))
                return None
        return self._log

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def _record(self, examined: Examined) -> None:
        """Record the examination just shown. A log that cannot be written is said in red under the verdict;
        the examination itself is shown all the same."""
        self.current_entry = None
        if not self.records():
            self.record_bar.set_off()
            return
        log = self.log()
        if log is None:
            return
        kind = examined.source[0] if examined.source else None
        path = examined.source[1] if kind == "path" else None
        image = None
        if kind == "array" and examined.image is not None:
            from desktop.ui.imaging import png_bytes

            image = png_bytes(examined.image)
        try:
            entry = log.record_examination(
                examined.report, officer=self.record_bar.officer.text().strip(), source_path=path, image=image,
                store_image=log_settings.value(self.settings, "store_images"),
                specimen=matched_specimen(examined.report, self.library.specimens),
                training_today=self.today_override.isoformat() if self.today_override else None)
        except (LogError, OSError) as exc:
            self.record_bar.set_entry(None, str(exc))
            return
        self.current_entry = entry.id
        self.record_bar.set_entry(entry.id)

    def decide(self, decision: str, note: str = "") -> None:
        log = self.log()
        if log is None or self.current_entry is None:
            return
        try:
            entry = log.record_decision(self.current_entry, decision, note, self.record_bar.officer.text().strip())
        except LogError as exc:
            self.record_bar.set_entry(None, str(exc))
            return
        self.record_bar.set_decided(decision, entry.id)

    def case_report(self, path: str | None = None, entry: str | None = None) -> str | None:
        """Save the case report of the examination shown (or of `entry`) as a PDF in the window's language."""
        entry = entry or self.current_entry
        log = self.log()
        translate = QCoreApplication.translate
        if log is None or entry is None:
            self.message.setText(translate("Main", "Nothing recorded to report on: examine a document first"))
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, translate("Main", "Save the case report"),
                                                  f"case-{entry.replace(':', '-')}.pdf",
                                                  translate("Main", "PDF files (*.pdf)"))
        if not path:
            return None
        from desktop.ui import case_report

        try:
            doc, _ = case_report.build(log, entry)
            case_report.print_pdf(doc, path, entry)
        except (LogError, OSError) as exc:
            QMessageBox.warning(self, APP_TITLE, str(exc))
            return None
        self.message.setText(translate("Main", "Case report saved: %1").replace("%1", path))
        return path

    def open_analysis(self):
        from desktop.ui.analysis import AnalysisDialog

        log = self.log()
        database = log.name if log is not None else (log_settings.value(self.settings, "log") or "")
        dialog = AnalysisDialog(database, self)
        dialog.setFont(self.results.font())
        dialog.show()
        self.analysis = dialog
        return dialog

    def verify_log(self) -> bool:
        log = self.log()
        translate = QCoreApplication.translate
        if log is None:
            return False
        result = log.verify()
        if result.ok:
            text = translate("Main", "The log is intact: %1 entries verified (%2 purged).").replace(
                "%1", str(result.checked)).replace("%2", str(result.purged))
            QMessageBox.information(self, APP_TITLE, text) if self.isVisible() and not self._quiet() else None
        else:
            ident, problems = result.broken[0]
            text = translate("Main", "THE LOG HAS BEEN ALTERED at entry %1: %2").replace("%1", ident).replace(
                "%2", "; ".join(problems))
            QMessageBox.critical(self, APP_TITLE, text) if self.isVisible() and not self._quiet() else None
        self.message.setText(text)
        return result.ok

    def _quiet(self) -> bool:
        """Tests and screenshots run without modal boxes."""
        return bool(self.settings.value("quiet_dialogs", False, bool))

    def purge_log(self) -> int:
        log = self.log()
        if log is None:
            return 0
        try:
            count = privacy.purge(log, log_settings.value(self.settings, "retention_days"))
        except LogError as exc:
            self.message.setText(str(exc))
            return 0
        self.message.setText(QCoreApplication.translate("Main", "Personal data of %1 old entries removed")
                             .replace("%1", str(count)))
        return count

    def _purge_on_start(self) -> None:
        """The retention period applies by itself: old personal data is removed when the window opens."""
        if self.records() and self.log() is not None:
            try:
                privacy.purge(self._log, log_settings.value(self.settings, "retention_days"))
            except LogError as exc:
                self.record_bar.set_entry(None, str(exc))

    def edit_log_settings(self) -> None:
        dialog = log_settings.LogSettingsDialog(self.settings, self)
        if dialog.exec():
            self._close_log()
            if not log_settings.value(self.settings, "record"):
                self.record_bar.set_off()

    def closeEvent(self, event) -> None:
        self.tasks.cancel()
        self.chip_tasks.cancel()
        self.tasks.wait(5000)
        self.chip_tasks.wait(10000)
        self._close_log()
        super().closeEvent(event)
