"""Acceptance: free-text questions through the local Bot API, honest deferral, and passing a question on."""

from __future__ import annotations

from datetime import UTC, datetime

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
    assert "31 de marzo de 2026, 23:59" in deadline.text and "cierra dentro de 11 días" in deadline.text
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
