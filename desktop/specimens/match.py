"""Ranking specimens for an examined document: issuing State, document code and format, then the series
by dates where the specimen gives them. Every point of the score has a reason the window can show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.checks.report import Report
from desktop.specimens.model import Specimen


@dataclass(frozen=True)
class Match:
    specimen: Specimen
    score: float
    reasons: tuple[str, ...]  # keys: state, code, code_letter, format, series, series_outside

    @property
    def same_document(self) -> bool:
        """State, code and format all agree: the specimen is of this kind of document."""
        return {"state", "code", "format"} <= set(self.reasons)


def _issue_year(report: Report, specimen: Specimen) -> int | None:
    """The document's likely year of issue: expiry minus the series' validity (documents carry no issue date
    in the MRZ)."""
    expiry = report.fields.get("expiry_date") or ""
    try:
        year = dt.date.fromisoformat(expiry).year
    except ValueError:
        return None
    return year - specimen.validity_years if specimen.validity_years else None


def score(report: Report, specimen: Specimen) -> Match:
    reasons, points = [], 0.0
    state = report.fields.get("issuing_state")
    code = report.fields.get("document_code") or ""
    if state and state == specimen.issuing_state:
        reasons.append("state")
        points += 4
    if code and code == specimen.document_code:
        reasons.append("code")
        points += 3
    elif code[:1] and code[:1] == specimen.document_code[:1]:
        reasons.append("code_letter")
        points += 1.5
    if report.format and report.format == specimen.format:
        reasons.append("format")
        points += 2
    year = _issue_year(report, specimen)
    if year is not None and specimen.series_from is not None:
        inside = specimen.series_from <= year <= (specimen.series_to or 9999)
        reasons.append("series" if inside else "series_outside")
        points += 1 if inside else -1
    return Match(specimen, points, tuple(reasons))


def rank(report: Report, specimens: list[Specimen]) -> list[Match]:
    """Best first; ties keep the library's order (bundled before the user's, by id)."""
    matches = [score(report, s) for s in specimens]
    return sorted(matches, key=lambda m: -m.score)


def best(report: Report, specimens: list[Specimen]) -> Specimen | None:
    """The reference specimen of this kind of document (State, code and format agree), if there is one: what
    the record names, the VIZ check lays its zones from and the case report shows."""
    return next((m.specimen for m in rank(report, specimens) if m.same_document), None)

