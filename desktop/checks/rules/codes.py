"""Document code, issuing State and nationality (Part 3 §5; Parts 4-7 document codes; reference §4.5, §4.6)."""

from __future__ import annotations

from desktop.checks import deviations, states
from desktop.checks.document import Document
from desktop.checks.report import FAIL, PASS, WARN, Check, check

# First character of the document code, by format (Part 4: P; Parts 5/6: A, C, I; Part 7: V).
FIRST = {"TD3": "P", "TD1": "ACI", "TD2": "ACI", "MRVA": "V", "MRVB": "V", "IDFRA": "I"}
# Part 4 §4.4 harmonised second letters (effective for MRPs issued from 1 Jan 2026, required from 2028).
HARMONISED = {"P": "national passport", "E": "emergency passport", "D": "diplomatic passport",
              "O": "official or service passport", "R": "refugee travel document",
              "T": "alien's passport", "S": "stateless person's document", "L": "laissez-passer",
              "M": "military passport", "U": "single-sheet emergency travel document"}


def _second_td3(doc: Document, code: str) -> Check:
    """TD3 second letter: harmonised (§4.4) or legacy; judged by the expiry date, the one date in the MRZ."""
    second, span = code[1], (0, 1, 2)
    expiry_2038 = doc.expiry is not None and doc.expiry.year >= 2038
    if second in HARMONISED and second != "U":
        return check("document_code.second", "document_code", PASS, "document_code.second.harmonised",
                     span=span, actual=code, meaning=HARMONISED[second])
    if expiry_2038:
        # Part 4 §4.4: passports without a harmonised code must expire before 1 January 2038.
        return check("document_code.second", "document_code", FAIL, "document_code.second.after_2038",
                     span=span, actual=code, expiry=doc.expiry.isoformat())
    if second == "<":
        return check("document_code.second", "document_code", PASS, "document_code.second.none", span=span)
    return check("document_code.second", "document_code", WARN, "document_code.second.legacy",
                 span=span, actual=code, letter=second)


def _second_card(doc: Document, code: str) -> Check | None:
    """TD1/TD2 (Part 5/6 note k): the second letter is not V, and not C after A except for a crew certificate."""
    span = (0, 1, 2)
    if code[1] == "V":
        return check("document_code.second", "document_code", FAIL, "document_code.second.v", span=span)
    if code == "AI" and doc.fmt.name == "TD1":
        return check("document_code.second", "document_code", FAIL, "document_code.second.ai", span=span)
    if code == "AC":
        # Part 5 App. C: AC is the Crew Member Certificate (TD1); TD2 forbids it.
        status = PASS if doc.fmt.name == "TD1" else FAIL
        return check("document_code.second", "document_code", status, f"document_code.second.ac.{status}",
                     span=span)
    return None


def document_code(doc: Document) -> list[Check]:
    code = doc.value("document_code")
    fmt = doc.fmt.name
    known = deviations.document_code(code, doc.value("issuing_state"))
    if known:
        return [known]
    if fmt == "TD2" and code[0] == "P":
        # Part 8 App. B: a single-sheet emergency travel document carries PU in TD2 size.
        status = PASS if code == "PU" else FAIL
        return [check("document_code.type", "document_code", status, f"document_code.type.pu.{status}",
                      span=(0, 0, 2), actual=code)]
    if code[0] not in FIRST[fmt]:
        return [check("document_code.type", "document_code", FAIL, span=(0, 0, 1), actual=code,
                      allowed=" ".join(FIRST[fmt]), format=fmt)]
    out = [check("document_code.type", "document_code", PASS, actual=code, format=fmt)]
    if fmt == "TD3":
        out.append(_second_td3(doc, code))
    elif fmt in ("TD1", "TD2"):
        extra = _second_card(doc, code)
        out += [extra] if extra else []
    return out


def _code(doc: Document, name: str) -> Check:
    field = doc.fmt.field(name)
    text = doc.text(field.span)
    entry = states.lookup(text)
    kind = entry.kind if entry else "unknown"
    status = {"live": PASS, "specimen": WARN, "deprecated": WARN, "non_icao": WARN}.get(kind, FAIL)
    return check(f"{name}.code", name, status, f"state.{kind}", span=field.span, actual=text,
                 code=text.rstrip("<"), country=entry.name_en if entry else "")


def state_codes(doc: Document) -> list[Check]:
    return [_code(doc, n) for n in ("issuing_state", "nationality") if doc.fmt.field(n)]


RULES = (document_code, state_codes)
