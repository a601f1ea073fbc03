"""A specimen as the app uses it, read from its folder's meta.json (format: resources/specimens/schema.json).

Coordinates are normalised to the side's white-light image: (x, y, w, h) with 0..1 from the top-left, so
one zone serves every resolution and every light source of that side.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.specimens import validate

FORMATS = validate.FORMATS
SIDES = validate.SIDES
LIGHTS = validate.LIGHTS
KINDS = validate.KINDS
META = "meta.json"
# The trainer's alterations (desktop.specimens.alter says what each does).
ALTERATIONS = ("wrong_digit", "birth_old_digit", "birth_recomputed", "name")


class SpecimenError(Exception):
    """A specimen or pack that cannot be used; `problems` lists every reason, in words for the user."""

    def __init__(self, where: str, problems: list[str]):
        self.where, self.problems = where, list(problems)
        super().__init__(f"{where}: " + "; ".join(self.problems))


def text(value: Any, lang: str = "en") -> str:
    """A translatable text of meta.json: a plain string, or {"en": ..., "mn": ...} (English required)."""
    if isinstance(value, dict):
        return value.get(lang) or value.get("en", "")
    return value or ""


@dataclass(frozen=True)
class Zone:
    id: str
    kind: str  # portrait | mrz | viz | security
    side: str
    box: tuple[float, float, float, float]
    label: Any = ""
    description: Any = ""

    def label_text(self, lang: str = "en") -> str:
        return text(self.label, lang)

    def description_text(self, lang: str = "en") -> str:
        return text(self.description, lang)


@dataclass(frozen=True)
class Specimen:
    id: str
    title: Any
    issuing_state: str
    document_code: str
    format: str
    mrz: tuple[str, ...]
    valid_on: dt.date
    folder: Path
    images: dict[tuple[str, str], Path]  # (side, light) -> image file
    zones: tuple[Zone, ...] = ()
    mrz_side: str = "front"
    series_from: int | None = None
    series_to: int | None = None
    validity_years: int | None = None
    bundled: bool = False
    meta: dict = field(default_factory=dict, compare=False, repr=False)

    def title_text(self, lang: str = "en") -> str:
        return text(self.title, lang)

    @property
    def sides(self) -> list[str]:
        return [s for s in SIDES if (s, "white") in self.images]

    def image(self, side: str | None = None, light: str = "white") -> Path | None:
        return self.images.get((side or self.mrz_side, light))

    def lights(self, side: str | None = None) -> list[str]:
        side = side or self.mrz_side
        return [light for light in LIGHTS if (side, light) in self.images]

    def zones_on(self, side: str | None = None) -> list[Zone]:
        side = side or self.mrz_side
        return [z for z in self.zones if z.side == side]

    def to_dict(self) -> dict:
        """The `docexam specimens list --json` object (keys id, format, issuing_state, document_code, mrz,
        image, valid_on are a contract; the rest is informative)."""
        return {
            "id": self.id, "format": self.format, "issuing_state": self.issuing_state,
            "document_code": self.document_code, "mrz": list(self.mrz),
            "image": str(self.image().resolve()), "valid_on": self.valid_on.isoformat(),
            "title": self.title_text(), "bundled": self.bundled, "folder": str(self.folder.resolve()),
            "sides": self.sides, "lights": {s: self.lights(s) for s in self.sides},
            "series": {"from": self.series_from, "to": self.series_to},
            "security_features": [z.id for z in self.zones if z.kind == "security"],
        }


def read_meta(folder: Path) -> dict:
    path = folder / META
    if not path.is_file():
        raise SpecimenError(str(folder), [f"no {META} in the specimen folder"])
    if path.stat().st_size > validate.MAX_META_BYTES:
        raise SpecimenError(str(folder), [f"{META} is larger than {validate.MAX_META_BYTES // 1024} KB"])
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise SpecimenError(str(folder), [f"{META} is not UTF-8 text"]) from None
    except json.JSONDecodeError as exc:
        raise SpecimenError(str(folder), [f"{META} is not valid JSON (line {exc.lineno}: {exc.msg})"]) from None
    except RecursionError:
        raise SpecimenError(str(folder), [f"{META} is nested too deeply to be a specimen's description"]) from None
    except OSError as exc:
        raise SpecimenError(str(folder), [f"{META} cannot be read ({exc.strerror or exc})"]) from None
    return meta


def load(folder: str | Path, bundled: bool = False, decode: bool = False) -> Specimen:
    """The specimen in `folder`, validated (`decode`: its images decoded too, as on import); SpecimenError
    lists every problem found."""
    folder = Path(folder)
    meta = read_meta(folder)
    try:
        problems = validate.problems(meta, folder, decode)
    except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
        # a type the checks did not foresee: this specimen is skipped with a message, never the library
        problems = [f"{META} holds a value of an unexpected type ({exc.__class__.__name__}: {exc})"]
    if problems:
        raise SpecimenError(str(folder), problems)
    zones = tuple(Zone(z["id"], z["kind"], z["side"], tuple(float(v) for v in z["box"]), z.get("label", ""),
                       z.get("description", "")) for z in meta.get("zones", []))
    series = meta.get("series") or {}
    return Specimen(
        id=meta["id"], title=meta.get("title", meta["id"]), issuing_state=meta["issuing_state"],
        document_code=meta["document_code"], format=meta["format"], mrz=tuple(meta["mrz"]),
        valid_on=dt.date.fromisoformat(meta["valid_on"]), folder=folder,
        images={(i["side"], i["light"]): folder / i["file"] for i in meta["images"]}, zones=zones,
        mrz_side=meta.get("mrz_side", "front"), series_from=series.get("from"), series_to=series.get("to"),
        validity_years=meta.get("validity_years"), bundled=bundled, meta=meta)
