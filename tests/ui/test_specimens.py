"""The specimen panel and the trainer tools, driven in the real window offscreen."""

import json

from PySide6.QtCore import Qt

from desktop.paths import resource
from desktop.specimens import alter
from desktop.ui.trainer import AlterDialog, QuizDialog

from tests.ui.conftest import shot, shown

SAMPLE = str(resource("samples", "utopia-td3.png"))


def open_specimen_tab(window):
    window.tabs.setCurrentWidget(window.specimen)


def test_the_sample_is_shown_next_to_its_specimen_aligned(qtbot, window):
    window.open_sample()
    shown(qtbot, window)
    panel = window.specimen
    open_specimen_tab(window)
    assert panel.current().id == "uto-td3"
    assert panel.matches[0].same_document and "Best match" in panel.heading.text()
    assert panel.compare.aligned  # the scan was brought into the specimen's frame by its MRZ
    assert panel.compare.scan.shape[:2] == panel.compare.specimen.shape[:2]
    # Aligned: the MRZ rows of the scan and the specimen carry ink in the same place.
    scan, spec = panel.compare.scan, panel.compare.specimen.mean(axis=2)
    h = scan.shape[0]
    band = slice(int(0.80 * h), int(0.97 * h))
    rows_scan = (scan[band] < 128).sum(axis=1) > 20
    rows_spec = (spec[band] < 128).sum(axis=1) > 20
    assert (rows_scan == rows_spec).mean() > 0.9
    shot(window, "en-specimen-side")


def test_compare_modes_and_feature_highlight(qtbot, window):
    window.open_sample()
    shown(qtbot, window)
    panel = window.specimen
    open_specimen_tab(window)
    panel.set_mode("overlay")
    assert panel.compare.mode == "overlay" and not panel.compare.scan_view.isVisible()
    panel.slider.setValue(30)
    assert abs(panel.compare.opacity - 0.3) < 1e-9
    shot(window, "en-specimen-overlay")
    panel.set_mode("swipe")
    panel.slider.setValue(60)
    assert panel.compare.mode == "swipe" and abs(panel.compare.swipe - 0.6) < 1e-9
    shot(window, "en-specimen-swipe")
    panel.set_mode("side")
    assert panel.compare.scan_view.isVisible()
    # Clicking the ghost image's zone on the specimen selects it and tells what to look for.
    ghost = next(z for z in panel.current().zones if z.id == "ghost")
    h, w = panel.compare.specimen.shape[:2]
    x, y = (ghost.box[0] + ghost.box[2] / 2) * w, (ghost.box[1] + ghost.box[3] / 2) * h
    panel.compare.specimen_view.clicked.emit(x, y)
    assert panel.compare.selected == "ghost"
    assert "same face" in panel.description.text()
    # ... and it is drawn on the aligned scan too, at the same place.
    scan_rects = [i for i in panel.compare.scan_view.scene().items() if i.data(0) == "ghost"]
    assert scan_rects
    shot(window, "en-specimen-feature")


def test_the_user_can_pick_another_specimen_and_the_uv_image(qtbot, window):
    window.open_sample()
    shown(qtbot, window)
    panel = window.specimen
    panel.choose("uto-td1")
    assert panel.current().id == "uto-td1"
    assert [panel.side.itemData(i) for i in range(panel.side.count())] == ["front", "back"]
    assert panel.side.currentData() == "back"  # the side with the MRZ
    panel.choose("uto-td3")
    lights = [panel.light.itemData(i) for i in range(panel.light.count())]
    assert lights == ["white", "uv"]
    panel.light.setCurrentIndex(1)
    assert panel.compare.specimen.mean() < 100  # the dark UV picture
    open_specimen_tab(window)
    shot(window, "en-specimen-uv")


def test_trainer_makes_altered_copies_and_each_shows_its_outcome_next_to_the_specimen(qtbot, window, tmp_path):
    dialog = AlterDialog(window.library, window.reader, "uto-td3", window)
    dialog.folder.setText(str(tmp_path / "copies"))
    dialog.make()
    assert len(dialog.written) == len(alter.KINDS)
    for path in dialog.written:
        info = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        window.open_path(str(path))
        shown(qtbot, window)
        assert window.current.report.status == info["expected_verdict"]
        assert window.banner.title.text() == info["expected_verdict"].upper()
        assert window.specimen.current().id == "uto-td3"
        if info["kind"] == "birth_recomputed":
            open_specimen_tab(window)
            shot(window, "en-trainer-birth-recomputed")  # passes: only the VIZ/specimen comparison shows it


def test_quiz_reveals_the_truth_and_the_apps_findings(qtbot, window):
    quiz = QuizDialog(window.library, window.reader, seed=3, parent=window)
    qtbot.addWidget(quiz)
    quiz.show()
    r = quiz.round
    if r.altered:
        x0, y0, x1, y1 = r.areas[0]
        quiz.view.clicked.emit((x0 + x1) / 2, (y0 + y1) / 2)
    result = quiz.answer(r.altered)
    assert result.verdict_right and result.area_right in (True, None)
    assert "Right" in quiz.reveal.text() and "verdict" in quiz.reveal.text()
    assert quiz.score == [1, 1] and not quiz.genuine.isEnabled()
    quiz.grab().save(str(shot(window, "en-quiz").parent / "en-quiz.png"))
    quiz.new_round()
    wrong = quiz.answer(not quiz.round.altered)
    assert not wrong.verdict_right and quiz.score == [1, 2] and "Wrong" in quiz.reveal.text()


def test_importing_a_broken_pack_from_the_window_explains_why(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "meta.json").write_text("{", encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    window.import_pack(str(tmp_path / "pack"))
    assert said and "not valid JSON" in said[0]
    assert window.specimen.choice.count() == len(window.library.specimens)
    assert Qt  # the window is still there and usable


def test_the_mongolian_specimen_in_mongolian(qtbot, window):
    window.set_language("mn")
    specimen = window.library.get("uto-td3-mn")
    window.today_override = specimen.valid_on
    window.open_path(str(specimen.image()))
    shown(qtbot, window)
    panel = window.specimen
    assert window.current.report.status == "pass"
    assert panel.current().id == "uto-td3-mn"  # the series (issued 2024-) tells it from the older design
    assert "Хамгийн тохирох" in panel.heading.text()
    panel.select_feature("uv")
    assert "Хэт ягаан" in panel.description.text()
    open_specimen_tab(window)
    shot(window, "mn-specimen")


def test_printed_data_findings_outline_the_field_on_the_image_and_in_the_mrz(qtbot, window, tmp_path):
    specimen = window.library.get("uto-td3")
    path = alter.save(alter.make(specimen, "birth_recomputed", window.reader()), tmp_path)
    window.open_path(str(path))
    shown(qtbot, window)
    assert window.banner.title.text() == "FAIL"
    heads = [window.results.topLevelItem(i) for i in range(window.results.topLevelItemCount())]
    (printed,) = [h for h in heads if "Printed data" in h.text(0)]
    items = [printed.child(j) for j in range(printed.childCount())]
    (birth,) = [i for i in items if i.data(0, Qt.UserRole) == "viz.birth_date"]
    assert "12 AUG 1974" in birth.text(0) and "1971-08-12" in birth.text(0)
    window.results.setCurrentItem(birth)
    assert len(window.document.box_items) == 1 and window.mrz.selected
    shot(window, "en-printed-data")
    window.set_language("mn")
    heads = [window.results.topLevelItem(i) for i in range(window.results.topLevelItemCount())]
    assert any("Хэвлэсэн мэдээлэл" in h.text(0) for h in heads)
    shot(window, "mn-printed-data")
