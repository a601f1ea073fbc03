"""Each recognition engine on real input, and the bundled model's own guarantees."""

import builtins
import json

import numpy as np
import pytest

from desktop.paths import resource
from desktop.reader import Reader, engines, glyphs, loader

LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def test_model_loads_from_the_bundled_resources_without_torch():
    meta = json.loads(resource("models", "mrz-cells.json").read_text())
    assert meta["alphabet"] == glyphs.ALPHABET
    assert resource("models", "mrz-cells.onnx").stat().st_size < 20_000_000
    engine = engines.create("mrznet")
    with pytest.raises(ImportError):
        __import__("torch")  # the app never needs it
    assert engine.classify([None]).shape == (1, 37)


def test_rendered_glyphs_are_recognised_exactly():
    engine = engines.create("mrznet")
    cells = [glyphs.canvas(255 - glyphs.render(c, height)) for height in (40, 64) for c in glyphs.ALPHABET]
    got = "".join(glyphs.ALPHABET[i] for i in engine.classify(cells).argmax(axis=1))
    assert got == glyphs.ALPHABET * 2


@pytest.mark.parametrize("name", ["mrznet", "template", "tesseract"])
def test_every_engine_reads_the_utopia_number_line(utopia_pages, name):
    reading = Reader(name).read(loader.load(utopia_pages / "passport-td3.png")[0])
    assert reading.lines[1] == LINE2 and reading.engine == name


def test_tesseract_through_pytesseract_when_tesserocr_is_absent(monkeypatch, utopia_pages):
    real_import = builtins.__import__

    def no_tesserocr(name, *args, **kwargs):
        if name == "tesserocr":
            raise ImportError("tesserocr hidden by the test")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_tesserocr)
    engine = engines.TesseractEngine()
    assert engine.api is None  # the system binary is in use
    strip = [glyphs.canvas(255 - glyphs.render(c, 48)) for c in "L898902C36"]
    got = "".join(glyphs.ALPHABET[i] for i in engine.classify(strip).argmax(axis=1))
    assert got == "L898902C36"


def test_unknown_engine_names_the_choices():
    with pytest.raises(ValueError, match="mrznet, template, tesseract"):
        engines.create("nope")


def test_cells_are_classified_as_probabilities():
    probs = engines.create("mrznet").classify([glyphs.canvas(255 - glyphs.render("Q")), None])
    assert np.allclose(probs.sum(axis=1), 1.0) and probs[0].argmax() == glyphs.ALPHABET.index("Q")
    assert np.allclose(probs[1], 1 / 37)  # an empty cell carries no evidence
