"""Rules added in session 9's round on blind19: a subject the event file never mentions (live captions, a
daily allowance, a prosthesis for one person, an official translation, a resolution's number), a relative
of a survivor asking whether they may take part (also as a choice: "can I go, or only governments?"), a
closing "¿o sí?" tag, "correct?" as a tag and not a topic, a listing sentence checked with the list it
announces, a State the background's list does not name, and past forms of "mention".

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
RSD = "isu@apminebanconvention.org"
VA = "bit.ly/CoopAssist-VA"

CASES = [
    # a subject the event file never mentions: deferred with the contact
    ("va2020", "en", "will the sessions have subtitles for deaf people?", "defer", "", "va2020", [VA]),
    ("rsd2026", "es", "habra subtitulos en pantalla durante el dialogo?", "defer", "", "rsd2026", [RSD]),
    ("rsd2026", "en", "is there a per diem for sponsored delegates?", "defer", "", "rsd2026", [RSD]),
    (
        "rsd2026",
        "es",
        "a los patrocinados les dan dinero diario para sus gastos?",
        "defer",
        "",
        "rsd2026",
        [RSD],
    ),
    ("rsd2026", "en", "could the organisers get my uncle a prosthetic leg?", "defer", "", "rsd2026", [RSD]),
    ("rsd2026", "es", "hay una traduccion oficial de la invitacion?", "defer", "", "rsd2026", [RSD]),
    (
        "va2020",
        "en",
        "what is the official English title? I only have it in Spanish",
        "defer",
        "",
        "va2020",
        [VA],
    ),
    (
        "mfa2021",
        "en",
        "what's the resolution number of the OAS text they support?",
        "defer",
        "",
        "mfa2021",
        [],
    ),
    # the title asked without an official translation: answered
    ("mfa2021", "en", "what is the dialogue's full title?", "answer", "", "mfa2021", ["Landmine"]),
    # a relative of a survivor asking whether they may take part, also as a choice
    (
        "rsd2026",
        "en",
        "I'm the father of a mine survivor, could I attend or is it just for governments?",
        "defer",
        "",
        "rsd2026",
        [RSD],
    ),
    ("va2020", "es", "soy madre de un sobreviviente, puedo conectarme yo?", "defer", "", "va2020", [VA]),
    # a closing "¿o sí?" tag: yes or no first
    ("rsd2026", "es", "no es virtual el dialogo, o si?", "answer", "No.", "rsd2026", ["presencial"]),
    # "correct?" is a tag, and a listing sentence is checked with the list it announces
    (
        "va2020",
        "en",
        "regional funds were one of the cooperation models, correct?",
        "answer",
        "Yes.",
        "va2020",
        ["regional funds"],
    ),
    # a State the background's list does not name, where it names others
    (
        "va2020",
        "es",
        "en el panel de 2019 hubo expertos de Colombia, verdad?",
        "answer",
        "No.",
        "va2020",
        ["Noruega"],
    ),
    # past forms of "mention" carry no topic
    ("va2020", "es", "se mencionaban las redes de sobrevivientes?", "answer", "Sí.", "va2020", ["redes"]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_round10_rules(engine: Engine, registry: EventRegistry, case: tuple) -> None:  # noqa: F811
    check_case(engine, registry, NOW, case)


def test_a_closing_o_si_is_a_tag_not_a_choice() -> None:
    assert is_yes_no("no es en Lima, o si?")
    assert not is_yes_no("presencial o virtual?")
