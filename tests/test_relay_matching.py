"""The answering engine and organiser-added FAQ entries: the same question (reworded, shorter, in the other
language) gets the organisers' answer in the words they wrote; a different question does not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.engine import Engine
from bot.answers.faq import AddedFaq
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from tests.conftest import EVENTS_DIR

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
EVENTS = EventRegistry(EVENTS_DIR)
VISA = AddedFaq(1, "rsd2026", "¿Necesito visa para entrar a El Salvador?", "No: no hace falta visa.")
DOG = AddedFaq(2, "rsd2026", "Can I bring my dog?", "No pets, sorry.")
OTHER = AddedFaq(3, "va2020", "What is the dress code?", "Casual.")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(I18n(strict=True))


def ask(engine: Engine, text: str, lang: str = "es", added: tuple[AddedFaq, ...] = (VISA, DOG, OTHER)):  # type: ignore[no-untyped-def]
    event = EVENTS.get("rsd2026")
    assert event is not None
    return engine.answer(text, event=event, events=[event], lang=lang, now=NOW, added=added)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("¿Hace falta visa para entrar en El Salvador?", VISA),
        ("necesito visa?", VISA),
        ("Do I need a visa to enter El Salvador?", VISA),
        ("can I bring my dog", DOG),
    ],
)
def test_the_same_question_gets_the_organisers_answer(engine: Engine, text: str, entry: AddedFaq) -> None:
    reply = ask(engine, text)
    assert (reply.kind, reply.intents) == ("answer", ("faq-added",))
    assert reply.html.endswith(entry.answer)


@pytest.mark.parametrize(
    "text",
    [
        "¿Necesito vacuna para entrar a El Salvador?",  # another concept, many shared words
        "can I bring my cat?",  # the one word that matters differs
        "¿Hay interpretación?",
        "what is the dress code?",  # added for another event
    ],
)
def test_a_different_question_is_answered_as_before(engine: Engine, text: str) -> None:
    reply = ask(engine, text)
    assert reply.intents != ("faq-added",)
    assert reply == ask(engine, text, added=())


def test_the_frame_follows_the_question_and_the_answer_keeps_its_language(engine: Engine) -> None:
    english = ask(engine, "Do I need a visa to enter El Salvador?", lang="en")
    assert english.html.startswith("💬 The organisers have answered this question:")
    assert english.html.endswith("No: no hace falta visa.")
