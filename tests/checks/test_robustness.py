"""stdnum-style robustness: junk of every kind gives a clear verdict, never an exception."""

import pytest

from desktop.checks import validate_text

from tests.checks.util import TODAY, utopia

JUNK = ["", " ", "\n\n", "€", "3²", "P" * 100_000, "\x00\x01", "&lt;&lt;", "P<UTO\u200bERIKSSON",
        "\ufeff" + "\n".join(utopia()), "ＰＡＳＳ", "\n".join(utopia()).lower()]


@pytest.mark.parametrize("text", JUNK)
def test_junk_gives_a_verdict(text):
    report = validate_text(text, TODAY)
    assert report.status in {"fail", "error"}
    assert report.checks and all(c.message for c in report.checks)


def test_empty_input_is_an_error_not_a_fail():
    report = validate_text("  \n ", TODAY)
    assert report.status == "error" and report.checks[0].message == "No MRZ text was given"


def test_huge_line_is_reported_briefly():
    report = validate_text("<" * 10 + "é" * 500_000, TODAY)
    assert report.status == "fail" and len(report.checks) < 20


def test_mrz_is_kept_exactly_as_given():
    lines = utopia()
    damaged = [lines[0].replace("ANNA", "anna"), lines[1]]
    assert validate_text("\n".join(damaged), TODAY).mrz == tuple(damaged)
