"""The document data an officer reads: field values decoded from the MRZ characters, fillers removed.

Dates are ISO (YYYY-MM-DD) when they are real calendar dates, otherwise the six characters as printed.
"""

from __future__ import annotations

from desktop.checks import names
from desktop.checks.document import Document


def _plain(text: str) -> str:
    return text.strip("<")


def _date(doc: Document, name: str) -> str | None:
    if doc.fmt.field(name) is None:
        return None
    value = doc.birth if name == "birth_date" else doc.expiry
    return value.isoformat() if value else doc.value(name)


def _names(doc: Document) -> tuple[str, str]:
    if doc.fmt.name == "IDFRA":
        return names.readable(doc.value("surname")), names.readable(doc.value("given_names"))
    primary, secondary, _ = names.split(doc.value("names"))
    return names.readable(primary), names.readable(secondary)


def extract(doc: Document) -> dict[str, str | None]:
    surname, given = _names(doc)
    number = _plain(doc.value("document_number"))
    optional = doc.value("optional_data")
    long = doc.long_number
    if long is not None and long.overflow:
        number = long.number
        # The optional data continues after the overflow, its check digit and one filler.
        _, start, _ = doc.fmt.field("optional_data").span
        optional = optional[long.digit_span[2] - start + 1:]
    fmt = doc.fmt
    return {
        "document_code": _plain(doc.value("document_code")),
        "issuing_state": _plain(doc.value("issuing_state")),
        "document_number": number,
        "birth_date": _date(doc, "birth_date"),
        "sex": doc.value("sex"),
        "expiry_date": _date(doc, "expiry_date"),
        "nationality": _plain(doc.value("nationality")) if fmt.field("nationality") else "FRA",
        "surname": surname,
        "given_names": given,
        "optional_data": optional.rstrip("<"),
        "optional_data_2": doc.value("optional_data_2").rstrip("<") if fmt.field("optional_data_2") else None,
    }
