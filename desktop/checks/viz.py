"""The MRZ against the printed data (visual inspection zone): each field compared as ICAO prescribes.

A forger who re-prints the MRZ with recomputed check digits, or substitutes the data page, passes every MRZ
check; the first thing an examiner does is read the VIZ against the MRZ. This module is the rule: given the
decoded MRZ fields and what was read in the VIZ (text and OCR confidence), one finding `viz.<field>` each:
`pass` (they agree), `fail` (the VIZ clearly and confidently says something else), `warn` (only a
transliteration variant would make them agree, or the VIZ is unsure), `skip` (not read, not printed). An
unreadable VIZ never makes a document fail.

Names go through the Part 3 §6 transliteration (reference §4.2): Latin diacritics (Ä→AE or A, Ø→OE, ß→SS …) and
the MRZ's punctuation rules are applied to the VIZ's Latin form, which must then equal the MRZ name (or be
its start, where the MRZ is truncated). A Cyrillic-only name is transliterated by the ICAO table and the
Mongolian variants; since States differ, a mismatch there is only a warning — a name is never *failed* by
round-tripping it (reference §4.2).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata

from desktop.checks import states
from desktop.checks.report import FAIL, PASS, SKIP, WARN, Check, check

FIELDS = ("surname", "given_names", "document_number", "nationality", "birth_date", "sex", "expiry_date")
CONFIDENT = 0.8  # a VIZ reading below this OCR confidence can warn, never fail

# Part 3 §6 Latin: the characters whose transliteration is not simply the letter without its accent.
LATIN = {"Ä": ("AE", "A"), "Å": ("AA", "A"), "Æ": ("AE",), "Ñ": ("N", "NXX"), "Ö": ("OE", "O"), "Ø": ("OE",),
         "Ü": ("UE", "UXX", "U"), "Þ": ("TH",), "ß": ("SS",), "ẞ": ("SS",), "Œ": ("OE",), "Ð": ("D",),
         "Ł": ("L",), "Đ": ("D",), "Ħ": ("H",), "Ĳ": ("IJ",), "ı": ("I",)}
# Part 3 §6 Cyrillic (the recommended table), with the Mongolian variants that Mongolia and other States use
# (Ө, Ү; Ж as ZH or J; Х as KH or H; Й as I or Y).
CYRILLIC = {"А": ("A",), "Б": ("B",), "В": ("V",), "Г": ("G",), "Д": ("D",), "Е": ("E", "YE"), "Ё": ("E", "YO"),
            "Ж": ("ZH", "J"), "З": ("Z",), "И": ("I",), "Й": ("I", "Y"), "К": ("K",), "Л": ("L",), "М": ("M",),
            "Н": ("N",), "О": ("O",), "Ө": ("O", "OE", "U"), "П": ("P",), "Р": ("R",), "С": ("S",), "Т": ("T",),
            "У": ("U",), "Ү": ("U", "UE", "Y"), "Ф": ("F",), "Х": ("KH", "H"), "Ц": ("TS", "C"), "Ч": ("CH",),
            "Ш": ("SH",), "Щ": ("SHCH",), "Ъ": ("IE", ""), "Ы": ("Y",), "Ь": ("",), "Э": ("E",), "Ю": ("IU", "YU"),
            "Я": ("IA", "YA"), "І": ("I",), "Ї": ("I", "YI"), "Є": ("IE", "YE"), "Ґ": ("G",), "Ў": ("U",)}
MAX_FORMS = 256  # transliteration variants multiply: enough for any real name, bounded for junk

MONTHS = {  # English, French, Spanish, German and Mongolian month names and abbreviations as printed
    1: ("JAN", "JANV", "ENE", "JÄN", "1 САР", "НЭГДҮГЭЭР САР"), 2: ("FEB", "FEV", "FÉV", "FEVR", "2 САР"),
    3: ("MAR", "MARS", "MÄR", "MRZ", "3 САР"), 4: ("APR", "AVR", "ABR", "4 САР"), 5: ("MAY", "MAI", "5 САР"),
    6: ("JUN", "JUIN", "6 САР"), 7: ("JUL", "JUIL", "7 САР"), 8: ("AUG", "AOUT", "AOÛT", "AGO", "8 САР"),
    9: ("SEP", "SEPT", "9 САР"), 10: ("OCT", "OKT", "10 САР"), 11: ("NOV", "11 САР"),
    12: ("DEC", "DÉC", "DIC", "DEZ", "12 САР"),
}
_MONTH = {name: number for number, names in MONTHS.items() for name in names}
_CYR = re.compile(r"[\u0400-\u04FF]")
SEX = {"F": "F", "M": "M", "X": "<", "<": "<", "ЭМ": "F", "ЭР": "M", "Ж": "F", "М": "M", "W": "F"}


def _ascii_upper(text: str) -> list[str]:
    """Latin text as the MRZ would hold it, one form per transliteration variant (bounded)."""
    parts = []
    for ch in unicodedata.normalize("NFC", text.upper()):
        if ch in LATIN:
            parts.append(LATIN[ch])
        elif ch in CYRILLIC:
            parts.append(CYRILLIC[ch])
        else:
            base = unicodedata.normalize("NFKD", ch)
            parts.append(("".join(c for c in base if not unicodedata.combining(c)),))
    forms = []
    for combo in itertools.islice(itertools.product(*parts), MAX_FORMS):
        forms.append("".join(combo))
    return forms


def mrz_name(text: str) -> str:
    """A printed name with the MRZ's punctuation rules (reference §4.2): apostrophes dropped, hyphens, commas
    and spaces separate components; other punctuation dropped. Components joined by one space."""
    text = text.replace("'", "").replace("’", "")
    text = re.sub(r"[-,]", " ", text)
    text = re.sub(r"[^\w ]", "", text)
    return " ".join(text.split())


def name_forms(viz: str) -> tuple[set[str], bool]:
    """(the MRZ forms a printed name may take, whether they come from Cyrillic only). A bilingual field
    ('ДОРЖ / DORZH') gives its Latin form, to be compared strictly."""
    parts = [p.strip() for p in viz.split("/") if p.strip()]
    latin = [p for p in parts if not _CYR.search(p)]
    source, cyrillic = (latin, False) if latin else (parts, True)
    forms = set()
    for part in source:
        forms.update(mrz_name(f) for f in _ascii_upper(part))
    return {f for f in forms if f}, cyrillic


def _name_matches(mrz: str, form: str, truncated: bool) -> bool:
    if form == mrz or (form.replace(" ", "") == mrz.replace(" ", "") and mrz):
        return True  # the same letters: a space the OCR read as a dot, or names run together, is no forgery
    # A truncated MRZ name holds the start of the printed one (the State chooses how: reference §4.2).
    return truncated and form.replace(" ", "").startswith(mrz.replace(" ", "")) and len(mrz) > 0


def parse_date(text: str) -> tuple[int, int, int, bool] | None:
    """(year, month, day, whether the year has four digits) from the printed forms States use: 12 AUG 1974,
    12 AUG/AOÛT 74, 12.08.1974, 1974.08.12, 1974-08-12, 12/08/1974. None when it is not a date."""
    t = " ".join(text.upper().split())
    numeric = re.fullmatch(r"(\d{1,4})[ .\-/]+(\d{1,2})[ .\-/]+(\d{1,4})", t)
    if numeric:
        a, b, c = numeric.groups()
        year, day = (a, c) if len(a) == 4 else (c, a)
        return _valid(int(year), int(b), int(day), len(year) == 4)
    words = re.fullmatch(r"(\d{1,2}) ?([^\d/]+?)(?: ?/ ?[^\d]+?)? (\d{2}|\d{4})", t)
    if words:
        day, month, year = words.groups()
        month = month.strip()
        number = _MONTH.get(month) or next((n for name, n in _MONTH.items() if len(month) > 3 and
                                            month.startswith(name) and name.isascii()), None)
        if number:
            return _valid(int(year), number, int(day), len(year) == 4)
    return None


def _valid(year: int, month: int, day: int, full: bool) -> tuple[int, int, int, bool] | None:
    return (year, month, day, full) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _date_agrees(mrz_iso: str | None, printed: tuple) -> bool | None:
    """Whether the printed date is the MRZ's; None when the MRZ date is not a full date. A two-digit printed
    year is compared as the MRZ holds it (YY), a four-digit one whole."""
    try:
        date = dt.date.fromisoformat(mrz_iso or "")
    except ValueError:
        return None
    year, month, day, full = printed
    return (date.year if full else date.year % 100, date.month, date.day) == (year, month, day)


def _number(text: str) -> str:
    # 0 and O are one shape to an OCR of the VIZ; the MRZ reader tells them apart, the VIZ check need not.
    return re.sub(r"[^A-Z0-9]", "", text.upper()).replace("O", "0")


def _one_slip(a: str, b: str) -> bool:
    """One character different, in place: the commonest OCR slip on small proportional VIZ print (8/B, 1/I,
    5/S …). A name or number that differs so little is shown for comparison by eye (warn), not failed; the
    forgeries the cross-check exists for change a name or a number wholesale."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _lost_diacritic(mrz: str, printed: str) -> bool:
    """Whether the printed name is the MRZ's with a Part 3 §6 two-letter transliteration (AE, OE, UE, AA) folded
    back to its base letter — what an OCR that misses the diacritic of Ä, Ö, Ü, Å reads."""
    if not printed or len(printed) >= len(mrz):
        return False
    for pair, base in (("AE", "A"), ("OE", "O"), ("UE", "U"), ("AA", "A")):
        if pair in mrz and mrz.replace(pair, base) == printed:
            return True
    folded = mrz
    for pair, base in (("AE", "A"), ("OE", "O"), ("UE", "U"), ("AA", "A")):
        folded = folded.replace(pair, base)
    return folded == printed


