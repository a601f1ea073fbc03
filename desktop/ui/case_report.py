"""The case report: one examination from the log as a one- or two-page PDF for the case file.

Verdict, every failing and warning finding in words (with the 7-3-1 working of a failed check digit), the
image with the MRZ and its failing characters outlined beside the reference specimen, the officer, the
workstation, the time, the decision, and the entry's hash, so that the paper can be matched to the log
(`docexam log show ID`). English or Mongolian: the text goes through the same translations as the window,
and the bundled DejaVu Sans (Cyrillic) and OCR-B fonts are embedded in the PDF.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QPen, QPolygonF, QTextDocument)

from desktop import APP_TITLE, __version__
from desktop.paths import resource
from desktop.record import Log, LogError
from desktop.terminal import shown  # a bidi override in a name or note must not reverse the report's text
from desktop.ui import i18n
from desktop.ui.imaging import pixmap
from desktop.ui.mrz_view import ocrb_family
from desktop.ui.results_panel import working_rows
from desktop.ui.style import HIGHLIGHT, STATUS_COLOUR, STATUS_SYMBOL

VERDICT = {"pass": QT_TRANSLATE_NOOP("CaseReport", "PASS"), "fail": QT_TRANSLATE_NOOP("CaseReport", "FAIL"),
           "unreadable": QT_TRANSLATE_NOOP("CaseReport", "UNREADABLE"),
           "error": QT_TRANSLATE_NOOP("CaseReport", "ERROR")}
DECISION = {"accepted": QT_TRANSLATE_NOOP("CaseReport", "Accepted"),
            "referred": QT_TRANSLATE_NOOP("CaseReport", "Referred to second line"),
            "refused": QT_TRANSLATE_NOOP("CaseReport", "Refused"), None: QT_TRANSLATE_NOOP("CaseReport",
                                                                                          "No decision recorded")}
STATUS_WORD = {"fail": QT_TRANSLATE_NOOP("CaseReport", "fails"), "warn": QT_TRANSLATE_NOOP("CaseReport", "warning")}
IMAGE_WIDTH = 1100  # pixels kept of the scan in the PDF: sharp in print, small in the file
_FONTS: list[str] = []


@dataclass(frozen=True)
class Written:
    entry: str
    pages: int

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseReport", text)


def body_family() -> str:
    if not _FONTS:
        families = []
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            ident = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            families += QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
        _FONTS.append(families[0] if families else "Sans Serif")
    return _FONTS[0]


def _app():
    """A GUI application for fonts and painting: the window's, or one made offscreen for the command line."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def failing_positions(report) -> set[tuple[int, int]]:
    return {(ln, col) for c in report.checks if c.status == "fail" and c.span
            for ln, s, e in [c.span] for col in range(s, e)}


def annotated(image: QImage, report) -> QImage:
    """The scan with the MRZ outlined (blue), every failing character boxed (red) and every compared printed value
    outlined (dashed, in its finding's colour), scaled for print."""
    out = image.convertToFormat(QImage.Format_RGB32)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.Antialiasing)
    width = max(2.0, out.width() / 400)
    quad = report.extra.get("mrz_quad")
    if quad:
        painter.setPen(QPen(HIGHLIGHT, width))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in quad]))
    # each compared printed value where it was read, in its finding's colour, so that a reader of the report can
    # see whether it was the right line (issue 22)
    statuses = {c.field: c.status for c in report.checks if c.id.startswith("viz.") and c.status in ("pass", "fail",
                                                                                                       "warn")}
    for field, value in (report.extra.get("viz") or {}).items():
        box = value.get("box") if isinstance(value, dict) else None
        if box and field in statuses:
            painter.setPen(QPen(STATUS_COLOUR[statuses[field]], width, Qt.DashLine))
            painter.drawRect(QRectF(*box))
    chars = report.extra.get("chars") or []
    painter.setPen(QPen(STATUS_COLOUR["fail"], width * 1.5))
    for ln, col in failing_positions(report):
        if ln < len(chars) and col < len(chars[ln]):
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in chars[ln][col]["box"]]))
    painter.end()
    return out.scaledToWidth(min(IMAGE_WIDTH, out.width()), Qt.SmoothTransformation)


