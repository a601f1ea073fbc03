"""Update resources/translations/docexam_mn.ts (Qt Linguist) and build the .qm files.

1. pyside6-lupdate collects the UI's strings (tr / translate / QT_TRANSLATE_NOOP in desktop/ui).
2. The core's tables join as contexts of their own: "Checks" (desktop.checks.messages.TEMPLATES, the English
   message templates, so check ids translate without Qt in the core), "Fields" (LABELS) and "Terms"
   (English words passed into messages as parameters).
3. Messages still untranslated take their seed from tools/translations_mn.py; translators then work in
   Qt Linguist on the .ts, which is the source of truth.
4. pyside6-lrelease builds resources/translations/docexam_mn.qm.

    .venv/bin/python tools/make_ts.py            (make translations)
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.checks import messages  # noqa: E402
from desktop.ui.i18n import TERMS  # noqa: E402
from tools.translations_mn import GLOSSARY, MN, REVIEWED  # noqa: E402

TS = ROOT / "resources" / "translations" / "docexam_mn.ts"
BIN = Path(sys.executable).parent


def core_contexts() -> dict[str, list[str]]:
    return {"Checks": list(dict.fromkeys(messages.TEMPLATES.values())), "Fields": list(messages.LABELS.values()),
            "Terms": list(dict.fromkeys(TERMS))}


def merge(tree: ET.ElementTree) -> int:
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    for name, sources in core_contexts().items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source"): m for m in context.findall("message")}
        for source in sources:
            if source not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")
            else:
                translation = present[source].find("translation")
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    translation.attrib.pop("type")  # the core still uses it: lupdate cannot see the core
    missing = 0
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if "%n" in (source or ""):  # a count: a plural entry, or Qt shows the English for n != 1
                message.set("numerus", "yes")
            numerus = message.get("numerus") == "yes"
            if source in REVIEWED:  # a reviewed correction wins over whatever the .ts holds
                for form in translation.findall("numerusform"):
                    translation.remove(form)
                translation.text = None
                if numerus:
                    for _ in range(2):
                        ET.SubElement(translation, "numerusform").text = REVIEWED[source]
                else:
                    translation.text = REVIEWED[source]
                translation.attrib.pop("type", None)
            if translation.text:
                for wrong, right in GLOSSARY:
                    translation.text = translation.text.replace(wrong, right)
            if numerus and translation.text and not translation.findall("numerusform"):
                text, translation.text = translation.text, None
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = text
            forms = translation.findall("numerusform")
            if not (translation.text or "").strip() and not any((f.text or "").strip() for f in forms):
                seed = MN.get(source)
                if seed is None:
                    missing += 1
                    continue
                if numerus:  # Qt's Mongolian has two plural forms; the word does not change
                    for form in forms:
                        translation.remove(form)
                    for _ in range(2):
                        ET.SubElement(translation, "numerusform").text = seed
                else:
                    translation.text = seed
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                # text from the reviewed seeds, left "unfinished" by an older lupdate: reviewed, so finished
                translation.attrib.pop("type")
    return missing


def main() -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS)], check=True, capture_output=True)
    tree = ET.parse(TS)
    missing = merge(tree)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    unfinished = sum(1 for t in tree.getroot().iter("translation") if t.get("type") == "unfinished")
    print(f"{TS.name}: {missing} untranslated, {unfinished} unfinished")
    if missing or unfinished:
        sys.exit(1)


if __name__ == "__main__":
    main()
