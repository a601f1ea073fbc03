"""Trainer tools in the window: making altered copies of a specimen, and the quiz.

What is altered and how a quiz answer is judged live in desktop.specimens (alter, quiz); these dialogs
only ask and show.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from desktop import pipeline
from desktop.specimens import alter, quiz
from desktop.ui import i18n, verdict_banner
from desktop.ui.compare_view import PaneView
from desktop.ui.imaging import pixmap
from desktop.ui.style import STATUS_COLOUR

KIND_TEXT = {
    "wrong_digit": QT_TRANSLATE_NOOP("Trainer", "Wrong check digit"),
    "birth_old_digit": QT_TRANSLATE_NOOP("Trainer", "Changed birth date, old check digit"),
    "birth_recomputed": QT_TRANSLATE_NOOP("Trainer", "Changed birth date, check digits recomputed"),
    "name": QT_TRANSLATE_NOOP("Trainer", "Changed name"),
}


def table_text(text: str) -> str:
    """A text of the tables above (marked with QT_TRANSLATE_NOOP), in the current language."""
    return QCoreApplication.translate("Trainer", text)


class AlterDialog(QDialog):
    """Choose a specimen, the alterations and a folder; the copies are written as PNG + .json."""

    def __init__(self, library, reader_factory, current_id: str | None = None, parent=None):
        super().__init__(parent)
        self.library, self.reader_factory = library, reader_factory
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Make altered copies"))
        self.specimen = QComboBox(self)
        lang = i18n.language()
        for s in library.specimens:
            self.specimen.addItem(f"{s.title_text(lang)}  [{s.id}]", s.id)
            if s.id == current_id:
                self.specimen.setCurrentIndex(self.specimen.count() - 1)
        self.kinds = {}
        kinds = QVBoxLayout()
        for kind in alter.KINDS:
            box = QCheckBox(table_text(KIND_TEXT[kind]), self)
            box.setChecked(True)
            self.kinds[kind] = box
            kinds.addWidget(box)
        self.folder = QLineEdit(str(Path.home() / "docexam-training"), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Make copies"))
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Specimen"), self.specimen)
        form.addRow(self.tr("Alterations"), kinds)
        form.addRow(self.tr("Save in"), where)
        form.addRow(self.status)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save altered copies in"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def make(self) -> None:
        specimen = self.library.get(self.specimen.currentData())
        kinds = [k for k, box in self.kinds.items() if box.isChecked()]
        if specimen is None or not kinds:
            self.status.setText(self.tr("Choose a specimen and at least one alteration."))
            return
        reader, folder = self.reader_factory(), Path(self.folder.text()).expanduser()
        try:
            self.written = [alter.save(alter.make(specimen, kind, reader), folder) for kind in kinds]
        except (alter.AlterError, ValueError, OSError) as exc:
            self.status.setText(self.tr("The copies could not be made: %1").replace("%1", str(exc)))
            return
        self.accept()


class QuizDialog(QDialog):
    """One document at a time: the trainee says genuine or altered and clicks the suspect area, then the
    app reveals the truth and its own findings."""

    def __init__(self, library, reader_factory, seed: int | None = None, parent=None):
        super().__init__(parent)
        self.library, self.reader_factory = library, reader_factory
        self.rng = random.Random(seed)
        self.round: quiz.Round | None = None
        self.point: tuple[float, float] | None = None
        self.score = [0, 0]
        self.setWindowTitle(self.tr("Quiz"))
        self.resize(1100, 800)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.view = PaneView(self)
        self.view.clicked.connect(self._mark)
        self.genuine = QPushButton(self.tr("Genuine"), self)
        self.altered = QPushButton(self.tr("Altered"), self)
        self.next = QPushButton(self.tr("Next document"), self)
        self.genuine.clicked.connect(lambda: self.answer(False))
        self.altered.clicked.connect(lambda: self.answer(True))
        self.next.clicked.connect(self.new_round)
        self.reveal = QLabel(self)
        self.reveal.setWordWrap(True)
        self.reveal.setTextFormat(Qt.RichText)
        self.reveal.setMinimumHeight(90)
        self.scoreboard = QLabel(self)
        row = QHBoxLayout()
        for button in (self.genuine, self.altered, self.next):
            button.setMinimumHeight(40)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.scoreboard)
        column = QVBoxLayout(self)
        column.addWidget(self.prompt)
        column.addWidget(self.view, 1)
        column.addLayout(row)
        column.addWidget(self.reveal)
        self.new_round()

    def new_round(self) -> None:
        specimens = list(self.library.specimens)
        if not specimens:
            self.prompt.setText(self.tr("No specimen in the library"))
            return
        self.round = quiz.make_round(self.rng, specimens, self.reader_factory())
        self.point = None
        scene = self.view.scene()
        scene.clear()
        scene.addPixmap(pixmap(self.round.image))
        scene.setSceneRect(scene.itemsBoundingRect())
        self.view.fitInView(scene.sceneRect(), Qt.KeepAspectRatio)
        self.prompt.setText(self.tr("Is this document genuine or altered? If altered, click where, then answer."))
        self.reveal.setText("")
        self.genuine.setEnabled(True)
        self.altered.setEnabled(True)
        self._scoreboard()

    def _mark(self, x: float, y: float) -> None:
        if not self.genuine.isEnabled():
            return
        self.point = (x, y)
        for item in [i for i in self.view.scene().items() if i.data(0) == "mark"]:
            self.view.scene().removeItem(item)
        pen = QPen(QColor("#d55e00"), 3)
        pen.setCosmetic(True)
        mark = self.view.scene().addEllipse(x - 18, y - 18, 36, 36, pen)
        mark.setData(0, "mark")

    def answer(self, said_altered: bool) -> quiz.Answer:
        r = self.round
        result = quiz.judge(r, said_altered, self.point)
        self.genuine.setEnabled(False)
        self.altered.setEnabled(False)
        self.score[1] += 1
        self.score[0] += result.verdict_right and result.area_right is not False
        report = pipeline.examine_array(r.image.mean(axis=2).astype("uint8"), self.reader_factory(), r.specimen.valid_on,
                                        "quiz")
        pen = QPen(QColor("#d55e00"), 2)
        pen.setCosmetic(True)
        for x0, y0, x1, y1 in r.areas:
            self.view.scene().addRect(x0, y0, x1 - x0, y1 - y0, pen)
        lang = i18n.language()
        truth = (alter.DESCRIPTION[r.kind][lang] if r.altered else self.tr("The document is the genuine specimen."))
        right = self.tr("Right") if result.verdict_right else self.tr("Wrong")
        if result.area_right is True:
            right += " — " + self.tr("and the right place")
        elif result.area_right is False:
            right += " — " + self.tr("but not the right place (marked in orange)")
        colour = STATUS_COLOUR.get(report.status, QColor("black")).name()
        fails = [i18n.check_text(c) for c in report.checks if c.status == "fail"][:4]
        findings = self.tr("The app's verdict: %1").replace("%1", f"<b style='color:{colour}'>"
                                                       f"{verdict_banner.word(report.status)}</b>")
        if fails:
            findings += "<br>" + "<br>".join("✖ " + f for f in fails)
        elif r.altered:
            findings += "<br>" + self.tr("Every MRZ check passes: only the printed data and the specimen show it.")
        self.reveal.setText(f"<b>{right}.</b> {truth}<br>{findings}")
        self._scoreboard()
        return result

    def _scoreboard(self) -> None:
        self.scoreboard.setText(self.tr("Score: %1 of %2").replace("%1", str(self.score[0])).replace("%2", str(self.score[1])))

