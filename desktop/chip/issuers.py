"""Issuer binding: the Document Signer and its CSCA must belong to the State that issued the document (Doc 9303
Part 12 §7.1.1: CSCA and DS certificates name their country, alpha-2; Part 11 §5.1). Without it a genuine DS
of one State could sign a forged document "of" another, and the chain would still verify.

The MRZ's issuing-State code (alpha-3, or ICAO's own codes: 'D', 'UTO', 'EUE', 'UNO' …) is mapped to alpha-2 by
countries.tsv (tools/make_countries.py).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


# States whose documents are signed under a CSCA of a territory with its own ISO code: the Hong Kong and Macao
# SAR passports carry the issuing State CHN in the MRZ, while their CSCAs name HK and MO.
ALSO = {"CHN": {"HK", "MO"}}


@lru_cache(maxsize=1)
def alpha2_table() -> dict[str, str]:
    text = files(__package__).joinpath("countries.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {code: alpha2 for code, alpha2 in rows}


def alpha2(mrz_code: str) -> str | None:
    """'MNG' -> 'MN', 'D<<' -> 'DE', 'UTO' -> 'UT'; None for a code with no country (XXA, XPO …)."""
    return alpha2_table().get(mrz_code.replace("<", "").upper())


def same_state(certificate_country: str | None, mrz_code: str) -> bool | None:
    """Whether a certificate's countryName is the MRZ's issuing State; None when that cannot be decided (the
    MRZ code has no alpha-2 country, or the certificate names none)."""
    if not certificate_country:
        return None
    country = certificate_country.strip().upper()
    code = mrz_code.replace("<", "").upper()
    expected = alpha2(code)
    if country == code or country in ALSO.get(code, ()):  # a few certificates spell the alpha-3 code itself
        return True
    return None if expected is None else country == expected
