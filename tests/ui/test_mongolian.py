"""Mongolian as an officer reads it (issue 23, item 21): counts in the banner are Mongolian for any number, and
no English word reaches a Mongolian finding through a value passed into a template."""

import datetime as dt
import re

import pytest

from desktop import checks
from desktop.ui import i18n

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
BROKEN = [  # each breaks the MRZ in another way, so that as many templates as possible are filled
    TD3,
    ("P<UTOERIKSS0N<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<", "L898902C37UTO7408132F1204159ZE184226B<<<<<11"),
    ("P<XXXERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36<<<7408122Q1204159ZE184226B<<<<<10"),
    ("P<UTO<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<<<<<<<<", "L898902C36UTO74<8122F1213159ZE184226B<<<<<10"),
    ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36U7O74O8122F1204159ZE184226B<<<<<10"),
    ("I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2", "STEVENSON<<PETER<JOHN<<<<<<<<<"),
    ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"),
    ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"),
]
ENGLISH = re.compile(r"\b[a-z]{3,}\b")


@pytest.fixture
def mongolian(qapp):
    translations = i18n.Translations(qapp)
    assert translations.use("mn")
    yield
    translations.use("en")


def test_no_english_reaches_a_mongolian_finding_through_a_value(mongolian):
    leaks = set()
    for lines in BROKEN:
        for c in checks.validate(list(lines), dt.date(2010, 1, 1)).checks:
            text = i18n.check_text(c)
            leaks |= {(c.key, word) for word in ENGLISH.findall(text)}
    assert not leaks, sorted(leaks)


def test_the_banner_counts_are_mongolian_for_any_number(qtbot, window):
    window.set_language("mn")
    for failed, warned in ((1, 1), (2, 5), (0, 0)):
        window.banner.show_status("fail", failed, warned)
        text = window.banner.detail.text()
        assert "тэнцээгүй" in text and "анхааруулга" in text and "failed" not in text, text
    window.set_language("en")
