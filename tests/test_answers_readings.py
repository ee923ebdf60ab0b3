"""How the engine reads a message before answering it: portuñol and Caribbean English, pasted e-mails,
acronyms the event's texts define, guesses after a question, and States named by their first word."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.acronyms import asked_meaning, long_name
from bot.answers.countries import find_countries
from bot.answers.dialects import read_as_known
from bot.answers.engine import Engine
from bot.answers.premises import guess
from bot.answers.wrapping import unwrap
from bot.events.registry import EventRegistry
from bot.folding import words
from tests.conftest import EVENTS_DIR
from tests.test_answers_dev import engine, registry  # noqa: F401 (shared fixtures)

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


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
    events = EventRegistry(EVENTS_DIR)
    rsd, va = events.get("rsd2026"), events.get("va2020")
    assert rsd is not None and va is not None
    assert asked_meaning("¿Qué significa SRAAP?", rsd, "es") == [
        ("SRAAP", "Siem Reap-Angkor Action Plan 2025-2029")
    ]
    assert asked_meaning("What is HI?", va, "en") == [("HI", "Humanity & Inclusion")]
    assert long_name("APMBC", va, "en") == "Anti-Personnel Mine Ban Convention"  # spelled out, not defined
    assert asked_meaning("What does XYZ stand for?", rsd, "en") == []
    assert asked_meaning("What is the ISU e-mail?", rsd, "en") == []  # not a question on a meaning
    # a name field, "Veterans … Institute (INABVE, in Spanish)", defines its acronym in its own language
    assert long_name("INABVE", rsd, "en") == "Veterans and Ex-Combatants Benefits Administration Institute"
    # "¿qué es HI, que sale en…?": the acronym followed by where it was read
    assert asked_meaning("que es SRAAP que sale en el anexo", rsd, "es") != []
    assert asked_meaning("what is the ISU in charge of?", rsd, "en") == []


def test_a_guess_after_a_question_makes_it_a_yes_no_question() -> None:
    assert guess("wey di ting deh? San Salvador?") == ["san", "salvador"]
    assert guess("when is it? april or may?") is None
    assert guess("when is it? thanks?") is None
    assert guess("when is it?") is None


def test_a_state_is_named_by_its_distinctive_first_word() -> None:
    assert find_countries(words("Trinidad can get sponsorship?")) == ["TT"]
    assert find_countries(words("the Americas and the Caribbean")) == []
    assert find_countries(words("¿qué países participaron?")) == []


# (event selected, language, question, what the reply must say, what it must not)
READ = [
    # "which of the events…": the one the description fits (an organisation, the format, the dates)
    ("rsd2026", "en", "out of the 3 events, which one did the OAS organise?", "10–11 February 2021", ""),
    ("mfa2021", "es", "¿cuál de los tres eventos se hizo en línea?", "4 de diciembre de 2020", ""),
    ("va2020", "en", "which meeting was in San Salvador?", "San Salvador", "4 December 2020"),
    # what a party the invitation names does
    ("va2020", "es", "¿qué papel cumple Tailandia?", "Modera el debate", ""),
    ("va2020", "es", "¿quién preside la Convención?", "Países Bajos", ""),
    # "según la invitación" says where a fact is read, not that a document is asked for
    ("va2020", "es", "según la invitación, ¿con qué aniversario coincide la fecha?", "22", "bit.ly"),
    # where the asker is gives the time zone of a question of when
    ("va2020", "es", "estoy en Amán, ¿cuándo es el debate?", "14:30", ""),
    # the invitation's own offset quoted, and another place asked about
    ("mfa2021", "en", "the letter says GMT+1 Switzerland; what time is that in Lisbon?", "14:00", ""),
    # an agenda item named by its number, whole; the guiding question naming what is asked about
    ("va2020", "en", "what are the cooperation models in point 6?", "South-South", ""),
    ("va2020", "en", "in the guiding questions, what are donors asked?", "accountability", "first steps"),
    # to whom the letter is addressed; "allowed" asks no allowance
    ("mfa2021", "es", "¿a quiénes se dirigió la carta?", "Misiones permanentes", ""),
    ("mfa2021", "en", "are universities allowed to follow the sessions?", "", "per diem"),
    # a signatory named by role and organisation
    ("rsd2026", "en", "what's the name of the ISU director?", "Ruan", ""),
    # where money comes from is no venue; accompanying victims is no companion
    ("rsd2026", "en", "where does the money for sponsorship come from?", "European Union", "venue"),
    ("rsd2026", "es", "acompañamos a sobrevivientes de minas, ¿estamos invitados?", "Sí", "acompañantes"),
    # "welcome" asks who may come, except in "you're welcome"; "the point of" asks the purpose
    ("rsd2026", "en", "would disability rights groups be welcome?", "Yes", ""),
    ("rsd2026", "en", "great, thanks. you're welcome to call me", "", "invited to attend"),
    ("va2020", "en", "what is the point of this debate?", "financing", ""),
    # a conference named is no panel of speakers
    ("va2020", "en", "the conference in 2019 had what name?", "Creating Alliances", "panellists"),
    # blind13 round: an organiser's name used as the event's ("that OAS meeting"), the encouraged lines
    # about the State asked of (not the whole list), and sponsorship asked item by item
    ("va2020", "en", "and that OAS meeting about Ecuador and Peru, when was it?", "10–11 February 2021", ""),
    ("rsd2026", "en", "why is Honduras on the list?", "declared completion", "Argentina"),
    (
        "rsd2026",
        "es",
        "el patrocinio paga pasajes? hotel? comidas? y el traslado al aeropuerto?",
        "alojamiento",
        "",
    ),
]


@pytest.mark.parametrize(("key", "lang", "text", "says", "not_says"), READ)
def test_questions_are_read_for_what_they_ask(
    engine: Engine,  # noqa: F811
    registry: EventRegistry,  # noqa: F811
    key: str,
    lang: str,
    text: str,
    says: str,
    not_says: str,
) -> None:
    reply = engine.answer(text, event=registry.get(key), events=registry.all(), lang=lang, now=NOW)
    assert reply.kind == "answer", reply.html
    assert says in reply.html, reply.html
    assert not not_says or not_says not in reply.html, reply.html
