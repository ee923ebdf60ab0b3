"""Yes/no claims about who does what, false premises and "why" questions, answered from the event data.

Each case: the current event, the language, the question, how the reply must begin ("" when it is not a
yes/no question), and text it must contain (case- and accent-insensitively). In process, no Telegram.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.claims import aliases
from bot.answers.engine import Engine
from bot.answers.premises import asks_why, check_ordinal
from bot.answers.verdict import is_yes_no
from bot.events.registry import EventRegistry
from tests.test_answers_dev import engine, folded, registry  # noqa: F401 (shared fixtures)

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)

CASES = [
    # an organisation or State claimed as organiser, host, funder, moderator
    ("mfa2021", "es", "lo organiza Colombia?", "No.", ["OEA"]),
    ("mfa2021", "en", "Is Ecuador a co-organiser?", "Yes.", ["Government of Ecuador"]),
    ("rsd2026", "es", "el anfitrión es el INABVE?", "Sí.", ["INABVE"]),
    ("rsd2026", "en", "is it organised by the OAS?", "No.", ["European Union"]),
    ("va2020", "es", "Colombia modera el debate?", "No.", ["Tailandia"]),
    ("va2020", "en", "Thailand moderates the debate, right?", "Yes.", ["Thailand"]),
    ("mfa2021", "en", "is the EU funding it?", "Yes.", ["European Union"]),
    # a false premise: one false part makes the answer no; an ordinal; another event's dates
    (
        "rsd2026",
        "es",
        "¿El patrocinio cubre clase ejecutiva para el Viceministro de Guatemala?",
        "No.",
        ["económica"],
    ),
    ("va2020", "en", "it's the 20th anniversary of the Convention right?", "No.", ["22nd"]),
    (
        "rsd2026",
        "es",
        "tengo entendido que el plazo para pedir patrocinio es el 31 de mayo, correcto?",
        "No.",
        ["31 de marzo"],
    ),
    ("rsd2026", "en", "is it on 10 and 11 February?", "No.", ["May 2026", "Humanitarian Demining"]),
    # an indirect yes/no question
    (
        "rsd2026",
        "en",
        "the minister wants to know if the sponsorship includes business class",
        "No.",
        ["economy"],
    ),
    # who: the people who signed the invitation
    (
        "mfa2021",
        "en",
        "Who is Luis Almagro in this context?",
        "",
        ["Secretary General", "Organization of American States"],
    ),
    ("rsd2026", "en", "who is juan carlos ruan", "", ["Director"]),
    (
        "mfa2021",
        "es",
        "quién firma la invitación por parte del Perú y con qué cargo",
        "",
        ["Tenya", "Viceministro"],
    ),
    ("mfa2021", "en", "who pays", "", ["European Union"]),
    # why: the reason the invitation gives
    (
        "rsd2026",
        "en",
        "why is the EU paying for all this",
        "",
        ["Council of the European Union", "Siem Reap"],
    ),
    ("rsd2026", "es", "porque invitan a Argentina si alla no hay minas?", "", ["jurisdicción"]),
    ("mfa2021", "es", "para qué es el diálogo?", "", ["Ecuador", "plazo"]),
    ("mfa2021", "en", "Which countries is the 2021 dialogue meant to support?", "", ["Ecuador and Peru"]),
]


@pytest.mark.parametrize(("key", "lang", "text", "begins", "contains"), CASES)
def test_claims_premises_and_reasons(
    engine: Engine,  # noqa: F811
    registry: EventRegistry,  # noqa: F811
    key: str,
    lang: str,
    text: str,
    begins: str,
    contains: list[str],
) -> None:
    reply = engine.answer(text, event=registry.get(key), events=registry.all(), lang=lang, now=NOW)
    assert reply.kind == "answer", reply.html
    if begins:
        assert reply.html.startswith(begins), reply.html
    else:
        assert not reply.html.startswith(("Yes.", "No.", "Sí.")), reply.html
    assert all(folded(c) in folded(reply.html) for c in contains), reply.html


def test_organisations_are_named_by_acronym_or_initials() -> None:
    assert {"oas", "organization of american states"} <= aliases("Organization of American States (OAS)")
    assert "eu" in aliases("European Union") and "ue" in aliases("Unión Europea")


def test_que_and_como_join_clauses_unless_they_ask() -> None:
    assert is_yes_no("tengo entendido que es en mayo, correcto?")
    assert is_yes_no("¿es el 10 de febrero, como la invitación de la OEA?")
    assert not is_yes_no("¿a qué hora empieza?")
    assert not is_yes_no("como me inscribo?")
    assert asks_why("porque invitan a Argentina?") and not asks_why("vamos porque nos invitaron")
    assert check_ordinal("the 20th anniversary?", "the 22nd anniversary") is False