def decode(raw: bytes) -> QImage | None:
    """The logged file's bytes as an image, decoded by OpenCV like the reader does (the bundle carries no Qt
    image plugins: JPEG and TIFF are not Qt's to read there)."""
    import io

    import cv2
    import numpy as np
    from PIL import Image

    from desktop.reader.loader import MAX_PIXELS

    try:  # the size first: a stored 144-Mpx image must not take gigabytes to print (issue 23)
        with Image.open(io.BytesIO(raw)) as probe:
            if probe.size[0] * probe.size[1] > MAX_PIXELS:
                return None
        array = cv2.imdecode(np.frombuffer(raw, np.uint8), cv2.IMREAD_COLOR)
    except (OSError, ValueError, SyntaxError, cv2.error, Image.DecompressionBombError):
        return None
    if array is None:
        return None
    return pixmap(cv2.cvtColor(array, cv2.COLOR_BGR2RGB)).toImage()


def _specimen_image(report):
    from desktop.specimens.library import Library
    from desktop.specimens.match import best

    try:
        specimen = best(report, Library().specimens)
    except Exception:  # noqa: BLE001 - a broken user library must not stop the report
        return None, None
    if specimen is None:
        return None, None
    path = specimen.image(specimen.mrz_side)
    image = QImage(str(path)) if path else QImage()
    return (specimen, image) if not image.isNull() else (specimen, None)


def _mrz_html(report, mono: str) -> str:
    failing = failing_positions(report)
    rows = []
    for ln, line in enumerate(report.mrz):
        cells = []
        for col, char in enumerate(line):
            text = html.escape(char).replace("&lt;", "&lt;")
            cells.append(f'<span style="color:{STATUS_COLOUR["fail"].name()}; text-decoration: underline; '
                         f'font-weight: bold;">{text}</span>' if (ln, col) in failing else text)
        rows.append("".join(cells))
    return f'<p style="font-family:\'{mono}\'; font-size: 11pt; line-height: 130%;">' + "<br>".join(rows) + "</p>"


def _working_html(report, covers, mono: str) -> str:
    """The 7-3-1 working laid out across the page: character, value, weight and product per column, in rows of
    up to 22 characters, then the sum and the sum mod 10."""
    rows = working_rows(list(report.mrz), covers)
    steps, totals = rows[:-2], rows[-2:]
    heading = html.escape(translate("CaseReport", "The 7-3-1 working:"))
    out = [f'<p style="font-size:7.5pt; margin-top:2px;">{heading}</p>']
    for start in range(0, len(steps), 22):
        chunk = steps[start:start + 22]
        lines = []
        names = (translate("CaseReport", "character"), translate("CaseReport", "value"),
                 translate("CaseReport", "weight"), translate("CaseReport", "product"))
        for index, name in enumerate(names):
            cells = "".join(f'<td align="center">{html.escape(row[index].replace("× ", "").replace("= ", ""))}'
                            f'</td>' for row in chunk)
            lines.append(f'<tr><td style="color:#555555;">{html.escape(name)}</td>{cells}</tr>')
        out.append(f'<table style="font-family:\'{mono}\'; font-size:7.5pt;" cellspacing="0" cellpadding="2" '
                   f'border="1" style="border-color:#bbbbbb; border-style:solid;">{"".join(lines)}</table>')
    out.append(f'<p style="font-family:\'{mono}\'; font-size:7.5pt;">' + " &nbsp; ".join(
        f"{html.escape(name)} {html.escape(value)}" for name, _, _, value in totals) + "</p>")
    return "".join(out)


