"""MRZ ↔ printed data (VIZ) cross-check: find each printed field, read it, and let the rules compare.

The fields' places come from the reference specimen that matches the document (its `viz-*` zones, Part 4 §3 /
Part 5 layouts), brought onto the scan through the MRZ alignment the specimen panel uses. Reading is Tesseract
in process (desktop/viz/ocr.py); the comparison is a rule of the core (desktop/checks/viz.py). No Qt here.
"""

from __future__ import annotations

import time
from dataclasses import replace

import cv2
import numpy as np

from desktop.checks import formats
from desktop.checks import viz as rules
from desktop.checks.report import SKIP, Report, check, overall
from desktop.specimens import align, match
from desktop.viz import labels
from desktop.viz.ocr import FieldOcr, value_row

ZONE_FIELDS = {"viz-surname": "surname", "viz-given-names": "given_names", "viz-nationality": "nationality",
               "viz-birth-date": "birth_date", "viz-sex": "sex", "viz-document-number": "document_number",
               "viz-expiry-date": "expiry_date", "viz-valid-until": "expiry_date"}
LATIN_ONLY = {"document_number", "birth_date", "expiry_date"}  # printed in Latin letters and digits everywhere
JUDGED = ("pass", "fail")  # an unreadable or erroneous reading has no fields to compare


class VizReader:
    """Reads the VIZ of examined pages; one per run (Tesseract and the specimens' MRZ corners load once)."""

    def __init__(self, library, reader):
        self.library = library
        self.aligner = align.Aligner(reader)
        self.ocr = FieldOcr()
        self._sizes: dict[tuple[str, str], tuple[int, int] | None] = {}  # specimen image sizes, read once

    def cross_check(self, report: Report, grey: np.ndarray) -> Report:
        """The report with a `viz.*` finding per field and the `viz` object; its status fails only where the
        printed data confidently contradicts the MRZ."""
        if report.status not in JUDGED or not report.fields or not report.extra.get("mrz_quad"):
            return report
        start = time.perf_counter()
        found, reason = self._read(report, grey)
        placed, lines = True, None
        if reason == "viz.no_layout" or (not reason and not rules.fits(found)):
            # No specimen shows where the fields are, or its layout does not fit this page: by the labels.
            (found, read), reason, placed = self._by_labels(report, grey), None, False
            lines = rules.printed_lines(read)
        if reason:
            checks = (check("viz.compared", "layout", SKIP, reason),)
        else:
            truncated = any(c.id == "names.truncation" for c in report.checks)
            spans = _spans(report)
            checks = tuple(c._replace(span=spans.get(c.field)) for c in
                           rules.compare(report.fields, found, truncated, placed, lines))
        all_checks = report.checks + checks
        compared = sum(1 for c in checks if c.id.removeprefix("viz.") in rules.FIELDS and c.status in ("pass", "fail"))
        extra = dict(report.extra, viz=dict(found), viz_source="specimen" if placed else "labels",
                     viz_compared=compared, viz_fields=len(rules.FIELDS),
                     viz_ms=round((time.perf_counter() - start) * 1000, 1))
        return replace(report, status=overall(all_checks), checks=all_checks, extra=extra)

    def _read(self, report: Report, grey: np.ndarray) -> tuple[dict, str | None]:
        if not self.ocr.available:
            return {}, "viz.no_ocr"
        best = match.best(report, self.library.specimens)
        if best is None:
            return {}, "viz.no_layout"
        zones = [z for z in best.zones_on(best.mrz_side) if z.id in ZONE_FIELDS]
        if not zones:
            return {}, "viz.other_side"
        matrix = align.transform(report.extra["mrz_quad"], self.aligner.specimen_quad(best))
        key = (best.id, str(best.folder))
        if key not in self._sizes:
            self._sizes[key] = _image_size(best)
        size = self._sizes[key]
        if matrix is None or size is None:
            return {}, "viz.no_layout"
        to_scan = cv2.invertAffineTransform(matrix)
        found = {}
        others = best.zones_on(best.mrz_side)
        for zone in zones:
            box = _box_on_scan(_widened(zone, others), size, to_scan, grey.shape)
            if box is None:
                continue
            x, y, w, h = box
            row = value_row(grey[y:y + h, x:x + w])
            field = ZONE_FIELDS[zone.id]
            text, confidence = self.ocr.read(row, field not in LATIN_ONLY) if row is not None else ("", 0.0)
            found[field] = {"text": text, "box": [x, y, w, h], "confidence": round(confidence, 3)}
        return found, None


    def _by_labels(self, report: Report, grey: np.ndarray) -> tuple[dict, list[dict]]:
        page, to_grey = labels.upright(grey, report.extra["mrz_quad"])
        quad = np.asarray(report.extra["mrz_quad"], np.float64)
        to_page = cv2.invertAffineTransform(to_grey)
        mrz_top = float((quad @ to_page[:, :2].T + to_page[:, 2])[:, 1].min())
        found, lines = labels.find(page, mrz_top, self.ocr)
        for value in found.values():  # boxes back in the image's own pixels
            x, y, w, h = value["box"]
            corners = np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], np.float64)
            mapped = corners @ to_grey[:, :2].T + to_grey[:, 2]
            (x0, y0), (x1, y1) = mapped.min(axis=0), mapped.max(axis=0)
            value["box"] = [int(x0), int(y0), int(round(x1 - x0)), int(round(y1 - y0))]
            value["confidence"] = round(float(value["confidence"]), 3)
        return found, lines


def _image_size(specimen) -> tuple[int, int] | None:
    from PIL import Image

    path = specimen.image()
    if path is None:
        return None
    with Image.open(path) as image:
        return image.size


def _box_on_scan(box, size, to_scan: np.ndarray, shape) -> list[int] | None:
    """A specimen zone (normalised x, y, w, h) as an [x, y, w, h] box in scan pixels, inside the scan."""
    x, y, w, h = box
    sw, sh = size
    corners = np.array([[x * sw, y * sh], [(x + w) * sw, y * sh], [(x + w) * sw, (y + h) * sh],
                        [x * sw, (y + h) * sh]], np.float64)
    mapped = corners @ to_scan[:, :2].T + to_scan[:, 2]
    x0, y0 = np.floor(mapped.min(axis=0)).astype(int)
    x1, y1 = np.ceil(mapped.max(axis=0)).astype(int)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(shape[1], x1), min(shape[0], y1)
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    return [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]


def _widened(zone, others) -> tuple[float, float, float, float]:
    """A field's zone made room for values longer than the specimen's own: it reaches right up to the next
    zone beside it (another field, an emblem, the ghost image) or the page edge (ocr.value_row then cuts the
    value at its first wide gap), and a little above and below for a scan's tilt."""
    x, y, w, h = zone.box
    right = 0.99
    for other in others:
        ox, oy, ow, oh = other.box
        beside = ox > x + 0.5 * w and oy < y + h and oy + oh > y and ow * oh < 0.5
        if other is not zone and beside:
            right = min(right, ox - 0.005)
    return x - 0.01, y - 0.1 * h, max(w + 0.01, right - x + 0.01), 1.2 * h


def _spans(report: Report) -> dict:
    """Where each compared field sits in the MRZ (Parts 4-7 layouts), for highlighting it."""
    fmt = formats.BY_NAME.get(report.format or "")
    if fmt is None:
        return {}
    spans = {name: fmt.field(name).span for name in rules.FIELDS if fmt.field(name)}
    for field in fmt.names:  # surname and given names share the name field
        spans.setdefault("surname", field.span)
        spans.setdefault("given_names", field.span)
    return spans
