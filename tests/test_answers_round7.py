"""Rules added in session 7's round on blind16: counts of what the invitation lists, what to do to take
part, another event named by its format, its link or the country it is in, summaries, complaints, a number
of days or "all day" checked, and a place named before the question ("Belize here –").

Each case: the current event, the language, the question, the kind of reply, how it must begin ("" when
any beginning will do), the event the reply is about, and text it must contain (case- and
accent-insensitively). The questions are paraphrases, not the labelled ones. In process, no Telegram.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.engine import Engine
from bot.events.registry import EventRegistry
from tests.support.answer_cases import check_case
from tests.test_answers_dev import engine, registry  # noqa: F401 (shared fixtures)

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)

CASES = [
    # counts read off the event file's own lists, said in words
    ("rsd2026", "en", "how many States are on the list?", "answer", "", "rsd2026", ["twelve", "Suriname"]),
    (
        "rsd2026",
        "es",
        "¿cuántos países declararon haber cumplido el artículo 5?",
        "answer",
        "",
        "rsd2026",
        ["siete"],
    ),
    (
        "rsd2026",
        "en",
        "how many countries carry out Article 5 activities?",
        "answer",
        "",
        "rsd2026",
        ["three"],
    ),
    ("mfa2021", "es", "¿cuántas personas firmaron la carta?", "answer", "", "mfa2021", ["tres", "Almagro"]),
    (
        "va2020",
        "en",
        "how many cooperation models are listed?",
        "answer",
        "",
        "va2020",
        ["seven", "South-South"],
    ),
    (
        "rsd2026",
        "es",
        "¿cuántos puntos tiene la parte de contaminación residual?",
        "answer",
        "",
        "rsd2026",
        ["cuatro"],
    ),
    ("va2020", "es", "¿a cuántos idiomas hay interpretación?", "answer", "", "va2020", ["cuatro", "árabe"]),
    ("mfa2021", "en", "how many hours in total over both sessions?", "answer", "", "mfa2021", ["six hours"]),
    # the list's own heading words ("especially encouraged") ask for the whole list, not one of its lines
    (
        "rsd2026",
        "en",
        "how many countries are particularly encouraged to participate?",
        "answer",
        "",
        "rsd2026",
        ["twelve"],
    ),
    # a number of days guessed after the question
    ("mfa2021", "en", "how many days was it? two?", "answer", "Yes.", "mfa2021", ["February"]),
    # a count of days is not a count of agenda items
    ("rsd2026", "en", "how many days on residual contamination?", "answer", "", "rsd2026", ["one day"]),
    # what to do to take part: the registration step, with its deadline or link
    ("rsd2026", "en", "what do we need to do to attend?", "answer", "", "rsd2026", ["31 March", "isu@"]),
    (
        "mfa2021",
        "es",
        "¿qué hay que hacer para participar?",
        "answer",
        "",
        "mfa2021",
        ["bit.ly/MineFreeAmericas"],
    ),
    # another event named by its format, its own link's words, or the country it is held in
    ("rsd2026", "en", "the one that was online in December, who opened it?", "answer", "", "va2020", []),
    ("va2020", "en", "the Mine Free Americas dialogue: who signed it?", "answer", "", "mfa2021", ["Almagro"]),
    ("mfa2021", "en", "the dialogue in El Salvador, who organises it?", "answer", "", "rsd2026", []),
    # a summary, a complaint
    ("rsd2026", "en", "main points please, very short", "answer", "", "rsd2026", ["San Salvador", "May"]),
    ("va2020", "es", "este bot no sirve para nada", "answer", "", "va2020", ["Pregúnteme"]),
    # a number of days, or "all day", taken for granted
    ("mfa2021", "en", "it ran over 2 days, right?", "answer", "Yes.", "mfa2021", ["February"]),
    ("mfa2021", "es", "¿fueron 3 días?", "answer", "No.", "mfa2021", ["febrero"]),
    ("va2020", "en", "does the debate last all day?", "answer", "No.", "va2020", ["2 hours"]),
    # a number next to "anniversary" counts years, not a day; "la firma" of the Convention is its signing
    ("va2020", "es", "¿qué aniversario de la firma se celebra, el 21?", "answer", "", "va2020", ["22"]),
    # a place name misspelt by one letter; an organisation's acronym ("OAS") is not a place ("Oas")
    ("mfa2021", "en", "what time was it in Tegucigalpaa?", "answer", "", "mfa2021", ["08:00"]),
    ("va2020", "en", "what time was the OAS dialogue?", "answer", "", "mfa2021", ["15:00"]),
    # a place named before the question gives the time zone
    ("va2020", "en", "Guatemala here: what time does it start for us?", "answer", "", "va2020", ["06:30"]),
    # when a named State speaks: the order of speakers, which the invitation does not give
    ("mfa2021", "en", "when does Peru speak?", "defer", "", "mfa2021", ["bit.ly/MineFreeAmericas"]),
    # an e-mail address to send something to, where the invitation gives none
    (
        "va2020",
        "en",
        "which email do I send my question to?",
        "defer",
        "",
        "va2020",
        ["bit.ly/CoopAssist-VA"],
    ),
    # what a term means: one the texts never use is not explained; an agenda heading lists its items
    (
        "rsd2026",
        "en",
        "what does the letter mean by 'gender mainstreaming'?",
        "defer",
        "",
        "rsd2026",
        ["isu@"],
    ),
    ("rsd2026", "es", "¿qué significa 'contaminación residual'?", "answer", "", "rsd2026", ["desconocidas"]),
    # either/or about the field visit's length: the note says half a day
    (
        "rsd2026",
        "es",
        "la visita de campo es de día completo o medio día?",
        "answer",
        "",
        "rsd2026",
        ["medio día"],
    ),
    # a nationality next to "government" names a State (here as a funder, which it is not)
    (
        "rsd2026",
        "en",
        "the Peruvian government pays the sponsorships, right?",
        "answer",
        "No.",
        "rsd2026",
        ["European Union"],
    ),
    # a State named before the question ("Colombia here –") asks about itself
    (
        "rsd2026",
        "en",
        "Colombia here: can we request sponsorship?",
        "answer",
        "Yes.",
        "rsd2026",
        ["Colombia"],
    ),
    # how to join: the registration step; "agendar" is putting it in a diary, not the programme
    ("mfa2021", "en", "how can we join this dialogue?", "answer", "", "mfa2021", ["bit.ly/MineFreeAmericas"]),
    ("va2020", "es", "para agendarlo: ¿a qué hora empieza?", "answer", "", "va2020", ["13:30"]),
    # an indirect yes/no question first, then another question: the yes or no still comes first
    (
        "rsd2026",
        "es",
        "quisiera saber si Chile puede pedir patrocinio y también cuántas personas pueden ir",
        "answer",
        "Sí.",
        "rsd2026",
        ["Chile"],
    ),
    # a dictated message, no question mark, ending in a yes/no question; the event's title words
    # ("a debate on financing victim assistance") name it and ask nothing about funding
    (
        "va2020",
        "en",
        "hello a friend sent me the note about the debate on financing victim assistance "
        "my english is poor will there be spanish interpretation",
        "answer",
        "Yes.",
        "va2020",
        ["Spanish"],
    ),
    # an acronym asked about "in" some part of the text; a UTC offset is not an acronym
    ("va2020", "en", "what is HI in the background?", "answer", "", "va2020", ["Humanity"]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_round7_rules(engine: Engine, registry: EventRegistry, case: tuple) -> None:  # noqa: F811
    check_case(engine, registry, NOW, case)


def test_an_offset_is_not_read_as_an_acronym(engine: Engine, registry: EventRegistry) -> None:  # noqa: F811
    reply = engine.answer(
        "what does GMT+1 mean in the invitation?",
        event=registry.get("mfa2021"),
        events=registry.all(),
        lang="en",
        now=NOW,
    )
    assert "stands for" not in reply.html
    assert "Switzerland" in reply.html


def test_a_partial_count_of_days_is_not_checked_as_the_whole(
    engine: Engine,  # noqa: F811
    registry: EventRegistry,  # noqa: F811
) -> None:
    reply = engine.answer(
        "so it's 2 days on victim assistance and 1 on clearance, correct?",
        event=registry.get("rsd2026"),
        events=registry.all(),
        lang="en",
        now=NOW,
    )
    assert not reply.html.startswith("No."), reply.html