def _findings_html(report, mono: str) -> str:
    parts = []
    for status in ("fail", "warn"):
        for c in (c for c in report.checks if c.status == status):
            colour = STATUS_COLOUR[status].name()
            line_word, position_word = translate("CaseReport", "line"), translate("CaseReport", "position")
            where = f" — {line_word} {c.span[0] + 1}, {position_word} {c.span[1] + 1}" if c.span else ""
            parts.append(f'<tr><td style="color:{colour}; font-weight:bold;" width="105" nowrap>{STATUS_SYMBOL[status]} '
                         f'{html.escape(tr(STATUS_WORD[status]))}</td><td>{html.escape(i18n.check_text(c))}'
                         f'<span style="color:#555555;">{where} ({html.escape(c.id)})</span>')
            if status == "fail" and c.id.startswith("check_digit.") and c.covers:
                parts.append(_working_html(report, c.covers, mono))
            parts.append("</td></tr>")
    if not parts:
        return "<p>" + html.escape(translate("CaseReport", "No check failed and none warned.")) + "</p>"
    return '<table cellspacing="0" cellpadding="3" width="100%">' + "".join(parts) + "</table>"


CHIP_VERDICT = {"pass": QT_TRANSLATE_NOOP("CaseReport", "CHIP VERIFIED"), "fail": QT_TRANSLATE_NOOP("CaseReport", "CHIP FAILS"),
                "unverified": QT_TRANSLATE_NOOP("CaseReport", "CHIP NOT VERIFIED"),
                "error": QT_TRANSLATE_NOOP("CaseReport", "CHIP NOT READ")}


def _chip_html(log: Log, entry, mono: str, doc: QTextDocument) -> str:
    """The chip entry recorded for the examination (None: nothing to show): its verdict, the findings that failed
    or warned, the DS and CSCA fingerprints, each file's SHA-256 and the chip's photo (from the stored read,
    checked against its recorded hash first)."""
    from desktop.checks.report import check
    from desktop.chip import evidence, face, lds
    from desktop.chip.errors import ChipError

    if entry is None:
        return ""
    p, personal = entry.public, entry.personal or {}
    status = p.get("status") or "error"
    colour = STATUS_COLOUR.get("warn" if status == "unverified" else "skip" if status == "error" else status,
                               STATUS_COLOUR["skip"]).name()
    head = html.escape(translate("CaseReport", "The chip (log entry %1)").replace("%1", entry.id))
    rows = []
    for ident, finding_status, key, params in personal.get("findings", []):
        if finding_status in ("fail", "warn"):
            text = i18n.check_text(check(ident, "chip", finding_status, key, **(params or {})))
            rows.append(f'<tr><td style="color:{STATUS_COLOUR[finding_status].name()}; font-weight:bold;" width="105" '
                        f'nowrap>{STATUS_SYMBOL[finding_status]} {html.escape(tr(STATUS_WORD[finding_status]))}</td>'
                        f'<td>{html.escape(text)} <span style="color:#555555;">({html.escape(ident)})</span></td></tr>')
    findings = ('<table cellspacing="0" cellpadding="3" width="100%">' + "".join(rows) + "</table>") if rows else \
        "<p>" + html.escape(translate("CaseReport", "Every chip check passed.")) + "</p>"
    facts = [(translate("CaseReport", "Access"), p.get("protocol") or "—"),
             (translate("CaseReport", "Data groups read"), ", ".join(p.get("data_groups") or []) or "—")]
    for cert in personal.get("certificates", []):
        facts.append((f"{cert.get('role')} SHA-256", f"{cert.get('sha256')}  ({cert.get('name')})"))
    for name, digest in (personal.get("file_sha256") or {}).items():
        facts.append((f"{name} SHA-256", digest))
    picture = ""
    raw = log.image_verified(entry) if entry.image else None
    if entry.image:
        if raw is None:
            picture = "<p style='color:%s;'>%s</p>" % (STATUS_COLOUR["fail"].name(), html.escape(translate(
                "CaseReport", "The stored chip read does not match the hash recorded with it: it is not shown.")))
        else:
            try:
                files = evidence.unpack(raw)
                image = face.decode(lds.parse_dg2(files["DG2"])[0]) if "DG2" in files else None
            except (ChipError, KeyError):
                image = None
            if image is not None:
                doc.addResource(QTextDocument.ImageResource, "mem://chipface", pixmap(image).toImage())
                caption = html.escape(translate("CaseReport", "The photo stored in the chip (DG2)"))
                picture = (f'<p><img src="mem://chipface" height="160"><br><span style="font-size:7pt; '
                           f'color:#444444;">{caption}</span></p>')
    facts_html = "".join(f'<tr><td style="color:#444444;" width="140">{html.escape(k)}</td>'
                         f'<td style="font-family:\'{mono}\';">{html.escape(str(v))}</td></tr>' for k, v in facts)
    verdict = html.escape(tr(CHIP_VERDICT.get(status, status)))
    return (f'<h3>{head}</h3><p style="color:{colour}; font-size:13pt; font-weight:bold;">{verdict}</p>{findings}'
            f'<table cellspacing="0" cellpadding="1" style="font-size:7pt;">{facts_html}</table>{picture}')