def plausible(name: str, text: str) -> bool:
    """Whether `text` can be a printed value of this field at all: a date parses as a date, a sex is one of its
    words, a number has five or more letters and digits, a name two or more letters. Fields read where the
    layout put something else (a label, half a value) are not."""
    if name in ("birth_date", "expiry_date"):
        return parse_date(text) is not None
    if name == "sex":
        return any(w in SEX for w in re.split(r"[ /]+", text.upper()))
    if name == "document_number":  # letters and digits, a digit at least, a word or three (spaced groups)
        return len(re.sub(r"[^A-Za-z0-9]", "", text)) >= 5 and any(c.isdigit() for c in text) and len(text.split()) <= 3
    return sum(ch.isalpha() for ch in text) >= 2


def fits(viz: dict) -> bool:
    """Whether what was read looks like this document's printed data: fewer than a third of the fields read
    are implausible as values of their field (see `plausible`)."""
    read = {k: v["text"].strip() for k, v in viz.items() if k in FIELDS and (v.get("text") or "").strip()}
    odd = [k for k, text in read.items() if not plausible(k, text)]
    return not read or 3 * len(odd) < len(read)


# A page "full of readable text": this many printed lines read with confidence, two dates among them. Only then
# can the absence of every MRZ value from the page be evidence (issue 22).
READABLE_LINES, READABLE_DATES = 5, 1


