"""The document as it is: a colour scan shown in colour, and every MRZ line visible at the smallest window size."""

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from desktop.paths import resource
from desktop.ui.imaging import to_array

from tests.ui.conftest import shot, shown


def colourful(image: QImage) -> float:
    """Share of pixels whose channels differ visibly (0 for a grey picture)."""
    rgb = to_array(image.convertToFormat(QImage.Format_RGB888)).astype(int)
    return float((rgb.max(axis=2) - rgb.min(axis=2) > 10).mean())


@pytest.fixture
def colour_scan(tmp_path):
    """The TD3 specimen's colour page as a scanner's JPEG."""
    path = tmp_path / "colour-scan.jpg"
    Image.open(resource("specimens", "uto-td3", "front-white.png")).convert("RGB").save(path, quality=92)
    return str(path)


def test_a_colour_scan_is_shown_in_its_colours_in_the_document_and_compare_views(qtbot, window, colour_scan):
    window.open_path(colour_scan)
    shown(qtbot, window)
    assert window.current.report.status == "pass"
    assert window.current.image.ndim == 3
    assert colourful(window.document.pixmap_item.pixmap().toImage()) > 0.5
    shot(window, "en-colour-document")
    window.tabs.setCurrentWidget(window.specimen)
    compare = window.specimen.compare
    assert compare.aligned and compare.scan.ndim == 3
    scan_items = [i for i in compare.scan_view.scene().items() if hasattr(i, "pixmap")]
    assert scan_items and colourful(scan_items[0].pixmap().toImage()) > 0.5
    shot(window, "en-colour-compare")


def test_a_grey_scan_stays_grey(qtbot, window):
    window.open_sample()
    shown(qtbot, window)
    assert window.current.image.ndim == 2


def td1_back(tmp_path):
    path = tmp_path / "td1-back.png"
    Image.open(resource("specimens", "uto-td1", "back-white.png")).save(path)
    return str(path)


@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)])
@pytest.mark.parametrize("presentation", [False, True])
def test_every_td1_line_is_visible_without_scrolling(qtbot, window, tmp_path, size, presentation):
    window.resize(*size)
    window.set_presentation(presentation, save=False)
    window.open_path(td1_back(tmp_path))
    shown(qtbot, window)
    assert window.current.report.format == "TD1" and len(window.mrz.lines) == 3
    qtbot.waitUntil(lambda: window.mrz.rect().contains(window.mrz.text_rect().toAlignedRect()), timeout=3000)
    visible = window.mrz.visibleRegion().boundingRect()
    assert visible.contains(window.mrz.text_rect().toAlignedRect())
    if size == (1280, 800):
        shot(window, "en-td1-presentation" if presentation else "en-td1")
