"""Every finding the core or the reader can emit has words: an English template and a Mongolian translation.

The check ids are enumerated from the source (every `check(...)` and `error_report(...)` call in desktop/),
not from the findings some sample page happens to produce, so a new rule without a text fails here.
"""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.checks import messages
from desktop.checks.report import FAIL, PASS, SKIP, WARN

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "docexam_mn.ts"
STATUS = {"PASS": PASS, "FAIL": FAIL, "WARN": WARN, "SKIP": SKIP}
ANY = "[a-z0-9_]+(?:\\.[a-z0-9_]+)*"


def _pattern(node: ast.AST | None) -> str | None:
    """A regex for the strings an expression can take: exact for literals, a wildcard for what varies."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.escape(node.value)
    if isinstance(node, ast.Name) and node.id in STATUS:
        return re.escape(STATUS[node.id])
    if isinstance(node, ast.JoinedStr):
        return "".join(re.escape(v.value) if isinstance(v, ast.Constant) else ANY for v in node.values)
    return ANY


def _arg(call: ast.Call, index: int, name: str) -> ast.AST | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def emitted() -> list[tuple[str, str]]:
    """(where, key regex) for every finding the code can build."""
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if node.func.id == "check":
                key = _pattern(_arg(node, 3, "key"))
                if key is None:  # the key defaults to id.status
                    status = _arg(node, 2, "status")
                    key = f"{_pattern(_arg(node, 0, 'id'))}\\.{_pattern(status) if status is not None else ANY}"
                    key = key.replace(f"\\.{ANY}", "\\.(?:pass|fail|warn|skip)") if key.endswith(ANY) else key
                found.append((where, key))
            elif node.func.id == "error_report" and path.name != "report.py":
                found.append((where, _pattern(_arg(node, 0, "key"))))
    return found


def test_the_enumeration_finds_the_core_and_the_reader():
    places = {where.split(":")[0] for where, _ in emitted()}
    assert "desktop/reader/verdict.py" in places and "desktop/checks/rules/digits.py" in places
    assert len(emitted()) > 50


@pytest.mark.parametrize("where,key", emitted(), ids=[w for w, _ in emitted()])
def test_every_finding_the_code_can_emit_has_an_english_text(where, key):
    exact = not any(ch in key for ch in "[(+*")
    matches = [k for k in messages.TEMPLATES if re.fullmatch(key, k)]
    assert matches, f"{where}: no message template for a key like {key!r}: the window would show the key"
    if exact:
        assert re.sub(r"\\(.)", r"\1", key) in messages.TEMPLATES


def _translations() -> dict[str, ET.Element]:
    root = ET.parse(TS).getroot()
    return {m.findtext("source"): m.find("translation") for c in root.findall("context")
            if c.findtext("name") == "Checks" for m in c.findall("message")}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(messages.TEMPLATES))
def test_every_english_text_has_a_mongolian_translation_with_the_same_fields(key):
    english = messages.TEMPLATES[key]
    translation = _translations().get(english)
    assert translation is not None, f"{key}: not in {TS.name} (run make translations)"
    text = (translation.text or "").strip()
    assert text and translation.get("type") not in ("unfinished", "vanished", "obsolete"), f"{key}: untranslated"
    assert key not in text
    words = re.sub(r"\{[^}]*\}", "", english)
    if re.search(r"[A-Za-z]", words):  # a template of fields only ("{label} {date}") reads the same in both
        assert text != english, f"{key}: the Mongolian text is the English one"
    assert _fields(text) == _fields(english), f"{key}: the translation's {{fields}} differ from the English"


def test_an_empty_field_is_said_to_be_empty_not_quoted_as_nothing():
    from desktop import checks
    import datetime as dt

    lines = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36<<<7408122F1204159ZE184226B<<<<<10"]
    report = checks.validate(lines, dt.date(2010, 1, 1))
    texts = [c.message for c in report.checks if c.status != "pass"]
    assert any("(empty)" in t and "Nationality" in t for t in texts), texts
    assert not any("''" in t for t in texts)
