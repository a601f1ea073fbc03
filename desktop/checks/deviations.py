"""Known issuer deviations from Doc 9303: accepted, and reported as 'known deviation' (warn).

Each entry names its source (../shared/icao9303.md §7). Deviations elsewhere in the core: the Belgian
long-number check digit (rules/digits.py), the empty primary identifier (rules/names.py), sex 'X'
(rules/sex.py), and non-ICAO State codes such as DEU (states.tsv, kind non_icao).
"""

from __future__ import annotations

from desktop.checks.report import WARN, Check, check

# (document code, issuing State) -> what the issuer uses the code for.
DOCUMENT_CODES = {
    # Estonian residence permit card, code RP: Arg0s1080/mrz#27 and its special-case checker.
    ("RP", "EST"): "Estonian residence permit card",
    # German arrival certificate (Ankunftsnachweis), code ME: ZsBT/mrz-java#3.
    ("ME", "D<<"): "German arrival certificate (Ankunftsnachweis)",
    # Maldives ordinary passports used PR before Part 4 §4.4 gave PR the meaning "refugee": cheminfo/mrz#63.
    ("PR", "MDV"): "Maldives ordinary passport (legacy PR; under §4.4 PR means refugee)",
}


def document_code(code: str, state: str) -> Check | None:
    what = DOCUMENT_CODES.get((code, state))
    if what is None:
        return None
    return check("deviation.document_code", "document_code", WARN, span=(0, 0, 2), actual=code,
                 code=code, state=state.rstrip("<"), what=what)
