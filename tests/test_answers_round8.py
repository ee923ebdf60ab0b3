"""Rules added in session 7's round on blind17: several questions numbered in one message, the press (access,
coverage, a press contact), a year stated as the event's, anniversaries the event's texts tell of, which of
two events came first, the invitation's date checked, whether the field visit is compulsory, a title
claimed for a signatory, what "the Convention" is, and the sponsorship overview's order.

Each case: the current event, the language, the question, the kind of reply, how it must begin ("" when
any beginning will do), the event the reply is about, and text it must contain (case- and
accent-insensitively). The questions are paraphrases, not the labelled ones. In process, no Telegram.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.engine import Engine
from bot.answers.numbered import numbered_parts
from bot.events.registry import EventRegistry
from tests.support.answer_cases import check_case
from tests.test_answers_dev import engine, registry  # noqa: F401 (shared fixtures)

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)

CASES = [
    # numbered questions: each answered, in order; a part the invitation cannot answer makes it a deferral
    (
        "rsd2026",
        "en",
        "two questions: 1) what languages 2) is there a field visit",
        "answer",
        "",
        "rsd2026",
        ["English", "sign language", "field visit"],
    ),
    (
        "va2020",
        "es",
        "1. cuando es 2. q plataforma usan",
        "defer",
        "",
        "va2020",
        ["4 de diciembre", "plataforma", "bit.ly/CoopAssist-VA"],
    ),
    # the press: what the invitation does not say, with the contact
    ("rsd2026", "es", "pueden venir periodistas al dialogo?", "defer", "", "rsd2026", ["prensa", "isu@"]),
    ("mfa2021", "en", "do you have a spokesperson for the dialogue?", "defer", "", "mfa2021", ["press"]),
    # a year stated as the event's
    ("mfa2021", "es", "el dialogo fue en 2022, no?", "answer", "No.", "mfa2021", ["2021"]),
    # anniversaries: the sentence, and a number checked
    (
        "va2020",
        "es",
        "que aniversario de la convencion coincide con la fecha?",
        "answer",
        "",
        "va2020",
        ["22"],
    ),
    ("va2020", "en", "the date was the 30th anniversary, wasn't it?", "answer", "No.", "va2020", ["22nd"]),
    # an anniversary only naming the event: the question asked is answered
    ("va2020", "en", "the anniversary debate: who opens it?", "answer", "", "va2020", ["Netherlands"]),
    # which of two events came first: both dates
    (
        "mfa2021",
        "en",
        "did the San Salvador dialogue come before or after this one?",
        "answer",
        "",
        "mfa2021",
        ["February 2021", "May 2026"],
    ),
    # the invitation's date checked
    ("rsd2026", "en", "the letter is dated 20 March, correct?", "answer", "No.", "rsd2026", ["16 March"]),
    ("mfa2021", "en", "when did they send the letter?", "answer", "", "mfa2021", ["18 January 2021"]),
    # whether the field visit is compulsory: the note does not say
    ("rsd2026", "es", "la visita de campo es opcional?", "defer", "", "rsd2026", ["medio día", "isu@"]),
    # what "the Convention" is: its full name from the event's texts
    (
        "rsd2026",
        "en",
        "what's the Convention? never heard of it",
        "answer",
        "",
        "rsd2026",
        ["Anti-Personnel Mines"],
    ),
    (
        "mfa2021",
        "es",
        "que es la convencion, es sobre minas?",
        "answer",
        "Sí.",
        "mfa2021",
        ["Minas Antipersonal"],
    ),
    # a one-word ask for sponsorship keeps the quota and the deadline within the short reply
    ("rsd2026", "es", "patrocinios??", "answer", "", "rsd2026", ["2 funcionarios", "31 de marzo"]),
    # a title claimed for a signatory
    (
        "mfa2021",
        "en",
        "Tenya signs as President of Peru, right?",
        "answer",
        "No.",
        "mfa2021",
        ["Vice Minister"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_round8_rules(engine: Engine, registry: EventRegistry, case: tuple) -> None:  # noqa: F811
    check_case(engine, registry, NOW, case)


def test_numbers_inside_a_question_are_not_a_list() -> None:
    assert numbered_parts("is it 4-6 May? 2 people from our ministry") is None
    assert numbered_parts("can 3 people come, or only 2?") is None
    assert numbered_parts("1 when 2 where") is None  # bare figures: three questions at least
    assert numbered_parts("hola: 1) fecha 2) lugar") == ["fecha", "lugar"]


def test_a_journalist_asking_something_else_is_answered(
    engine: Engine,  # noqa: F811
    registry: EventRegistry,  # noqa: F811
) -> None:
    reply = engine.answer(
        "journalist here, who organises the debate?",
        event=registry.get("va2020"),
        events=registry.all(),
        lang="en",
        now=NOW,
    )
    assert reply.kind == "answer", reply.html


def test_a_year_in_the_asker_s_story_is_not_the_event_s(
    engine: Engine,  # noqa: F811
    registry: EventRegistry,  # noqa: F811
) -> None:
    reply = engine.answer(
        "I was injured by a mine in 1995; can survivors' associations take part?",
        event=registry.get("rsd2026"),
        events=registry.all(),
        lang="en",
        now=NOW,
    )
    assert not reply.html.startswith("No."), reply.html
