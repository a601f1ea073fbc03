"""Validation of a specimen's meta.json (resources/specimens/schema.json documents the same rules), with a
message per problem a trainer can act on. The MRZ must be genuine: it is examined by the rules core on the
specimen's `valid_on` date and must not fail.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from desktop import checks

SCHEMA = "docexam-specimen/1"
FORMATS = ("TD1", "TD2", "TD3", "MRVA", "MRVB")
SIDES = ("front", "back")
LIGHTS = ("white", "ir", "uv")
KINDS = ("portrait", "mrz", "viz", "security")
# used with fullmatch: `$` alone also matches before a final newline, and "uto-td3\n" would shadow "uto-td3"
ID = re.compile(r"[a-z0-9][a-z0-9-]{1,63}")
FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.(png|jpg|jpeg)", re.IGNORECASE)
# an issuing State as Part 3 §5 writes it in the MRZ: three letters, or fewer padded with '<' (Germany: D<<)
STATE = re.compile(r"[A-Z]{3}|[A-Z]{2}<|[A-Z]<<|[A-Z]{1,2}")
MAX_META_BYTES = 256 * 1024
MAX_IMAGE_BYTES = 30 * 1024 * 1024
REQUIRED = ("schema", "id", "issuing_state", "document_code", "format", "mrz", "valid_on", "images")


def _is_text(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, dict) and isinstance(value.get("en"), str)
                                      and all(isinstance(v, str) for v in value.values()))


def _images(meta: dict, folder: Path | None, decode: bool = False) -> list[str]:
    out, seen = [], set()
    images = meta.get("images")
    if not isinstance(images, list) or not images:
        return ["images must be a non-empty list"]
    for n, image in enumerate(images, 1):
        if not isinstance(image, dict):
            out.append(f"images[{n}] must be an object")
            continue
        side, light, name = (v if isinstance(v, str) else None for v in
                             (image.get("side"), image.get("light"), image.get("file")))  # a list is no side
        if side not in SIDES:
            out.append(f"images[{n}]: side must be one of {', '.join(SIDES)}")
        if light not in LIGHTS:
            out.append(f"images[{n}]: light must be one of {', '.join(LIGHTS)}")
        if not isinstance(name, str) or not FILE.fullmatch(name):
            out.append(f"images[{n}]: file must be a plain PNG or JPEG file name in the specimen folder")
        elif folder is not None:
            path = folder / name
            if not path.is_file():
                out.append(f"images[{n}]: {name} is missing")
            elif path.stat().st_size > MAX_IMAGE_BYTES:
                out.append(f"images[{n}]: {name} is larger than {MAX_IMAGE_BYTES // 2**20} MB")
            elif path.stat().st_size == 0:
                out.append(f"images[{n}]: {name} is empty")
            elif decode:
                out += [f"images[{n}]: {name} {why}" for why in _decodes(path)]
        if (side, light) in seen:
            out.append(f"images[{n}]: a second {light} image of the {side}")
        seen.add((side, light))
    mrz_side = meta.get("mrz_side", "front")
    if mrz_side not in SIDES:
        out.append(f"mrz_side must be one of {', '.join(SIDES)}")
    elif (mrz_side, "white") not in seen:
        out.append(f"a white-light image of the {mrz_side} (the side with the MRZ) is required")
    return out


def _zones(meta: dict) -> list[str]:
    out, ids = [], set()
    zones = meta.get("zones", [])
    if not isinstance(zones, list):
        return ["zones must be a list"]
    images = meta.get("images")
    sides = {i.get("side") for i in images if isinstance(i, dict) and isinstance(i.get("side"), str)} \
        if isinstance(images, list) else set()
    for n, zone in enumerate(zones, 1):
        if not isinstance(zone, dict):
            out.append(f"zones[{n}] must be an object")
            continue
        zid = zone.get("id")
        if not isinstance(zid, str) or not zid:
            out.append(f"zones[{n}]: id is required")
        elif zid in ids:
            out.append(f"zones[{n}]: id {zid!r} is used twice")
        ids.add(zid)
        if not isinstance(zone.get("kind"), str) or zone.get("kind") not in KINDS:
            out.append(f"zones[{n}]: kind must be one of {', '.join(KINDS)}")
        if not isinstance(zone.get("side"), str) or zone.get("side") not in sides:
            out.append(f"zones[{n}]: side must be a side that has an image")
        box = zone.get("box")
        if (not isinstance(box, list) or len(box) != 4
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in box)):
            out.append(f"zones[{n}]: box must be [x, y, width, height]")
        else:
            x, y, w, h = box
            if not (0 <= x < 1 and 0 <= y < 1 and 0 < w <= 1 - x + 1e-9 and 0 < h <= 1 - y + 1e-9):
                out.append(f"zones[{n}]: box must lie inside the image (0..1, normalised)")
        if "label" in zone and not _is_text(zone["label"]):
            out.append(f"zones[{n}]: label must be text or {{\"en\": ..., \"mn\": ...}}")
        if zone.get("kind") == "security" and not _is_text(zone.get("description")):
            out.append(f"zones[{n}]: a security feature needs a description (what to look for)")
    return out


def _mrz(meta: dict) -> list[str]:
    mrz, out = meta.get("mrz"), []
    if not isinstance(mrz, list) or not all(isinstance(line, str) for line in mrz):
        return ["mrz must be a list of lines"]
    try:
        on = dt.date.fromisoformat(meta.get("valid_on", ""))
    except (TypeError, ValueError):
        return ["valid_on must be a date YYYY-MM-DD"]
    report = checks.validate(mrz, on)
    if report.format != meta.get("format"):
        out.append(f"the MRZ is {report.format or 'no known format'}, not {meta.get('format')}")
    failing = [c.id for c in report.checks if c.status == checks.FAIL]
    if failing:
        out.append(f"the MRZ fails on {on.isoformat()} ({', '.join(failing[:5])}): a specimen must be genuine")
    if report.fields.get("issuing_state") not in (None, str(meta.get("issuing_state")).rstrip("<")) and \
            str(report.fields.get("issuing_state")).rstrip("<") != str(meta.get("issuing_state")).rstrip("<"):
        out.append(f"issuing_state {meta.get('issuing_state')!r} differs from the MRZ's "
                   f"{report.fields.get('issuing_state')!r}")
    code = report.fields.get("document_code")
    if code is not None and code != meta.get("document_code"):
        out.append(f"document_code {meta.get('document_code')!r} differs from the MRZ's {code!r}")
    return out


def _decodes(path: Path) -> list[str]:
    """A specimen image must be an image the reader can decode within its limits (checked on import, not only
    by name and size)."""
    try:
        from desktop.reader import loader
    except ImportError:  # the core install has no image libraries: names and sizes are checked
        return []
    try:
        loader.load(path, first_only=True)
    except loader.ImageError as exc:
        return [f"cannot be used: {exc}"]
    return []


def problems(meta: Any, folder: Path | None = None, decode: bool = False) -> list[str]:
    """Every problem of a parsed meta.json (and, with `folder`, of its image files; with `decode` — on import,
    not at every start — each image is decoded within the reader's limits); [] when usable."""
    if not isinstance(meta, dict):
        return ["meta.json must hold one JSON object"]
    missing = [key for key in REQUIRED if key not in meta]
    if missing:
        return [f"missing: {', '.join(missing)}"]
    out = []
    if meta["schema"] != SCHEMA:
        out.append(f"schema must be {SCHEMA!r} (this version of the app reads that one)")
    if not isinstance(meta["id"], str) or not ID.fullmatch(meta["id"]):
        out.append("id must be 2-64 characters of a-z, 0-9 and '-', starting with a letter or digit")
    if not isinstance(meta["format"], str) or meta["format"] not in FORMATS:
        out.append(f"format must be one of {', '.join(FORMATS)}")
    if not isinstance(meta["issuing_state"], str) or not STATE.fullmatch(meta["issuing_state"]):
        out.append("issuing_state must be a State code as the MRZ writes it: three letters, or D / D<< (Part 3 §5)")
    if not isinstance(meta["document_code"], str) or not re.fullmatch(r"[A-Z][A-Z<]?", meta["document_code"]):
        out.append("document_code must be one or two letters (P, PD, I, ID, V ...)")
    if "title" in meta and not _is_text(meta["title"]):
        out.append("title must be text or {\"en\": ..., \"mn\": ...}")
    series = meta.get("series", {})
    if not isinstance(series, dict) or any(
            series.get(k) is not None and not (isinstance(series.get(k), int) and 1900 < series[k] < 2200)
            for k in ("from", "to")):
        out.append("series must be {\"from\": year, \"to\": year or null}")
    years = meta.get("validity_years")
    if years is not None and not (isinstance(years, int) and 0 < years <= 20):
        out.append("validity_years must be a whole number of years (1-20)")
    out += _images(meta, folder, decode) + _zones(meta)
    if not out:
        out += _mrz(meta)
    return out