def build(log: Log, ident: str) -> tuple[QTextDocument, str]:
    """The report as a QTextDocument (for a PDF or a preview) and the entry id."""
    _app()
    e = log.entry(ident)
    report = log.report_of(e)
    family, mono = body_family(), ocrb_family()
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = doc.defaultFont()
    font.setFamily(family)
    font.setPointSizeF(9)
    for tag in ("liga", "clig", "dlig"):  # "ff" in a hash must stay two letters someone can copy
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    images = []
    raw = log.image_verified(e)  # only the bytes the entry recorded: a swapped image is never shown as evidence
    swapped = bool(e.image) and raw is None
    if raw:
        scan = decode(raw)
        if scan is not None:
            images.append(("scan", annotated(scan, report), translate("CaseReport", "The examined image: the MRZ outlined in blue, "
                                                               "failing characters in red, compared printed values dashed")))
    specimen, picture = _specimen_image(report)
    if picture is not None:
        images.append(("specimen", picture.convertToFormat(QImage.Format_RGB32).scaledToWidth(
            min(IMAGE_WIDTH, picture.width()), Qt.SmoothTransformation),
            translate("CaseReport", "Reference specimen: %1").replace(
                "%1", specimen.title_text(i18n.language()) if specimen else "")))
    for name, image, _ in images:
        doc.addResource(QTextDocument.ImageResource, f"mem://{name}", image)
    from desktop.pipeline import document_status

    chip_entry = log.chip_of(e.id)  # a chip that fails fails the document, here as in the window
    status = document_status(report.status, chip_entry.public.get("status") if chip_entry else None)
    colour = STATUS_COLOUR[status].name()
    decision_entry = log.decisions().get(e.id)
    decision = (decision_entry or {}).get("decision") or e.public.get("decision")
    note = e.personal.get("note") or ""
    if decision_entry:
        try:
            note = log.entry(f"{decision_entry['workstation']}:{decision_entry['seq']}").personal.get("note") or note
        except LogError:
            pass
    p = e.public
    meta = [
        (translate("CaseReport", "Log entry"), e.id), (translate("CaseReport", "Time (UTC)"), e.time_utc), (translate("CaseReport", "Local time"), p.get("time_local") or ""),
        (translate("CaseReport", "Workstation"), e.workstation), (translate("CaseReport", "Officer"), shown(p.get("officer") or "—")),
        (translate("CaseReport", "Decision"), tr(DECISION.get(decision, DECISION[None])) + (f" — {shown(note)}" if note else "")),
        (translate("CaseReport", "Source"), shown(e.personal.get("source") or "—")),
        (translate("CaseReport", "Image SHA-256"), e.personal.get("image_sha256") or translate("CaseReport", "no image (typed or pasted text)")),
        (translate("CaseReport", "Entry hash"), e.hash), (translate("CaseReport", "Examined with"), f"{APP_TITLE} {p.get('app_version', __version__)}; "
                                                         f"{p.get('rulebook', '')}"),
    ]
    head = log.store.heads().get(e.workstation)
    head_entry = log.store.get(e.workstation, head[0]) if head else None
    if head_entry is not None:  # the chain as it stood when this report was printed: paper outlives the file
        meta.append((translate("CaseReport", "Log head when printed"),
                     f"{head_entry.id} {head_entry.hash[:16]}… signature {(head_entry.signature or '—')[:44]}"))
    exact = {e.id, e.hash, e.personal.get("image_sha256")}  # copied by hand: in OCR-B, letter by letter
    meta_html = "".join(f'<tr><td style="color:#444444;" width="140">{html.escape(k)}</td><td'
                        + (f' style="font-family:\'{mono}\';"' if v in exact else "")
                        + f'>{html.escape(str(v))}</td></tr>' for k, v in meta)
    picture_cells = "".join(f'<td valign="top" width="50%"><img src="mem://{name}" width="330"><br>'
                            f'<span style="font-size:7pt; color:#444444;">{html.escape(caption)}</span></td>'
                            for name, _, caption in images)
    counts = translate("CaseReport", "%1 failed, %2 warnings").replace("%1", str(report.count("fail"))).replace(
        "%2", str(report.count("warn")))
    title = html.escape(translate("CaseReport", "Case report — examination of a travel document"))
    mrz_head = html.escape(translate("CaseReport", "Machine readable zone as read"))
    findings_head = html.escape(translate("CaseReport", "Findings that failed or warned"))
    no_image = html.escape(translate("CaseReport", "No image of the document is kept in the log for this "
                                                   "examination."))
    footer = html.escape(translate("CaseReport", "This report reproduces log entry %1. To check that it matches "
                                                 "the log: docexam log show %1 (the entry hash above must be the "
                                                 "same) and docexam log verify.").replace("%1", e.id))
    verdict = html.escape(tr(VERDICT.get(status, status)))
    kind = html.escape(f"{report.format or ''} {p.get('document_code') or ''} {p.get('issuing_state') or ''}")
    if swapped:
        no_image = html.escape(translate("CaseReport", "The stored image does not match the SHA-256 recorded with "
                                                       "this examination: it is not shown (docexam log verify)."))
        no_image = f'<span style="color:{STATUS_COLOUR["fail"].name()}; font-weight:bold;">{no_image}</span>'
    pictures = (f'<table width="100%" cellspacing="4"><tr>{picture_cells}</tr></table>' if images and not swapped
                else f"<p>{no_image}</p>")
    doc.setHtml(f"""
<h2 style="margin:0;">{title}</h2>
<table width="100%" cellspacing="0" cellpadding="8" style="margin-top:6px;">
<tr><td style="background:{colour}; color:white; font-size:20pt; font-weight:bold;">{STATUS_SYMBOL[status]} {verdict}</td>
<td style="background:{colour}; color:white; font-size:10pt;" align="right">{html.escape(counts)}<br>{kind}</td>
</tr></table>
<table cellspacing="0" cellpadding="2" style="margin-top:6px; font-size:8pt;">{meta_html}</table>
<h3>{mrz_head}</h3>{_mrz_html(report, mono)}
<h3>{findings_head}</h3>{_findings_html(report, mono)}
{pictures}
{_chip_html(log, chip_entry, mono, doc)}
<p style="font-size:7pt; color:#444444;">{footer}</p>
""")
    return doc, e.id


def print_pdf(doc: QTextDocument, out: str, entry: str) -> int:
    """Print the document to an A4 PDF; returns the number of pages."""
    if os.path.exists(out):
        os.remove(out)  # so that a PDF that could not be written is not mistaken for an old one
    writer = QPdfWriter(out)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 12, 15, 12),
                                     QPageLayout.Millimeter))
    writer.setResolution(150)
    writer.setTitle(translate("CaseReport", "Case report") + f" {entry}")
    writer.setCreator(f"{APP_TITLE} {__version__}")
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    pages = doc.pageCount()
    del writer
    if not os.path.exists(out) or os.path.getsize(out) == 0:
        raise OSError(f"the PDF could not be written to {out}")
    return pages


def write_pdf(log: Log, ident: str, out: str, language: str = "en") -> Written:
    app = _app()
    translations = None
    if language != "en":
        translations = i18n.Translations(app)
        if not translations.use(language):
            raise LogError(f"the {language} translation is missing from this installation")
    try:
        doc, entry = build(log, ident)
        pages = print_pdf(doc, out, entry)
    finally:
        if translations is not None:
            translations.use("en")
    return Written(entry, pages)
