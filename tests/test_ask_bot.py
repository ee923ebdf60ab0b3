"""Acceptance: free-text questions through the local Bot API, honest deferral, and passing a question on."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bot.localrun import RunningBot
from localapi import LocalBotApi
from storage.models import Question
from storage.questions import QuestionRepository


async def stored_questions(database_url: str, user_id: int) -> list[Question]:
    """Re-read a user's recorded questions from the database."""
    engine = create_async_engine(database_url)
    async with AsyncSession(engine) as session:
        found = await QuestionRepository(session).for_user(user_id)
    await engine.dispose()
    return found


async def test_spanish_answers_from_the_event_file(local_api: LocalBotApi, bot: RunningBot) -> None:
    ana = local_api.user(4001, first_name="Ana", language_code="es")
    await ana.send("/start rsd2026")
    await ana.replies(2)
    await ana.press("❓ Hacer una pregunta")
    assert "Escriba su pregunta" in (await ana.reply()).text
    await ana.send("hay traduccion??")
    (langs,) = await ana.replies(1)
    assert "Interpretación: inglés, español" in langs.text
    assert langs.buttons == []
    await ana.send("fecha?")
    assert "Primera semana de mayo de 2026" in (await ana.reply()).text
    await ana.send("¿hasta cuándo puedo pedir patrocinio?")
    (deadline,) = await ana.replies(1)
    assert "31 de marzo de 2026 (hora" in deadline.text and "23:59" not in deadline.text
    assert "cierra dentro de 11 días" in deadline.text
    closes = int(datetime(2026, 4, 1, 5, 59, 59, tzinfo=UTC).timestamp())
    assert any(e["type"] == "date_time" and e["unix_time"] == closes for e in deadline.entities)


