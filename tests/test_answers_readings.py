"""How the engine reads a message before answering it: portuñol and Caribbean English, pasted e-mails,
acronyms the event's texts define, guesses after a question, and States named by their first word."""

from __future__ import annotations

import pytest

from bot.answers.acronyms import asked_meaning, long_name
from bot.answers.countries import find_countries
from bot.answers.dialects import read_as_known
from bot.answers.premises import guess
from bot.answers.wrapping import unwrap
from bot.events.registry import EventRegistry
from bot.folding import words
from tests.conftest import EVENTS_DIR


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("¿Quando é o diálogo?", "¿Cuando es el diálogo?"),
        ("¿Tem interpretação para português?", "¿Hay interpretacion para português?"),
        ("¿A que horas é em São Paulo?", "¿A que horas es en São Paulo?"),
        ("Suriname on di list? wah fa?", "Suriname on the list? why?"),
        ("wha time di debate start inna Trinidad?", "what time the debate start in Trinidad?"),
        ("¿Dónde es el diálogo?", "¿Dónde es el diálogo?"),  # Spanish is left alone
        ("Do I need a visa?", "Do I need a visa?"),  # and so is English
    ],
)
def test_neighbouring_ways_of_writing_are_read_as_spanish_or_english(text: str, read: str) -> None:
    assert read_as_known(text) == read


def test_an_e_mail_is_read_without_its_greeting_closing_signature_and_courtesies() -> None:
    mail = (
        "Dear Secretariat,\nPlease advise the date of the invitation letter, for our records.\nRegards,\nUnit"
    )
    assert unwrap(mail) == "Please advise the date of the invitation letter."
    assert unwrap("Intern here – who signs the invitation?") == "who signs the invitation?"
    assert (
        unwrap("Which plan does it feed into? Asking for our donor report") == "Which plan does it feed into?"
    )
    assert unwrap("hola, cuando es?") == "hola, cuando es?"  # one line with a greeting: left alone


def test_acronyms_mean_what_the_event_texts_say_and_are_not_guessed() -> None:
    registry = EventRegistry(EVENTS_DIR)
    rsd, va = registry.get("rsd2026"), registry.get("va2020")
    assert rsd is not None and va is not None
    assert asked_meaning("¿Qué significa SRAAP?", rsd, "es") == [
        ("SRAAP", "Siem Reap-Angkor Action Plan 2025-2029")
    ]
    assert asked_meaning("What is HI?", va, "en") == [("HI", "Humanity & Inclusion")]
    assert long_name("APMBC", va, "en") == "Anti-Personnel Mine Ban Convention"  # spelled out, not defined
    assert asked_meaning("What does XYZ stand for?", rsd, "en") == []
    assert asked_meaning("What is the ISU e-mail?", rsd, "en") == []  # not a question on a meaning


def test_a_guess_after_a_question_makes_it_a_yes_no_question() -> None:
    assert guess("wey di ting deh? San Salvador?") == ["san", "salvador"]
    assert guess("when is it? april or may?") is None
    assert guess("when is it? thanks?") is None
    assert guess("when is it?") is None


def test_a_state_is_named_by_its_distinctive_first_word() -> None:
    assert find_countries(words("Trinidad can get sponsorship?")) == ["TT"]
    assert find_countries(words("the Americas and the Caribbean")) == []
    assert find_countries(words("¿qué países participaron?")) == []
