"""The trainer's quiz: a document is shown, the trainee says genuine or altered and points at the suspect
area, then the app reveals what was done and what its own examination finds.

A round is a bundled or user specimen, either as it is or altered by one of desktop.specimens.alter's kinds.
A pointed area is right when it falls on a changed MRZ character or on the VIZ field the alteration
contradicts (comparing the two is how `birth_recomputed` and `name` are caught).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
from PIL import Image

from desktop.specimens import alter
from desktop.specimens.model import Specimen

VIZ_FIELD = {"birth_old_digit": "viz-birth-date", "birth_recomputed": "viz-birth-date", "name": "viz-surname",
             "wrong_digit": "viz-document-number"}
MARGIN = 6  # pixels of slack around a changed character


@dataclass(frozen=True)
class Round:
    specimen: Specimen
    kind: str | None  # None: the genuine specimen
    image: np.ndarray  # RGB
    mrz: list[str]
    areas: tuple[tuple[int, int, int, int], ...]  # where the alteration can be seen (x0, y0, x1, y1)

    @property
    def altered(self) -> bool:
        return self.kind is not None


@dataclass(frozen=True)
class Answer:
    verdict_right: bool
    area_right: bool | None  # None: nothing to point at (a genuine document) or no point given


def make_round(rng: random.Random, specimens: list[Specimen], reader, genuine_share: float = 0.25) -> Round:
    specimen = rng.choice(specimens)
    if rng.random() < genuine_share:
        with Image.open(specimen.image()) as im:
            return Round(specimen, None, np.asarray(im.convert("RGB")), list(specimen.mrz), ())
    kind = rng.choice(alter.KINDS)
    made = alter.make(specimen, kind, reader)
    h, w = made.image.shape[:2]
    areas = [(x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN) for x0, y0, x1, y1 in made.boxes]
    for zone in specimen.zones_on():
        if zone.id == VIZ_FIELD[kind]:
            x, y, zw, zh = zone.box
            areas.append((int(x * w), int(y * h), int((x + zw) * w), int((y + zh) * h)))
    return Round(specimen, kind, made.image, made.mrz, tuple(areas))


def judge(round_: Round, said_altered: bool, point: tuple[float, float] | None) -> Answer:
    verdict = said_altered == round_.altered
    if not round_.altered or point is None:
        return Answer(verdict, None)
    x, y = point
    inside = any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in round_.areas)
    return Answer(verdict, inside)
