"""The one examination pipeline shared by the CLI and the GUI: MRZ text (or, later, an image) -> Report."""

from __future__ import annotations

import codecs
import datetime as dt
import pathlib
import time
from dataclasses import replace

from desktop import checks
from desktop.checks.report import Report, error_report

MAX_TEXT_BYTES = 1_000_000  # an MRZ text file of several thousand documents fits easily


def examine_text(text: str, today: dt.date | None = None, source: str | None = None) -> Report:
    """Examine the MRZ lines of one document."""
    report = checks.validate_text(text, today or dt.date.today())
    return report.with_source(source) if source else report


def decode(data: bytes) -> str:
    """Text from a file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; ValueError otherwise."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ValueError("it contains NUL bytes (a binary file?)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"it is not UTF-8 text (byte {exc.start})") from None


def documents(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each document: documents are separated by blank lines."""
    found, block, start = [], [], 0
    for number, line in enumerate(text.splitlines() + [""], start=1):
        if line.strip():
            start = start or number
            block.append(line)
        elif block:
            found.append((start, "\n".join(block)))
            block, start = [], 0
    return found


def examine_text_file(path: str, today: dt.date | None = None) -> list[Report]:
    """Every document in a text file; a file that is not MRZ text gives one error report."""
    name = "<stdin>" if path == "-" else path
    try:
        data = _read(path)
        if len(data) > MAX_TEXT_BYTES:
            return [error_report("input.too_large", name, size=len(data), limit=MAX_TEXT_BYTES)]
        text = decode(data)
    except OSError as exc:
        return [error_report("input.unreadable_file", name, detail=exc.strerror or str(exc))]
    except ValueError as exc:
        return [error_report("input.binary", name, detail=str(exc))]
    blocks = documents(text)
    if not blocks:
        return [error_report("input.empty", name)]
    return [examine_text(body, today, f"{name}:{line}") for line, body in blocks]


def _read(path: str) -> bytes:
    if path == "-":
        import sys

        return sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    with pathlib.Path(path).open("rb") as handle:
        return handle.read(MAX_TEXT_BYTES + 1)


# Images -------------------------------------------------------------------------------------------

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}


def image_files(paths: list[str]) -> list[str]:
    """The files to examine: each path itself, or the images in a folder (sorted by name). A folder that
    holds no image stays in the list as itself, so that it is reported (the loader says why) rather than
    silently skipped."""
    found = []
    for path in paths:
        p = pathlib.Path(path)
        if p.is_dir():
            images = sorted(str(f) for f in p.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES and f.is_file())
            found += images or [path]
        else:
            found.append(path)
    return found


def examine_image(path: str, reader, today: dt.date | None = None, viz=None) -> list[Report]:
    """One report per page of the image at `path` (see desktop.reader for how it is read)."""
    return examine_loaded(path, reader, today, viz=viz)[1]


def examine_loaded(path: str, reader, today: dt.date | None = None, first_only: bool = False, viz=None):
    """(pages, reports): the decoded pages too, for a viewer; `first_only` reads just page 1. With `viz` (a
    desktop.viz.VizReader) the printed data is compared with the MRZ as well."""
    from desktop.reader import loader, verdict

    import hashlib

    start = time.perf_counter()
    try:
        data = loader.read_file(path)
        pages = loader.decode(data, first_only)
    except loader.EmptyFolder:
        return [], [error_report("input.empty_folder", path, folder=path)]
    except loader.ImageError as exc:
        return [], [error_report("input.image", path, detail=str(exc))]
    # the hash of the bytes examined: the record keeps only an image with this hash (issue 23)
    digest = hashlib.sha256(data).hexdigest()
    reports = []
    for index, grey in enumerate(pages):
        source = path if len(pages) == 1 else f"{path}#{index + 1}"
        reading = reader.read(grey, ink=lambda index=index: loader.dropout(data, index))
        if index == 0:  # the first page's time includes decoding the file
            reading = replace(reading, elapsed_ms=round((time.perf_counter() - start) * 1000, 1))
        report = verdict.judge(reading, today or dt.date.today())
        report = (viz.cross_check(report, grey) if viz else report).with_source(source)
        extra = {**report.extra, "input_sha256": digest}
        if first_only and index == 0:
            extra["pages"] = loader.count_pages(data)  # the others are not decoded: said, not hidden
        reports.append(replace(report, extra=extra))
    skipped = getattr(pages, "skipped", 0)
    if skipped:
        reports.append(error_report("input.pages_skipped", f"{path}#{len(pages) + 1}", first=len(pages) + 1,
                                    last=len(pages) + skipped, budget=loader.MAX_TOTAL_PIXELS // 1_000_000))
    return pages, reports


def examine_array(grey, reader, today: dt.date | None = None, source: str = "image", viz=None,
                  rgb=None) -> Report:
    """A page already in memory (a pasted image); `rgb`, its colours when it has them (coloured print is
    dropped out for the reader when the grey page does not read settled)."""
    from desktop.reader import verdict

    from desktop.reader import loader

    def ink():
        if rgb is None or getattr(rgb, "ndim", 0) != 3 or rgb.shape[:2] != grey.shape:
            return None
        return loader.brightest(rgb)

    report = verdict.judge(reader.read(grey, ink=ink), today or dt.date.today())
    return (viz.cross_check(report, grey) if viz else report).with_source(source)


def document_status(report_status: str, chip_status: str | None) -> str:
    """The document's verdict with its chip read: a chip that fails (altered or unsigned data, a copy of another
    chip, a DG1 that is not the page's MRZ) fails the document, however good the page looks. A chip not verified
    or not read leaves the page's verdict; the window and the record say why beside it."""
    if chip_status == "fail" and report_status != "error":
        return "fail"
    return report_status
