"""Both languages have the same messages, and the code passes exactly the variables each message uses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fast
from fluent.syntax.visitor import Visitor

from bot.i18n import LANGUAGES, I18n, MessageError, locales_dir

ROOT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("bot", "handlers")
MESSAGE_METHODS = {"t", "plain", "html"}


class _Vars(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fast.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(lang: str) -> dict[str, set[str]]:
    """Message id -> the variables it uses, for one language."""
    found: dict[str, set[str]] = {}
    for path in sorted((locales_dir() / lang).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            assert not isinstance(entry, fast.Junk), f"{path}: syntax error near {entry.content[:60]!r}"
            if isinstance(entry, fast.Message):
                visitor = _Vars()
                visitor.visit(entry)
                assert entry.id.name not in found, f"{path}: duplicate id {entry.id.name}"
                found[entry.id.name] = visitor.names
    return found


def calls_in_code() -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, message id, keyword names or None when **kwargs) for each literal-id call."""
    out = []
    for folder in CODE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                if node.func.attr not in MESSAGE_METHODS:
                    continue
                literal = [
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if not literal or "-" not in literal[-1]:
                    continue
                names = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                out.append((str(path.relative_to(ROOT)), node.lineno, literal[-1], names))
    return out


def test_languages_have_the_same_message_ids() -> None:
    en, es = messages("en"), messages("es")
    assert sorted(set(en) - set(es)) == []
    assert sorted(set(es) - set(en)) == []


def test_languages_use_the_same_variables() -> None:
    en, es = messages("en"), messages("es")
    differ = {mid: (en[mid], es[mid]) for mid in en if en[mid] != es.get(mid)}
    assert differ == {}


def test_code_passes_exactly_the_variables_messages_use() -> None:
    en = messages("en")
    calls = calls_in_code()
    assert len(calls) >= 15, "the scan found too few calls: the test would prove nothing"
    problems = []
    for file, line, mid, names in calls:
        if mid not in en:
            problems.append(f"{file}:{line}: unknown message {mid}")
        elif names is not None and names != en[mid]:
            problems.append(f"{file}:{line}: {mid} passes {sorted(names)}, message uses {sorted(en[mid])}")
    assert problems == []


def test_strict_mode_refuses_a_missing_variable() -> None:
    i18n = I18n(strict=True)
    with pytest.raises(MessageError):
        i18n.t("en", "start-greeting")
    with pytest.raises(MessageError):
        i18n.t("es", "no-such-message")
    assert "Ana" in i18n.t("es", "start-greeting", name="Ana")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_formats(lang: str) -> None:
    i18n = I18n(strict=True)
    for mid, names in messages(lang).items():
        assert i18n.t(lang, mid, **{n: "x" for n in names})
