"""Every finding reads in words in the window, in English and Mongolian: never a message key."""

import re
import string

import pytest

from desktop.checks import messages
from desktop.checks.report import FAIL, check
from desktop.ui.i18n import Translations, check_text


def _finding(key: str):
    fields = {name for _, name, _, _ in string.Formatter().parse(messages.TEMPLATES[key]) if name}
    params = {name: "7" for name in fields - {"label", "actual", "expected"}}
    return check(key.rsplit(".", 1)[0], "document_number", FAIL, key, actual="X1", expected="X2", **params)


@pytest.mark.parametrize("language", ["en", "mn"])
def test_every_message_key_shows_as_words(qapp, language):
    translations = Translations(qapp)
    assert translations.use(language)
    try:
        for key in messages.TEMPLATES:
            text = check_text(_finding(key))
            assert key not in text and "{" not in text, f"{language}: {key} shows as {text!r}"
            words = re.sub(r"\{[^}]*\}", "", messages.TEMPLATES[key])
            if language == "mn" and re.search(r"[A-Za-z]{3}", words):
                assert any("\u0400" <= c <= "\u04ff" for c in text), f"{key} is not in Mongolian: {text!r}"
    finally:
        translations.use("en")
