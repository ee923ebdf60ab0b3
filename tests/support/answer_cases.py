"""One labelled-rule case of the answering engine, checked in process (tests/test_answers_round*.py)."""

from __future__ import annotations

from datetime import datetime

from bot.answers.engine import Engine
from bot.events.registry import EventRegistry
from tests.support.scorer import folded


def check_case(engine: Engine, registry: EventRegistry, now: datetime, case: tuple) -> None:
    """`case`: the current event, the language, the question, the kind of reply, how it must begin (""
    when any beginning will do), the event the reply is about, and text it must contain (case- and
    accent-insensitively)."""
    key, lang, text, kind, begins, about, contains = case
    reply = engine.answer(text, event=registry.get(key), events=registry.all(), lang=lang, now=now)
    assert reply.kind == kind, reply.html
    assert reply.event_key == about, reply.html
    if begins:
        assert reply.html.startswith(begins), reply.html
    assert all(folded(c) in folded(reply.html) for c in contains), reply.html