async def test_english_question_from_a_spanish_speaker_is_answered_in_english(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    leo = local_api.user(4002, first_name="Leo", language_code="es")
    await leo.send("/start rsd2026")
    await leo.replies(2)
    await leo.send("who pays the flight")
    (reply,) = await leo.replies(1)
    assert "economy air travel" in reply.text and "Council of the European Union" in reply.text


async def test_time_in_another_place_and_another_event(local_api: LocalBotApi, bot: RunningBot) -> None:
    ivy = local_api.user(4003, first_name="Ivy", language_code="en")
    await ivy.send("/start va2020")
    await ivy.replies(2)
    await ivy.send("what time does it start in Bogota?")
    (there,) = await ivy.replies(1)
    assert "07:30–09:30 (Colombia Time, UTC−05:00)" in there.text
    assert int(datetime(2020, 12, 4, 12, 30, tzinfo=UTC).timestamp()) in {
        e["unix_time"] for e in there.entities if e["type"] == "date_time"
    }
    await ivy.send("and the 2021 dialogue, when was it?")
    (other,) = await ivy.replies(1)
    assert "About Regional Dialogue of Parties on Humanitarian Demining 2021" in other.text
    assert "10–11 February 2021" in other.text


async def test_unknown_answer_defers_and_the_question_is_passed_on(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    eva = local_api.user(4004, first_name="Eva", language_code="es")
    await eva.send("/start rsd2026")
    await eva.replies(2)
    await eva.send("¿Necesito visa para entrar a El Salvador?")
    (defer,) = await eva.replies(1)
    assert "no dice nada sobre visados" in defer.text
    assert "isu@apminebanconvention.org" in defer.text
    assert defer.buttons == ["📨 Transmitir mi pregunta a los organizadores"]
    (recorded,) = await stored_questions(database_url, 4004)
    assert (recorded.status, recorded.event_key, recorded.language) == ("recorded", "rsd2026", "es")
    assert recorded.text == "¿Necesito visa para entrar a El Salvador?"

    await eva.press("📨 Transmitir mi pregunta a los organizadores")
    assert "se transmitirá a los organizadores" in (await eva.reply()).text
    (requested,) = await stored_questions(database_url, 4004)
    assert requested.status == "requested"

    await eva.press(data=f"qrelay:{requested.id + 1000}", force=True)
    assert "Ya no encuentro esa pregunta" in (await eva.reply()).text


async def test_someone_elses_question_cannot_be_passed_on(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    bob = local_api.user(4005, first_name="Bob", language_code="en")
    await bob.send("/start va2020")
    await bob.replies(2)
    await bob.send("what is the zoom link?")
    (defer,) = await bob.replies(1)
    assert "bit.ly/CoopAssist-VA" in defer.text
    (question,) = await stored_questions(database_url, 4005)
    mallory = local_api.user(4006, first_name="Mal", language_code="en")
    await mallory.send("/start va2020")
    await mallory.replies(2)
    await mallory.press(data=f"qrelay:{question.id}", force=True)
    assert "could not find that question" in (await mallory.reply()).text
    (still,) = await stored_questions(database_url, 4005)
    assert still.status == "recorded"


async def test_ambiguous_event_asks_which_one(local_api: LocalBotApi, bot: RunningBot) -> None:
    sol = local_api.user(4007, first_name="Sol", language_code="es")
    await sol.send("/start va2020")
    await sol.replies(2)
    await sol.send("¿Cuándo es el Diálogo Regional de Partes en las Américas?")
    (which,) = await sol.replies(1)
    assert "¿A qué evento se refiere?" in which.text
    assert len(which.buttons) == 2
    past = next(b for b in which.buttons if "Desminado" in b)
    await sol.press(past)
    (answer,) = await sol.replies(1)
    assert "10–11 de febrero de 2021" in answer.text


async def test_a_question_outside_the_event_data_gets_an_honest_i_dont_know(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    rosa = local_api.user(4008, first_name="Rosa", language_code="es")
    await rosa.send("/start mfa2021")
    await rosa.replies(2)
    await rosa.send("¿De qué color es el logotipo del diálogo?")
    (reply,) = await rosa.replies(1)
    assert "No tengo esa información" in reply.text
    assert "https://bit.ly/MineFreeAmericas" in reply.text
    assert reply.buttons == ["📨 Transmitir mi pregunta a los organizadores"]
    (question,) = await stored_questions(database_url, 4008)
    assert (question.status, question.event_key) == ("recorded", "mfa2021")


# Issue 10's examples: (question, what the reply must contain, what it must not), in both languages.
ISSUE_EN = [
    ("When is the Regional Stakeholder Dialogue taking place?", ["First week of May 2026"], ["📍"]),
    ("where's the RSD being held", ["San Salvador"], ["bring"]),
    ("is business class covered for our ambassador?", ["No.", "Economy class only"], []),
    ("are the meals included?", ["Yes.", "meals"], []),
    ("has the san salvador programme been published yet?", ["No.", "eu-project"], ["Agenda"]),
    ("We are an NGO, can we get sponsorship?", ["by invitation only"], ["per State"]),
    ("How many people can Colombia send?", ["no limit on how many people", "sponsorship"], []),
    ("sponsorship deadline?", ["31 March 2026"], ["23:59"]),
]
ISSUE_ES = [
    ("¿Cuándo se celebra el Diálogo Regional de Partes Interesadas?", ["Primera semana de mayo"], ["📍"]),
    ("donde es el RSD", ["San Salvador"], []),
    ("¿cubren clase business para nuestro embajador?", ["No.", "Solo clase económica"], []),
    ("incluye las comidas?", ["Sí.", "comidas"], []),
    ("ya publicaron el programa de san salvador?", ["No.", "eu-project"], ["Agenda"]),
    ("somos una ONG, ¿podemos recibir patrocinio?", ["solo por invitación"], ["por Estado"]),
    ("¿cuántas personas puede enviar Colombia?", ["no limita cuántas personas", "patrocinio"], []),
    ("plazo del patrocinio?", ["31 de marzo de 2026"], ["23:59"]),
]


async def _check_examples(user: object, examples: list[tuple[str, list[str], list[str]]]) -> None:
    for text, present, absent in examples:
        await user.send(text)  # type: ignore[attr-defined]
        (reply,) = await user.replies(1)  # type: ignore[attr-defined]
        assert all(p in reply.text for p in present), (text, reply.text)
        assert not any(a in reply.text for a in absent), (text, reply.text)
        assert "📨" not in " ".join(reply.buttons), (text, reply.text)  # answered, not deferred


# The 2021 dialogue's examples: which States it serves, who organises it, a wrong clock time.
ISSUE_MFA = {
    "en": [
        (
            "Which countries is the 2021 dialogue meant to support?",
            ["Ecuador and Peru"],
            ["does not say where"],
        ),
        ("is this organised by the OAS?", ["Yes.", "Organization of American States"], []),
        ("is this organised by the ISU and El Salvador?", ["No.", "Organization of American States"], []),
        ("9am geneva time yes?", ["No.", "15:00"], []),
    ],
    "es": [
        ("¿Qué países busca apoyar el diálogo de 2021?", ["Ecuador y Perú"], ["no dice dónde"]),
        ("lo organiza la OEA cierto?", ["Sí.", "Organización de los Estados Americanos"], []),
        ("¿lo organizan la ISU y El Salvador?", ["No.", "Organización de los Estados Americanos"], []),
        ("a las 9 hora de ginebra verdad?", ["No.", "15:00"], []),
    ],
}
OTHER_EVENT = {"en": "Humanitarian Demining 2021", "es": "Desminado Humanitario 2021"}
PREMISES = {
    "en": ("the san salvador dialogue is on 10 and 11 february right?", "First week of May 2026"),
    "es": ("el diálogo de san salvador es el 10 y 11 de febrero verdad?", "Primera semana de mayo de 2026"),
}


@pytest.mark.parametrize(("lang", "examples"), [("en", ISSUE_EN), ("es", ISSUE_ES)])
async def test_issue_examples_answer_rightly(
    local_api: LocalBotApi, bot: RunningBot, lang: str, examples: list[tuple[str, list[str], list[str]]]
) -> None:
    kim = local_api.user(4011, first_name="Kim", language_code=lang)
    await kim.send("/start rsd2026")
    await kim.replies(2)
    await _check_examples(kim, examples)
    await kim.send("/start mfa2021")
    await kim.replies(2)
    question, dates = PREMISES[lang]
    await kim.send(question)
    (premise,) = await kim.replies(1)
    assert premise.text.startswith("No.") and dates in premise.text
    assert OTHER_EVENT[lang] in premise.text  # the dates it took for granted are the 2021 dialogue's
    await _check_examples(kim, ISSUE_MFA[lang])


async def test_small_talk_gets_a_greeting_or_the_menu_never_a_deferral(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    tom = local_api.user(4013, first_name="Tom", language_code="en")
    await tom.send("/start va2020")
    await tom.replies(2)
    for text in ("menu", "ayuda", "?", "hola", "help", "gracias"):
        await tom.send(text)
        (reply,) = await tom.replies(1)
        assert "information" not in reply.text and "información" not in reply.text, (text, reply.text)
        assert "📨" not in " ".join(reply.buttons), text
    await tom.send("menu")
    (menu,) = await tom.replies(1)
    assert "❓ Ask a question" in menu.buttons


async def test_a_long_answer_is_short_with_the_whole_section_one_button_away(
    local_api: LocalBotApi, bot: RunningBot
) -> None:
    ada = local_api.user(4014, first_name="Ada", language_code="en")
    await ada.send("/start rsd2026")
    await ada.replies(2)
    await ada.send("what is on the agenda?")
    (short,) = await ada.replies(1)
    assert len(short.text) <= 1000 and "Victim Assistance" in short.text
    await ada.press("📖 The whole section")
    (screen,) = await ada.replies(1)  # the programme's first part, the agenda one button away
    assert "Programme" in screen.text and "📋 Agenda" in screen.buttons
    await ada.press("📋 Agenda", message=screen)
    (agenda,) = await ada.replies(1)
    assert "National implementation measures" in agenda.text
