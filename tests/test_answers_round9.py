"""Rules added in session 8's round on blind18: a belief reported ("leí que…", "I thought…") checked as a
yes/no claim, a number of sessions claimed ("a single session"), a range of hours without "from" ("says 9 to
12 Geneva time"), who pays the sponsorship ("the sponsorship comes from…"), only the party named as paying
checked against the funders, an agenda item's words quoted, an organisation asking whether it may register,
an indirect question with a filler word, to whom the invitation is addressed, an anniversary claimed without
a number, and no empty place line for a virtual event.

Each case: the current event, the language, the question, the kind of reply, how it must begin ("" when
any beginning will do), the event the reply is about, and text it must contain (case- and
accent-insensitively). The questions are paraphrases, not the labelled ones. In process, no Telegram.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import is_yes_no
from bot.events.registry import EventRegistry
from tests.support.answer_cases import check_case
from tests.test_answers_dev import engine, registry  # noqa: F401 (shared fixtures)

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)

CASES = [
    # a belief reported, with no question mark: checked, yes or no first
    (
        "va2020",
        "es",
        "tengo entendido que fue el 5 de diciembre",
        "answer",
        "No.",
        "va2020",
        ["4 de diciembre"],
    ),
    ("va2020", "en", "I heard it was in person in Geneva", "answer", "No.", "va2020", ["virtual"]),
    ("mfa2021", "es", "me dijeron que era del 10 al 13 de febrero", "answer", "No.", "mfa2021", ["11"]),
    # a number of sessions claimed
    ("mfa2021", "en", "it was a single session right?", "answer", "No.", "mfa2021", ["two sessions"]),
    ("mfa2021", "es", "entonces es una sola sesion?", "answer", "No.", "mfa2021", ["dos sesiones"]),
    # hours claimed without "from"
    ("mfa2021", "en", "the invite says 10 to 1 Geneva time, correct?", "answer", "No.", "mfa2021", ["15:00"]),
    ("mfa2021", "en", "so it is 15 to 18 Swiss time?", "answer", "Yes.", "mfa2021", ["15:00"]),
    # who pays the sponsorship, claimed
    (
        "rsd2026",
        "es",
        "el patrocinio viene del gobierno de Chile, no?",
        "answer",
        "No.",
        "rsd2026",
        ["Union Europea"],
    ),
    (
        "rsd2026",
        "en",
        "the funding comes from the EU, right?",
        "answer",
        "Yes.",
        "rsd2026",
        ["European Union"],
    ),
    # the party named as paying is the one checked against the funders
    (
        "va2020",
        "en",
        "hosted by the ISU with EU funding, correct?",
        "answer",
        "Yes.",
        "va2020",
        ["European Union"],
    ),
    # a numbered agenda item quoted: yes when the item holds the words
    ("rsd2026", "en", 'point 1 says "Actions 30-39", is that so?', "answer", "Yes.", "rsd2026", ["30-39"]),
    # an organisation asking whether it may register, where the invitation invites organisations
    (
        "mfa2021",
        "en",
        "we're a survivors NGO, can we sign up?",
        "answer",
        "Yes.",
        "mfa2021",
        ["bit.ly/MineFreeAmericas"],
    ),
    # an indirect yes/no with a filler word ("saber eh si…"); to whom the invitation is addressed
    (
        "rsd2026",
        "es",
        "queria saber este si Peru puede pedir patrocinio",
        "answer",
        "Sí.",
        "rsd2026",
        ["Peru"],
    ),
    ("va2020", "en", "to whom is the letter addressed?", "answer", "", "va2020", []),
    ("mfa2021", "en", "to whom is this invitation addressed", "answer", "", "mfa2021", ["Permanent"]),
    # an anniversary claimed without a number
    (
        "va2020",
        "es",
        "la fecha marca un aniversario de la convencion, no?",
        "answer",
        "Sí.",
        "va2020",
        ["22"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_round9_rules(engine: Engine, registry: EventRegistry, case: tuple) -> None:  # noqa: F811
    check_case(engine, registry, NOW, case)


def test_a_belief_reported_is_a_yes_no_question() -> None:
    assert is_yes_no("leí que era presencial")
    assert is_yes_no("I thought it was on a Friday")
    assert not is_yes_no("I think I need to know when it starts")


def test_a_virtual_event_gets_no_empty_place_line(
    engine: Engine,  # noqa: F811
    registry: EventRegistry,  # noqa: F811
) -> None:
    reply = engine.answer(
        "it was held in Lima, wasn't it?",
        event=registry.get("va2020"),
        events=registry.all(),
        lang="en",
        now=NOW,
    )
    assert reply.html.startswith("No."), reply.html
    assert "📍" not in reply.html, reply.html
