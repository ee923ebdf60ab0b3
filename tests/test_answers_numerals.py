"""Numeric dates, 12-hour times, formal letters and typos read as the engine reads words (issue 10,
blind8 round): unit checks of the readings, and replies checked against the event files."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.engine import Engine
from bot.answers.numerals import in_figures
from bot.answers.wrapping import unwrap
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from tests.conftest import EVENTS_DIR

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("¿Es el 04/12/2020?", "¿Es el 4 dec 2020?"),
        ("Is it 12/04/2020 (US date format)?", "Is it 4 dec 2020 (US date format)?"),
        ("Is it on 2021-02-10?", "Is it on 10 feb 2021?"),
        ("¿del 10/02 al 11/02?", "¿del 10 feb al 11 feb?"),
        ("the deadline is 03/31", "the deadline is 31 mar"),
        ("starts at 1:30 pm", "starts at 13:30"),
        ("a las 3 de la tarde", "a las 15:00"),
        ("a las 8 de la mañana", "a las 08:00"),
        ("its 5-7 may right?", "its 5-7 may right?"),
        ("1.5 days, 13:30-15:30", "1.5 days, 13:30-15:30"),
    ],
)
def test_figures_are_read_as_dates_and_24_hour_times(text: str, read: str) -> None:
    assert in_figures(text) == read


def test_a_formal_letter_keeps_only_its_request() -> None:
    text = (
        "Distinguidos señores: por medio de la presente y con el debido respeto, nos permitimos consultar "
        "cuándo se realizará el Diálogo Regional. Atentamente, Dirección de Asuntos Multilaterales."
    )
    assert unwrap(text) == "consultar cuándo se realizará el Diálogo Regional."


@pytest.fixture(scope="module")
def ask() -> object:
    engine, registry = Engine(I18n(strict=True)), EventRegistry(EVENTS_DIR)

    def run(key: str, lang: str, text: str) -> tuple[str, str]:
        reply = engine.answer(text, event=registry.get(key), events=registry.all(), lang=lang, now=NOW)
        return reply.kind, reply.html

    return run


@pytest.mark.parametrize(
    ("key", "lang", "text", "start"),
    [
        ("va2020", "es", "¿El debate es el 04/12/2020?", "Sí"),
        ("va2020", "es", "¿Es el 2020-12-03?", "No"),
        ("mfa2021", "en", "The dialogue is on the 12th, right?", "No"),
        ("va2020", "en", "So it starts at 1:30 pm Geneva time and ends at 3:30 pm?", "Yes"),
        ("mfa2021", "es", "¿Empieza a las 3 de la tarde hora de Suiza?", "Sí"),
        ("mfa2021", "es", "En Ciudad de México, ¿sería a las 8 de la mañana?", "Sí"),
        ("va2020", "en", "It's hosted by the ISU and funded by Norway, right?", "No"),
        ("rsd2026", "es", "Entiendo que es en San Salvador y que dura cinco días, ¿cierto?", "No"),
    ],
)
def test_yes_no_checks_read_figures(ask: object, key: str, lang: str, text: str, start: str) -> None:
    kind, html = ask(key, lang, text)  # type: ignore[operator]
    assert kind == "answer"
    assert html.startswith(start), html


@pytest.mark.parametrize(
    ("key", "lang", "text"),
    [
        ("rsd2026", "es", "¿Puedo asistir como periodista?"),
        ("rsd2026", "en", "I'm a researcher studying victim assistance; can I attend?"),
        ("rsd2026", "es", "¿Pagan el traslado del aeropuerto al hotel?"),
    ],
)
def test_what_the_invitation_does_not_list_is_deferred(ask: object, key: str, lang: str, text: str) -> None:
    kind, _ = ask(key, lang, text)  # type: ignore[operator]
    assert kind == "defer"


def test_swapped_letters_and_autocorrect_are_repaired(ask: object) -> None:
    kind, html = ask("rsd2026", "en", "wehre is teh dialouge taking palce")  # type: ignore[operator]
    assert kind == "answer" and "San Salvador" in html
    kind, html = ask("mfa2021", "en", "how do i sing up for the feb dialouge")  # type: ignore[operator]
    assert kind == "answer" and "bit.ly/MineFreeAmericas" in html