MIN_LINE_PX = 14  # printed text smaller than this (a 400-px web copy) is read too unreliably to be evidence


def printed_lines(lines: list[dict]) -> list[str]:
    """The confidently read text lines of the page outside the MRZ ({"text", "confidence", "box"} each), printed
    large enough for their reading to count as evidence."""
    return [ln["text"] for ln in lines if float(ln.get("confidence", 0.0)) >= CONFIDENT and ln.get("text")
            and (not ln.get("box") or ln["box"][3] >= MIN_LINE_PX)]


def appears(name: str, mrz: str | None, lines: list[str]) -> bool:
    """Whether the MRZ's value of a field appears anywhere in the printed lines — corroboration only: a field is
    never *located* this way (issue 22), but a printed value that differs from the MRZ cannot be an accusation
    while the MRZ's own value is printed elsewhere on the page (the label's value was taken from the wrong
    line), and a page on which none of the MRZ's values is printed anywhere is a substituted MRZ or data page.
    Names by their MRZ forms as whole words (transliterated, one OCR slip allowed for five letters or more),
    numbers letters-and-digits inside a line (one slip allowed), dates by every printed form parse_date reads."""
    if not mrz:
        return False
    if name in ("surname", "given_names"):
        target = mrz_name(mrz).split()
        if not target:
            return False
        for line in lines:
            for form in name_forms(line)[0]:
                words = form.split()
                if "".join(target) in "".join(words) and len("".join(target)) >= 4:
                    return True  # the same letters, however the OCR spaced them
                for i in range(len(words) - len(target) + 1):
                    got = words[i:i + len(target)]
                    if got == target or (sum(len(w) for w in target) >= 5 and len(got) == len(target) and
                                         all(g == t or _one_slip(g, t) for g, t in zip(got, target))):
                        return True
        return False
    if name == "document_number":
        number = _number(mrz)
        if len(number) < 5:
            return False
        for line in lines:
            flat = _number(line)
            if number in flat or any(_one_slip(flat[i:i + len(number)], number)
                                     for i in range(max(0, len(flat) - len(number) + 1))):
                return True
        return False
    if name in ("birth_date", "expiry_date"):
        # a date one digit off counts as printed: an OCR slip must not turn agreement into absence
        return any(_date_agrees(mrz, d) or _date_near(mrz, d) for d in dates_in(lines))
    return False


