"""Acceptance: editing and withdrawing, restarts and second processes, pauses and expiry, /cancel."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FixedClock
from bot.localrun import RunningBot
from bot.workers.expiry import JOB_NAME, expire_idle, forget_paused_drafts
from localapi import LocalBotApi
from tests.conftest import TOKEN, make_settings
from tests.support.registration import EN, ES, Stored, drive, open_rsvp, register, rsvp_steps, say, tap
from tests.support.waiting import PATIENCE


async def test_edit_an_answer_then_withdraw_with_confirmation(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4001, first_name="Ines", language_code="es")
    await register(u, ES, "Inés Castro", "Ecuador", "ines@example.ec")
    before = await Stored(database_url).registration(4001)
    view = await say(u, "/myregistration")
    assert before.reference in view.text and "Correo electrónico: ines@example.ec" in view.text
    assert view.buttons == ["✏️ Cambiar mi inscripción", ES.request, "🗑 Retirar mi inscripción"]
    summary = await tap(u, "✏️ Cambiar mi inscripción")
    assert "Revise sus respuestas" in summary.text
    which = await tap(u, ES.edit)
    assert "Correo electrónico" in which.buttons and "↩️ Volver al resumen" in which.buttons
    email = await tap(u, "Correo electrónico")
    assert "Respuesta actual: ines@example.ec" in email.text
    assert "no parece una dirección" in (await say(u, "ines(at)example.ec")).text
    back = await say(u, "ines.castro@cancilleria.gob.ec")
    assert "Correo electrónico: ines.castro@cancilleria.gob.ec" in back.text
    updated = await tap(u, ES.confirm)
    assert before.reference in updated.text and "se ha actualizado" in updated.text
    after = await Stored(database_url).registration(4001)
    assert (after.email, after.reference, after.full_name) == (
        "ines.castro@cancilleria.gob.ec",
        before.reference,
        "Inés Castro",
    )

    await say(u, "/myregistration")
    ask = await tap(u, "🗑 Retirar mi inscripción")
    assert (
        "¿Seguro que desea retirar" in ask.text
        and (await Stored(database_url).registration(4001)).status == "confirmed"
    )
    done = await tap(u, "Sí, retirar")
    assert "Se ha retirado su inscripción" in done.text
    await u.press("Sí, retirar")  # a second tap on the same button
    assert "No hay ninguna inscripción" in (await u.reply()).text
    withdrawn = await Stored(database_url).registration(4001)
    assert (withdrawn.status, withdrawn.withdrawn_at is not None) == ("withdrawn", True)


async def test_restart_in_the_middle_continues_at_the_same_step(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4002, first_name="Raul", language_code="es")
    await open_rsvp(u)
    steps = rsvp_steps(ES, "Raúl Vega", "Honduras", "raul@example.hn")
    await drive(u, steps[:5])
    await bot.restart()
    organisation = await say(u, "Secretaría de Defensa")
    assert "correo electrónico" in organisation.text
    await drive(u, steps[6:])
    await tap(u, ES.confirm)
    stored = await Stored(database_url).registration(4002)
    assert (stored.full_name, stored.country, stored.organisation) == (
        "Raúl Vega",
        "HN",
        "Secretaría de Defensa",
    )


async def test_a_second_process_on_the_same_database_continues_the_conversation(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    u = local_api.user(4003, first_name="Lia", language_code="en")
    await open_rsvp(u)
    await drive(u, [("press", EN.agree), ("send", "Lia Moreno")])
    from localapi import LocalBotApi as Api

    async with Api(token=TOKEN, bot_username="other_bot") as other_api:
        # One bot's updates have distinct ids whichever process receives them (repeats are skipped).
        other_api.state.updates.next_id = 1_000_000
        other = RunningBot(make_settings(other_api, database_url), clock, strict=True)
        await other.start()
        try:
            same = other_api.user(4003, first_name="Lia", language_code="en")
            # The same Telegram chat: message ids continue where the first process saw them.
            other_api.state.chats[4003].last_message_id = local_api.state.chats[4003].last_message_id
            await same.send("/start rsd2026")
            await same.replies(3)  # greeting, header, and the note that the registration is paused
            resumed = await tap(same, "▶️ Continue where you left off")
            assert "position" in resumed.text
            await say(same, "Adviser")
        finally:
            await other.stop()
    assert (await Stored(database_url).drafts(4003))[0].data["position"] == "Adviser"


async def test_double_taps_old_buttons_and_redelivered_messages_change_nothing(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4004, first_name="Tom", language_code="en")

    async def all_answered() -> None:
        await local_api.wait_until(lambda: all(a.answered for a in u.answers), PATIENCE)

    await open_rsvp(u)
    await tap(u, EN.agree)
    update = await u.send("Tom Reyes")
    assert "position" in (await u.reply()).text
    local_api.state.updates.push("message", update["message"])  # Telegram delivers the same message again
    kind = await say(u, "Deputy Director")
    assert "Whom do you represent" in kind.text
    await u.press(EN.agree)  # the consent button, two steps ago
    await u.press(EN.state)
    await u.press(EN.state)  # a double tap
    await all_answered()
    stored = (await Stored(database_url).drafts(4004))[0]
    assert stored.data["full_name"] == "Tom Reyes" and stored.data["position"] == "Deputy Director"
    assert stored.step == "country" and stored.data["delegation_type"] == "state"
    stale = [a.answer["text"] for a in u.answers if a.answer and a.answer.get("text")]
    assert len(stale) == 2 and all("earlier step" in text for text in stale)

    await drive(u, rsvp_steps(EN, "", "Peru", "tom@example.org")[4:9])
    await u.press("⬜ Sign language")
    await u.press("⬜ Sign language")  # a double tap on a toggle: still on, and no error
    await all_answered()
    await drive(u, [("press", EN.done), ("press", "None")])
    await u.press(EN.confirm)
    await u.press(EN.confirm)
    await all_answered()
    (registration,) = await Stored(database_url).registrations(4004)
    assert registration.accessibility == ["sign_language"]
    assert not [c for c in local_api.calls() if c.ok is False]


async def test_sticker_photo_and_commands_mid_conversation(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4005, first_name="Sol", language_code="es")
    await open_rsvp(u)
    await tap(u, ES.agree)
    await u.send_sticker()
    hint = await u.reply()
    assert "Aquí solo puedo leer texto" in hint.text and "nombre completo" in hint.text
    await u.send_photo()
    assert "nombre completo" in (await u.reply()).text
    assert "parece una pregunta" in (await say(u, "¿Cuándo empieza?")).text
    await u.send("/help")
    help_text, paused = await u.replies(2)
    assert "/start" in help_text.text and "He pausado su inscripción" in paused.text
    assert paused.buttons == ["▶️ Continuar donde lo dejé", "🔄 Empezar de nuevo"]
    offered = await say(u, "/register")
    assert "en curso" in offered.text
    resumed = await tap(u, "▶️ Continuar donde lo dejé")
    assert "nombre completo" in resumed.text
    await say(u, "Sol Ramírez")
    cancelled = await say(u, "/cancel")
    assert "Detenido" in cancelled.text
    assert await Stored(database_url).drafts(4005) == []
    assert await Stored(database_url).registrations(4005) == []


async def test_idle_conversation_expires_once_and_resumes(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    assert [job.name for job in bot.app.job_queue.jobs()] == [JOB_NAME]
    u = local_api.user(4006, first_name="Ada", language_code="en")
    await open_rsvp(u)
    await drive(u, [("press", EN.agree), ("send", "Ada Quispe")])
    clock.advance(timedelta(minutes=59))
    assert await expire_idle(bot.app.runtime) == []
    clock.advance(timedelta(minutes=2))
    expired, again = await expire_idle(bot.app.runtime), await expire_idle(bot.app.runtime)
    assert len(expired) == 1 and again == []
    notice = (await u.replies(2))[-1]
    assert "has waited 60 minutes" in notice.text and "Regional Stakeholder Dialogue" in notice.text
    assert (await Stored(database_url).drafts(4006))[0].expired is True
    await say(u, "What is the dress code?")  # paused: free text is a question again, not an answer
    assert "position" not in (await Stored(database_url).drafts(4006))[0].data
    resumed = await tap(u, "▶️ Continue where you left off")
    assert "position" in resumed.text
    assert "Whom do you represent" in (await say(u, "Analyst")).text
    restarted = await tap(u, "🔄 Start over")
    assert "Do you agree?" in restarted.text
    assert (await Stored(database_url).drafts(4006))[0].data == {}


async def test_a_conversation_set_aside_too_long_is_deleted_and_its_button_says_so(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    u = local_api.user(4016, first_name="Eva", language_code="es")
    await open_rsvp(u)
    await drive(u, [("press", ES.agree), ("send", "Eva Quispe")])
    clock.advance(timedelta(minutes=61))
    assert len(await expire_idle(bot.app.runtime)) == 1
    await u.replies(2)  # the notice that it was set aside, with its buttons
    clock.advance(timedelta(days=29))
    assert await forget_paused_drafts(bot.app.runtime) == 0  # within DRAFT_RETENTION_DAYS (30): kept
    assert (await Stored(database_url).drafts(4016))[0].data
    clock.advance(timedelta(days=2))
    assert await forget_paused_drafts(bot.app.runtime) == 1
    assert await Stored(database_url).drafts(4016) == []
    gone = await tap(u, "▶️ Continuar donde lo dejé")
    assert "ya no está disponible" in gone.text and "30 días" in gone.text
    assert await Stored(database_url).registrations(4016) == []


async def test_a_text_answer_sent_twice_is_kept_once(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    u = local_api.user(4017, first_name="Sol", language_code="es")
    await open_rsvp(u)
    await drive(u, [("press", ES.agree), ("send", "Sol Ramírez")])
    again = await say(u, "Sol Ramírez")  # a double send: not the answer to the next question
    assert "dos veces" in again.text
    (draft,) = await Stored(database_url).drafts(4017)
    assert draft.data.get("full_name") == "Sol Ramírez" and "position" not in draft.data
    clock.advance(timedelta(seconds=11))  # the same text a while later is an answer to this question
    later = await say(u, "Sol Ramírez")
    assert "dos veces" not in later.text
    (draft,) = await Stored(database_url).drafts(4017)
    assert draft.data.get("position") == "Sol Ramírez"
