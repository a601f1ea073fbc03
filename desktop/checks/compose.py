"""Compose an MRZ from document data, with every check digit computed (Parts 4-7).

Used to make test documents, benchmark pages and the trainer's altered copies. The composer writes what
ICAO prescribes; it does not judge: run desktop.checks.validate on its output for that.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.checks import checkdigit
from desktop.checks.formats import BY_NAME, Format


@dataclass(frozen=True)
class Data:
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str  # YYMMDD, '<' for unknown parts
    sex: str
    expiry_date: str  # YYMMDD
    optional_data: str = ""
    optional_data_2: str = ""


def _pad(text: str, width: int) -> str:
    return (text + "<" * width)[:width]


def name_field(surname: str, given_names: str, width: int) -> str:
    """Primary identifier '<<' secondary identifier, spaces as '<', cut to the field (Part 3 §4.6)."""
    primary = surname.strip().replace(" ", "<").replace("-", "<")
    secondary = given_names.strip().replace(" ", "<").replace("-", "<")
    return _pad(primary + ("<<" + secondary if secondary else ""), width)


def _digit(data: str) -> str:
    value = checkdigit.compute(data)
    if value is None:
        raise ValueError(f"not MRZ characters: {data!r}")
    return str(value)


def _number(fmt: Format, number: str, optional: str, width: int) -> tuple[str, str]:
    """(document-number field + its digit, optional data): long numbers overflow in TD1/TD2 (note j)."""
    if len(number) <= 9:
        return _pad(number, 9) + _digit(_pad(number, 9)), optional
    if fmt.name not in ("TD1", "TD2"):
        raise ValueError(f"{fmt.name} has no room for a document number of {len(number)} characters")
    principal, overflow = number[:9], number[9:]
    return principal + "<", _pad(overflow + _digit(principal + overflow) + "<" + optional, width)


def build(fmt_name: str, d: Data) -> list[str]:
    """The MRZ lines of `d` in format `fmt_name` (TD1, TD2, TD3, MRVA, MRVB)."""
    fmt = BY_NAME[fmt_name]
    code = _pad(d.document_code, 2) + _pad(d.issuing_state, 3)
    birth = d.birth_date + _digit(d.birth_date)
    expiry = d.expiry_date + _digit(d.expiry_date)
    if fmt.name == "TD1":
        number, optional = _number(fmt, d.document_number, d.optional_data, 15)
        line1 = code + number + _pad(optional, 15)
        line2 = birth + d.sex + expiry + _pad(d.nationality, 3) + _pad(d.optional_data_2, 11)
        line2 += _digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
        return [line1, line2, name_field(d.surname, d.given_names, 30)]
    width = fmt.length
    rest = width - 28  # optional data (and digits) after the expiry check digit
    number, optional = _number(fmt, d.document_number, d.optional_data, 7 if fmt.name == "TD2" else rest)
    line2 = number + _pad(d.nationality, 3) + birth + d.sex + expiry
    if fmt.name == "TD3":
        opt = _pad(optional, 14)
        line2 += opt + ("<" if not optional.strip("<") else _digit(opt))
        line2 += _digit(line2[0:10] + line2[13:20] + line2[21:43])
    elif fmt.name == "TD2":
        line2 += _pad(optional, 7)
        line2 += _digit(line2[0:10] + line2[13:20] + line2[21:35])
    else:  # MRV-A / MRV-B: no composite (Part 7)
        line2 += _pad(optional, rest)
    return [code + name_field(d.surname, d.given_names, width - 5), line2]
