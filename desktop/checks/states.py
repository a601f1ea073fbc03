"""The issuing-State / nationality code list of ICAO Doc 9303 Part 3 §5, read from states.tsv.

Kinds: live (the 274 codes for documents in circulation), deprecated (Part F), specimen (Part G, UTO),
icao_only (Part H, IAO), withdrawn (ISO 3166-3, not in §5), non_icao and non_code (seen in the wild, §5),
fantasy (issued by no State).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True)
class State:
    code: str
    kind: str
    name_en: str
    name_mn: str


@lru_cache(maxsize=1)
def table() -> dict[str, State]:
    text = files(__package__).joinpath("states.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {r[0]: State(*r) for r in rows}


def lookup(field: str) -> State | None:
    """The entry for a 3-character MRZ field; trailing fillers are stripped first ('D<<' is Germany)."""
    return table().get(field.rstrip("<"))


def live_codes() -> list[str]:
    return sorted(code for code, s in table().items() if s.kind == "live")
