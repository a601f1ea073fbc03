# Checkpoint Document Examiner — every target sets up what it needs, idempotently (Debian, as root or with sudo).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
CORE_VENV := .venv-core
BIN := $(VENV)/bin
# Debian packages: Qt's offscreen/xcb runtime libraries, and Xvfb for screenshots of a real window.
# libxcb-icccm4 and libxcb-keysyms1 are needed by Qt's xcb platform and are bundled by PyInstaller from here.
# For the tests only: PostgreSQL (a throwaway server started by tests/record/conftest.py) and poppler-utils
# (pdftotext/pdftoppm read the case reports back).
# The chip: libpcsclite-dev to build pyscard; for the tests only, pcscd with the virtual reader vsmartcard-vpcd and
# the chip emulator python3-virtualsmartcard (GPL, run by tests/chip/emulator.py, never bundled; vpcd listens on
# every interface: never install it on a workstation).
APT_PACKAGES := libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	xvfb fonts-dejavu-core tesseract-ocr postgresql poppler-utils \
	libpcsclite-dev pcscd vsmartcard-vpcd python3-virtualsmartcard

VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
ARCHIVE := dist/docexam-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: run test lint test-core bench train translations clean system bundle bundle-test

# Opens the window on the bundled Utopia specimen (training date 2010-01-01: the specimen expired in 2012).
# Without a display (a server, CI) it renders the window offscreen and saves a screenshot instead.
run: $(VENV)/.installed translations
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/docexam gui resources/samples/utopia-td3.png --now 2010-01-01 --no-record; \
	else \
		echo "no display: rendering the window offscreen to docexam-window.png"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/docexam gui resources/samples/utopia-td3.png --now 2010-01-01 \
			--screenshot docexam-window.png && echo "saved docexam-window.png"; \
	fi

# Qt Linguist: refresh the .ts from the sources and build the .qm the app loads.
translations: $(VENV)/.installed
	$(BIN)/python tools/make_ts.py

test: $(VENV)/.installed $(CORE_VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory lint test-core

lint: $(VENV)/.installed
	$(BIN)/lint-imports

# The rules core must pass its tests with no Qt, OpenCV or OCR installed (as napari tests its models).
test-core: $(CORE_VENV)/.installed
	$(CORE_VENV)/bin/python -m pytest -q -p no:cacheprovider -W ignore::pytest.PytestConfigWarning tests/checks tests/test_cli.py

# Benchmarks (by hand; figures go in docs/benchmarks.md). PassportEye, the baseline, lives in its own venv:
# the app never needs it, and it pulls in scikit-learn, scikit-image and a system Tesseract.
bench: $(VENV)/.installed .venv-bench/.installed
	$(BIN)/python bench/validate_speed.py
	$(BIN)/python bench/pagegen.py bench/out/pages --count 50 --seed 1
	.venv-bench/bin/python bench/read_pages.py bench/out/pages --engines mrznet,template --passporteye
	$(BIN)/python bench/read_lines.py
	.venv-bench/bin/python bench/read_real.py --passporteye

.venv-bench/.installed: pyproject.toml
	@command -v tesseract >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq tesseract-ocr; }
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install -q -c constraints.txt -e '.[reader]' passporteye
	touch $@

# Rebuild the recogniser from the data (about 50 minutes on 2 cores; the look-alike typefaces it learns from are
# Debian font packages, installed here); torch only in its own venv.
TRAIN_FONTS = fonts-croscore fonts-liberation2 fonts-freefont-ttf fonts-noto-mono fonts-inconsolata fonts-hack \
	fonts-jetbrains-mono fonts-firacode
train: $(VENV)/.installed .venv-train/.installed
	@missing=$$(for p in $(TRAIN_FONTS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; fi
	$(BIN)/python tools/cells.py bench/out/cells.npz --pages 700 --seed 11
	.venv-train/bin/python tools/train_recogniser.py bench/out/cells.npz resources/models/mrz-cells.onnx \
		--epochs 6 --seed 1 --real-repeats 2

.venv-train/.installed:
	$(PYTHON) -m venv .venv-train
	.venv-train/bin/pip install -q torch==2.13.0 numpy onnx
	touch $@

system:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(VENV)/.installed: pyproject.toml constraints.txt | system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[reader,gui,record,chip,test]'
	touch $@

$(CORE_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/pip install -q -e . 'pytest>=8' 'hypothesis>=6.100'
	touch $@

# The one-folder PyInstaller bundle dist/docexam/ and the distributable archive (build.spec says what is inside).
bundle: $(VENV)/.installed translations
	$(BIN)/pip install -q -c constraints.txt -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	tar -C dist -czf $(ARCHIVE) docexam
	@du -sh dist/docexam $(ARCHIVE)

# The bundle's selftest as on a workstation: no Python environment, no Tesseract (an empty PATH), offscreen.
bundle-test: bundle
	mkdir -p build/empty-path
	env -i HOME="$$HOME" LANG=C.UTF-8 PATH="$(CURDIR)/build/empty-path" QT_QPA_PLATFORM=offscreen \
		dist/docexam/docexam selftest
	@# and once on a real X server (Xvfb), so the bundled xcb platform plugin and its libraries are proven too
	xvfb-run -a sh -c 'env -i HOME="$$HOME" LANG=C.UTF-8 PATH="$(CURDIR)/build/empty-path" DISPLAY="$$DISPLAY" \
		XAUTHORITY="$$XAUTHORITY" dist/docexam/docexam gui --screenshot build/bundle-xcb.png'
	@test -s build/bundle-xcb.png && echo "bundle: window shown on X11 (build/bundle-xcb.png)"
	@# and the frozen app reads an (emulated) chip through the real PC/SC stack
	$(BIN)/python tests/chip/bundle_check.py dist/docexam/docexam

clean:
	rm -rf $(VENV) $(CORE_VENV) build dist *.egg-info
