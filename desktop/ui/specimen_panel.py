"""The reference specimen beside the examined document: the best match from the library (or the user's pick),
the comparison modes, and the security features with what to look for.

Ranking and alignment come from desktop.specimens (match, align); this panel only shows them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QRadioButton, QSlider, QSplitter, QVBoxLayout, QWidget)

from desktop.specimens import match
from desktop.specimens.align import Aligner
from desktop.specimens.library import Library
from desktop.ui import i18n
from desktop.ui.compare_view import MODES, CompareView

MODE_TEXT = {"side": QT_TRANSLATE_NOOP("Specimen", "Side by side"), "overlay": QT_TRANSLATE_NOOP("Specimen", "Overlay"),
             "swipe": QT_TRANSLATE_NOOP("Specimen", "Swipe")}
REASON_TEXT = {
    "state": QT_TRANSLATE_NOOP("Specimen", "same issuing State"), "code": QT_TRANSLATE_NOOP("Specimen", "same document code"),
    "code_letter": QT_TRANSLATE_NOOP("Specimen", "same kind of document"), "format": QT_TRANSLATE_NOOP("Specimen", "same format"),
    "series": QT_TRANSLATE_NOOP("Specimen", "issued in this series"),
    "series_outside": QT_TRANSLATE_NOOP("Specimen", "dates outside this series"),
}
SIDE_TEXT = {"front": QT_TRANSLATE_NOOP("Specimen", "Front"), "back": QT_TRANSLATE_NOOP("Specimen", "Back")}
LIGHT_TEXT = {"white": QT_TRANSLATE_NOOP("Specimen", "White light"), "ir": QT_TRANSLATE_NOOP("Specimen", "Infrared"),
              "uv": QT_TRANSLATE_NOOP("Specimen", "Ultraviolet")}


def table_text(text: str) -> str:
    """A text of the tables above (marked with QT_TRANSLATE_NOOP), in the current language."""
    return QCoreApplication.translate("Specimen", text)


def load_rgb(path) -> np.ndarray:
    """A specimen picture, decoded once (until its file changes): the same specimen is shown beside
    document after document."""
    return _decoded(str(path), Path(path).stat().st_mtime_ns)


@lru_cache(maxsize=6)
def _decoded(path: str, _mtime: int) -> np.ndarray:
    with Image.open(path) as image:
        picture = np.asarray(image.convert("RGB"))
    picture.setflags(write=False)
    return picture


class SpecimenPanel(QWidget):
    specimenShown = Signal(str)  # the id of the specimen now compared

    def __init__(self, library: Library | None = None, parent=None):
        super().__init__(parent)
        self.library = library if library is not None else Library()
        self.aligner: Aligner | None = None
        self.report, self.scan = None, None
        self.matches: list[match.Match] = []
        self._build()
        self.retranslate()
        self._fill([match.Match(s, 0.0, ()) for s in self.library.specimens])

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.choice = QComboBox(self)
        self.side = QComboBox(self)
        self.light = QComboBox(self)
        row = QHBoxLayout()
        row.addWidget(self.choice, 3)
        row.addWidget(self.side, 1)
        row.addWidget(self.light, 1)
        self.modes = QButtonGroup(self)
        self.mode_buttons = {}
        modes = QHBoxLayout()
        for mode in MODES:
            button = QRadioButton(self)
            self.mode_buttons[mode] = button
            self.modes.addButton(button)
            modes.addWidget(button)
            button.toggled.connect(lambda on, m=mode: on and self._set_mode(m))
        self.slider_label = QLabel(self)
        self.slider_label.setMinimumWidth(90)
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.valueChanged.connect(self._slider)
        modes.addWidget(self.slider_label)
        modes.addWidget(self.slider, 1)
        self.compare = CompareView(self)
        self.mode_buttons["side"].setChecked(True)
        self.features = QListWidget(self)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.description.setMinimumHeight(60)
        self.description.setStyleSheet("padding: 6px; background: #fff8e6; color: #000;")
        lower = QSplitter(Qt.Horizontal, self)
        lower.addWidget(self.features)
        lower.addWidget(self.description)
        lower.setSizes([220, 420])
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.compare)
        split.addWidget(lower)
        split.setSizes([520, 160])
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(row)
        column.addLayout(modes)
        column.addWidget(split, 1)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.side.currentIndexChanged.connect(lambda _: self._show_specimen())
        self.light.currentIndexChanged.connect(lambda _: self._show_specimen())
        self.features.currentItemChanged.connect(self._feature_item)
        self.compare.featureClicked.connect(self.select_feature)

    # Public --------------------------------------------------------------------------------------

    def show_report(self, report, scan: np.ndarray | None) -> None:
        """Rank the library for this document and compare with the best match (`scan`: grey or RGB)."""
        self.report, self.scan = report, scan
        if report is None or not report.fields:
            self._fill([match.Match(s, 0.0, ()) for s in self.library.specimens])
        else:
            self._fill(match.rank(report, self.library.specimens))

    def portrait(self):
        """The scan's portrait: the specimen's portrait zone cut from the aligned scan (None if not aligned)."""
        aligned = getattr(self, "aligned", None)
        if aligned is None:
            return None
        for zone in self.aligned_zones:
            if zone.kind == "portrait":
                h, w = aligned.shape[:2]
                x, y, zw, zh = zone.box
                crop = aligned[int(y * h):int((y + zh) * h), int(x * w):int((x + zw) * w)]
                return crop.copy() if crop.size else None
        return None

    def current(self):
        index = self.choice.currentIndex()
        return self.matches[index].specimen if 0 <= index < len(self.matches) else None

    def choose(self, specimen_id: str) -> None:
        for index, m in enumerate(self.matches):
            if m.specimen.id == specimen_id:
                self.choice.setCurrentIndex(index)

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def select_feature(self, zone_id: str) -> None:
        for index in range(self.features.count()):
            if self.features.item(index).data(Qt.UserRole) == zone_id:
                self.features.setCurrentRow(index)
                return

    def retranslate(self) -> None:
        for mode, button in self.mode_buttons.items():
            button.setText(table_text(MODE_TEXT[mode]))
        self._slider_text()
        if self.matches:
            self._fill(self.matches, keep=True)
        else:
            self.heading.setText(self.tr("No specimen in the library"))

    # Internals -------------------------------------------------------------------------------------

    def _fill(self, matches: list[match.Match], keep: bool = False) -> None:
        lang = i18n.language()
        previous = self.current().id if keep and self.current() else None
        self.matches = matches
        self.choice.blockSignals(True)
        self.choice.clear()
        for m in matches:
            label = f"{m.specimen.title_text(lang)}  [{m.specimen.id}]"
            if m.same_document:
                label = "★ " + label
            self.choice.addItem(label)
        self.choice.blockSignals(False)
        if matches:
            index = next((i for i, m in enumerate(matches) if m.specimen.id == previous), 0)
            self.choice.setCurrentIndex(index)
            self._chosen(index)

    def _chosen(self, index: int) -> None:
        specimen = self.current()
        if specimen is None:
            return
        m = self.matches[index]
        if self.report is None or not self.report.fields:
            self.heading.setText(self.tr("No document examined: choose a specimen to study"))
        elif m.same_document:
            self.heading.setText(self.tr("Best match: %1").replace("%1", ", ".join(table_text(REASON_TEXT[r]) for r in m.reasons)))
        elif m.reasons:
            self.heading.setText(self.tr("No specimen of this document; nearest: %1").replace(
                "%1", ", ".join(table_text(REASON_TEXT[r]) for r in m.reasons)))
        else:
            self.heading.setText(self.tr("No specimen of this document in the library"))
        self.side.blockSignals(True)
        self.side.clear()
        for side in specimen.sides:
            self.side.addItem(table_text(SIDE_TEXT[side]), side)
        self.side.setCurrentIndex(max(0, specimen.sides.index(specimen.mrz_side)))
        self.side.blockSignals(False)
        self._show_specimen()
        self.specimenShown.emit(specimen.id)

    def _show_specimen(self) -> None:
        specimen = self.current()
        if specimen is None:
            return
        side = self.side.currentData() or specimen.mrz_side
        lights = specimen.lights(side)
        chosen = self.light.currentData()
        self.light.blockSignals(True)
        self.light.clear()
        for light in lights:
            self.light.addItem(table_text(LIGHT_TEXT[light]), light)
        self.light.setCurrentIndex(lights.index(chosen) if chosen in lights else 0)
        self.light.blockSignals(False)
        light = self.light.currentData() or "white"
        picture = load_rgb(specimen.image(side, light))
        aligned = None
        quad = self.report.extra.get("mrz_quad") if self.report is not None else None
        if self.scan is not None and quad and side == specimen.mrz_side:
            if self.aligner is None:
                from desktop.reader import Reader

                self.aligner = Aligner(Reader())  # its own reader: the window's worker has the other
            aligned = self.aligner.align(self.scan, quad, specimen, (picture.shape[1], picture.shape[0]))
        scan = aligned if aligned is not None else self.scan
        self.aligned, self.aligned_zones = aligned, specimen.zones_on(side)
        zones = specimen.zones_on(side)
        self.compare.set_images(scan, picture, aligned is not None, [(z.id, z.box) for z in zones],
                                # security features outlined at once, except page-wide ones (the background)
                                {z.id for z in zones if z.kind == "security" and z.box[2] * z.box[3] < 0.5})
        lang = i18n.language()
        self.features.blockSignals(True)
        self.features.clear()
        for zone in sorted(zones, key=lambda z: (z.kind != "security", z.kind)):
            marker = "◆ " if zone.kind == "security" else "· "
            item = QListWidgetItem(marker + (zone.label_text(lang) or zone.id))
            item.setData(Qt.UserRole, zone.id)
            self.features.addItem(item)
        self.features.blockSignals(False)
        if self.scan is not None and aligned is None:
            self.description.setText(self.tr("The scan could not be aligned with this side of the specimen: compare "
                                        "them side by side."))
        else:
            self.description.setText(self.tr("Click a security feature (◆) on the specimen or in the list to see "
                                        "where it should be on the document and what to look for."))

    def _feature_item(self, item, _previous=None) -> None:
        specimen = self.current()
        if item is None or specimen is None:
            return
        zone_id = item.data(Qt.UserRole)
        zone = next((z for z in specimen.zones if z.id == zone_id), None)
        if zone is None:
            return
        self.compare.select(zone_id)
        lang = i18n.language()
        text = f"<b>{zone.label_text(lang) or zone.id}</b>"
        if zone.description_text(lang):
            text += "<br>" + zone.description_text(lang)
        self.description.setText(text)

    def _set_mode(self, mode: str) -> None:
        self.compare.set_mode(mode)
        self.slider.setEnabled(mode != "side")
        self._slider_text()
        self._slider(self.slider.value())

    def _slider_text(self) -> None:
        mode = self.compare.mode
        self.slider_label.setText(self.tr("Opacity") if mode == "overlay" else self.tr("Swipe") if mode == "swipe" else "")

    def _slider(self, value: int) -> None:
        if self.compare.mode == "overlay":
            self.compare.set_opacity(value / 100)
        elif self.compare.mode == "swipe":
            self.compare.set_swipe(value / 100)
