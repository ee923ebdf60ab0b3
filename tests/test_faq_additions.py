"""Matching organisers' added FAQ answers: a rewording or the other language gets the answer; a question
about another country, nationality, person, organisation, event or subject does not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.demonyms import nationalities
from bot.answers.engine import Engine
from bot.answers.faq import AddedFaq
from bot.answers.model import Reply
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from tests.conftest import EVENTS_DIR

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
EVENTS = EventRegistry(EVENTS_DIR)
COLOMBIA = AddedFaq(1, "rsd2026", "Do I need a visa for El Salvador with a Colombian passport?", "A-COLOMBIA")
DOG = AddedFaq(2, "rsd2026", "Can I bring my dog?", "A-DOG")
ASSISTANT = AddedFaq(3, "rsd2026", "¿Puedo llevar a mi asistente a la cena de gala?", "A-ASSISTANT")
SHUTTLE = AddedFaq(4, "rsd2026", "Is there a shuttle from the airport to the hotel?", "A-SHUTTLE")
DRESS = AddedFaq(5, "rsd2026", "¿Cuál es el código de vestimenta?", "A-DRESS")
POTZEL = AddedFaq(6, "rsd2026", "Will Deike Potzel attend the reception?", "A-POTZEL")
AMBASSADOR = AddedFaq(7, "rsd2026", "Can Ambassador Pérez attend the gala dinner?", "A-AMBASSADOR")
INABVE = AddedFaq(8, "rsd2026", "Does INABVE pay for the field visit?", "A-INABVE")
LUNCH = AddedFaq(9, "rsd2026", "Is lunch included?", "A-LUNCH")
SPOUSE = AddedFaq(10, "rsd2026", "¿Puedo llevar a mi esposa?", "A-SPOUSE")
ADDED = (COLOMBIA, DOG, ASSISTANT, SHUTTLE, DRESS, POTZEL, AMBASSADOR, INABVE, LUNCH, SPOUSE)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(I18n(strict=True))


def ask(engine: Engine, text: str, key: str = "rsd2026", lang: str = "en") -> Reply:
    event = EVENTS.get(key)
    assert event is not None
    return engine.answer(text, event=event, events=EVENTS.all(), lang=lang, now=NOW, added=ADDED)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("do colombians need a visa to travel to el salvador?", COLOMBIA),  # reworded
        ("¿Necesito visa para El Salvador con pasaporte colombiano?", COLOMBIA),  # the other language
        ("¿los colombianos necesitan visado para ir a El Salvador?", COLOMBIA),
        ("¿Puedo llevar a mi perro?", DOG),
        ("Can my assistant come to the gala dinner?", ASSISTANT),
        ("can I bring my assistant to the dinner?", ASSISTANT),
        ("¿Hay transporte del aeropuerto al hotel?", SHUTTLE),
        ("What is the dress code?", DRESS),
        ("que ropa debo llevar", DRESS),
        ("¿Deike Potzel asistirá a la recepción?", POTZEL),
        ("¿El INABVE paga la visita de campo?", INABVE),
        ("¿Está incluido el almuerzo?", LUNCH),
        ("Can I bring my wife?", SPOUSE),
    ],
)
def test_a_rewording_or_the_other_language_gets_the_organisers_answer(
    engine: Engine, text: str, entry: AddedFaq
) -> None:
    reply = ask(engine, text)
    assert reply.intents == ("faq-added",)
    assert reply.html.endswith(entry.answer)


@pytest.mark.parametrize(
    "text",
    [
        "Do I need a visa for El Salvador with a Peruvian passport?",  # another nationality
        "¿Necesito visa para El Salvador con pasaporte peruano?",
        "Do Peruvians need a visa?",
        "Do I need a visa for Honduras?",  # another country
        "do I need a visa?",  # the Colombian answer is for Colombians only
        "Can I bring my cat?",  # another subject, the rest alike
        "¿Puedo llevar a mi chofer a la cena de gala?",
        "Can I bring my children?",
        "Is dinner included?",
        "Will Juan Carlos Ruan attend the reception?",  # another person the event names
        "Can Ambassador Gómez attend the gala dinner?",  # another person
        "Does the EU pay for the field visit?",  # another organisation
        "¿Necesito vacuna para entrar a El Salvador?",
    ],
)
def test_a_question_about_something_else_is_answered_as_before(engine: Engine, text: str) -> None:
    assert ask(engine, text).intents != ("faq-added",)


@pytest.mark.parametrize("key", ["va2020", "mfa2021"])
def test_an_answer_belongs_to_its_event(engine: Engine, key: str) -> None:
    assert ask(engine, "Can I bring my dog?").intents == ("faq-added",)
    assert ask(engine, "Can I bring my dog?", key=key).intents != ("faq-added",)  # asked from another
    assert ask(engine, "Can I bring my dog to the 2021 dialogue?").intents != ("faq-added",)  # naming one


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("con pasaporte peruano", {"PE"}),
        ("las costarricenses y los salvadoreños", {"CR", "SV"}),
        ("a Costa Rican and a Guyanese delegate", {"CR", "GY"}),
        ("¿Hay interpretación al francés?", set()),  # a language, not a nationality
        ("Do I need a visa for El Salvador?", {"SV"}),
    ],
)
def test_nationalities_and_country_names_give_states(text: str, codes: set[str]) -> None:
    assert nationalities(text)[0] == codes
