"""Reading an MRZ name field (Part 3 §4.6): primary identifier, '<<', secondary identifier, fillers."""

from __future__ import annotations

import re

# Components are letters joined by single fillers; '<<' separates the primary from the secondary identifier.
IDENT = r"[A-Z]+(?:<[A-Z]+)*"
ICAO = re.compile(rf"(?P<primary>{IDENT})?(?:<<(?P<secondary>{IDENT}))?")
# Legacy French card: surname and given names have their own fields; given names are split by '<<'.
FRENCH = re.compile(r"[A-Z]+(?:<{1,2}[A-Z]+)*")


def split(text: str) -> tuple[str, str, str]:
    """(primary, secondary, rest): the conforming name at the start of the field and what follows it."""
    m = ICAO.match(text)
    return m.group("primary") or "", m.group("secondary") or "", text[m.end():]


def readable(ident: str) -> str:
    return " ".join(p for p in ident.split("<") if p)