def _date_near(mrz_iso: str, printed: tuple) -> bool:
    try:
        date = dt.date.fromisoformat(mrz_iso or "")
    except ValueError:
        return False
    year, month, day, full = printed
    want = f"{date.year if full else date.year % 100:04d}{date.month:02d}{date.day:02d}"
    return _one_slip(f"{year:04d}{month:02d}{day:02d}", want)


def dates_in(lines: list[str]) -> list[tuple[int, int, int, bool]]:
    """Every date printed in the lines, in any form parse_date reads (a date may share its line with a label)."""
    found = []
    for line in lines:
        words = line.replace("/", " / ").split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 6) + 1):
                parsed = parse_date(" ".join(words[i:j]))
                if parsed:
                    found.append(parsed)
    return found


def substituted(fields: dict, lines: list[str]) -> Check | None:
    """`viz.substituted` (fail) when the page is full of readable text yet the MRZ's surname, document number and
    date of birth appear nowhere in it — the MRZ or the data page was replaced wholesale, the forgery a field-by-
    field check misses when no field agrees; `pass` when at least one of them is printed; None when the page's
    text is too thin to say either."""
    values = {name: fields.get(name) for name in ("surname", "document_number", "birth_date")}
    if not all(values.values()):
        return None
    found = [name for name, value in values.items() if appears(name, value, lines)]
    if found:
        return check("viz.substituted", "layout", PASS, "viz.substituted.pass", count=len(found))
    if len(lines) < READABLE_LINES or len(dates_in(lines)) < READABLE_DATES:
        return None
    return check("viz.substituted", "layout", FAIL, "viz.substituted.fail", surname=values["surname"],
                 number=values["document_number"], birth=values["birth_date"], lines=len(lines))


def compare(fields: dict, viz: dict, truncated: bool = False, placed: bool = True,
            lines: list[str] | None = None) -> list[Check]:
    """One `viz.<field>` finding per field: `fields` are the report's decoded MRZ fields, `viz` maps a field
    name to {"text", "confidence"} as read in the VIZ (absent: not read or not printed).

    `placed`: the fields were read where a reference layout puts them. If a third or more of them cannot be
    values of their field (a date that is no date …), that layout does not fit this page: nothing is judged,
    every field is skipped with that reason — a misplaced zone must never fail a document. (Fields found by
    their printed labels are judged one by one.)

    `lines`: the page's confidently read text outside the MRZ (printed_lines), the evidence both ways: a field
    whose printed value differs fails only if the MRZ's value appears nowhere in it (else the value was taken
    from the wrong line: unsure), and `viz.substituted` says whether the MRZ's values are printed at all."""
    if placed and not fits(viz):
        return [check(f"viz.{name}", name, SKIP, "viz.layout_differs", mrz=fields.get(name) or "") for name in FIELDS]
    out = []
    for name in FIELDS:
        got = viz.get(name)
        mrz = fields.get(name)
        if not got or not (got.get("text") or "").strip():
            out.append(check(f"viz.{name}", name, SKIP, "viz.not_read", mrz=mrz or ""))
            continue
        box = got.get("box")
        text = got["text"].strip()
        # confident, and printed large enough for that confidence to mean something (MIN_LINE_PX)
        sure = float(got.get("confidence", 0.0)) >= CONFIDENT and (not box or min(box[2], box[3]) >= MIN_LINE_PX)
        found = _one(name, mrz or "", text, sure, truncated)
        if found.status == FAIL and got.get("by") == "shape":  # an unlabelled date: agreement only
            found = check(found.id, found.field, WARN, "viz.unsure", **found.params)
        out.append(found)
    if lines is not None:
        # Evidence both ways (issue 22): a differing value read confidently fails only when the MRZ's value is
        # printed nowhere else on the page (printed elsewhere, the label's value came from the wrong line)...
        out = [check(c.id, c.field, WARN, "viz.elsewhere", **c.params)
               if c.status == FAIL and appears(c.field, fields.get(c.field), lines) else c for c in out]
        verdict = substituted(fields, lines)
        if verdict is not None:
            out.append(verdict)
    if not placed:
        # ... and, found by its label, only where the page shows the finding works: two other fields agree
        # with the MRZ. A wholesale substitution, where nothing agrees, is viz.substituted's to say.
        agreeing = [c for c in out if c.status == PASS and c.field in FIELDS]
        out = [c if c.status != FAIL or c.id == "viz.substituted" or
               len([a for a in agreeing if a.field != c.field]) >= 2 else
               check(c.id, c.field, WARN, "viz.unsure", **c.params) for c in out]
    return out


