"""Languages: English (source) and Mongolian, through Qt Linguist (.ts in resources/translations, .qm built).

Check messages are translated here from their message keys: the English templates of desktop.checks.messages
are the source texts of the "Checks" context, so the core never needs Qt's tr().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.chip import lds as chip_lds
from desktop.checks import deviations, messages, states
from desktop.checks.report import Check
from desktop.checks.rules.codes import HARMONISED
from desktop.paths import resource

LANGUAGES = {"en": "English", "mn": "Монгол"}
KINDS = ("letters", "digits", "letters and digits")
FILLERS = (" and <",)  # layout.py adds it after a kind: "may hold only letters and <"
EDGES = ("left", "right", "top", "bottom")  # desktop.reader.diagnose: where the zone is cut off
# English words that reach messages as parameters; translated in the "Terms" context.
TERMS = KINDS + FILLERS + EDGES + tuple(HARMONISED.values()) + tuple(deviations.DOCUMENT_CODES.values()) + \
    tuple(dict.fromkeys(chip_lds.NAMES.values())) + ("data", messages.EMPTY)  # data group contents; empty values


def language() -> str:
    """The UI language as meta.json texts key it: "mn" or "en"."""
    return "mn" if QLocale().language() == QLocale.Mongolian else "en"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    return translate("Fields", messages.LABELS.get(name, name))


def check_text(check: Check) -> str:
    """The finding's message in the current language."""
    params = check.template_params()
    params["label"] = field_label(check.field)
    for name in ("kind", "meaning", "what", "edge", "fillers"):
        if params.get(name) in TERMS:
            params[name] = translate("Terms", params[name])
    if params.get("country") and QLocale().language() == QLocale.Mongolian:
        entry = states.lookup(str(params.get("code", "")))
        params["country"] = entry.name_mn if entry else params["country"]
    template = translate("Checks", messages.TEMPLATES.get(check.key, check.key))
    try:
        return messages.fill(template, params, translate("Terms", messages.EMPTY))
    except (KeyError, IndexError, ValueError):
        return check.message


class Translations:
    """Installs ours and Qt's own translations; switching needs no restart (widgets retranslate)."""

    def __init__(self, app):
        self.app = app
        self.installed: list[QTranslator] = []

    def use(self, language: str) -> bool:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True
        ours = QTranslator(self.app)
        if not ours.load(str(resource("translations", f"docexam_{language}.qm"))):
            return False
        qt = QTranslator(self.app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            self.app.installTranslator(qt)
            self.installed.append(qt)
        self.app.installTranslator(ours)
        self.installed.append(ours)
        return True