def _one(name: str, mrz: str, text: str, sure: bool, truncated: bool) -> Check:
    base = {"mrz": mrz, "viz": text}
    status, key = None, None
    if name in ("surname", "given_names"):
        forms, cyrillic = name_forms(text)
        if any(_name_matches(mrz, f, truncated) for f in forms):
            status = PASS
        elif cyrillic:
            status, key = WARN, "viz.name.variant"  # States transliterate Cyrillic differently: never fail
        elif any(f and mrz.startswith(f) for f in forms) or any(_one_slip(f, mrz) for f in forms) or \
                any(_lost_diacritic(mrz, f) for f in forms):
            # a value cut off by its zone, one OCR slip, or an umlaut the OCR did not see (MÄNNIK read as MANNIK
            # against the MRZ's MAENNIK): not a forgery
            status, key = WARN, "viz.unsure"
    elif name == "document_number":
        status = PASS if _number(text) == _number(mrz) else (WARN if _one_slip(_number(text), _number(mrz)) else None)
        key = "viz.unsure" if status == WARN else None
    elif name in ("birth_date", "expiry_date"):
        printed = parse_date(text)
        agrees = _date_agrees(mrz, printed) if printed else None
        if printed is None or agrees is None:
            status, key = WARN, "viz.unparsed"
        else:
            status = PASS if agrees else None
    elif name == "sex":
        words = [w for w in re.split(r"[ /]+", text.upper()) if w]
        values = {SEX[w] for w in words if w in SEX}
        if not values:
            status, key = WARN, "viz.unparsed"
        else:
            status = PASS if (mrz or "<") in values or (mrz == "X" and "<" in values) else None
    elif name == "nationality":
        status, key = _nationality(mrz, text)
    if status is None:  # the VIZ says something else
        status, key = (FAIL, "viz.mismatch") if sure else (WARN, "viz.unsure")
    return check(f"viz.{name}", name, status, key or f"viz.{status}", **base)


def _nationality(code: str, text: str) -> tuple[str | None, str | None]:
    """The VIZ prints a nationality as the code or as a word (UTOPIAN, MONGOLIAN, Монгол): the code, or the
    State's name in either language at its start, agrees; another word is only a warning (demonyms vary)."""
    words = text.upper()
    entry = states.lookup(code)
    names = [code.rstrip("<")] + ([entry.name_en.upper(), entry.name_mn.upper()] if entry else [])
    for part in (p.strip() for p in words.split("/")):
        for name in names:
            stem = name[:max(4, len(name) - 2)]
            if part == name or (len(stem) >= 4 and part.startswith(stem)) or name.startswith(part[:6] or "-"):
                return PASS, None
    return WARN, "viz.nationality.other"


def chip_name(full_name: str, surname: str | None, given: str | None) -> Check:
    """DG11's full name (Doc 9303 Part 10 §4.7.11: PRIMARY<<SECONDARY, in national characters) against the
    MRZ's name. A difference that transliteration (Part 3 §6) or the MRZ's truncation explains is agreement;
    any other is a warning to compare by eye, never a fail: both names come from the issuer's signed data."""
    primary, _, secondary = full_name.partition("<<")
    shown = f"{primary.replace('<', ' ').strip()}, {secondary.replace('<', ' ').strip()}".strip(", ")
    agree = True
    for part, mrz in ((primary, surname or ""), (secondary, given or "")):
        forms, _ = name_forms(part.replace("<", " "))
        target = mrz_name(mrz)
        if not target and not forms:
            continue
        agree = agree and any(_name_matches(target, form, True) for form in forms)
    mrz_shown = f"{surname or ''}, {given or ''}".strip(", ")
    return check("chip.dg11_name", "names", PASS if agree else WARN, name=shown, mrz=mrz_shown)
