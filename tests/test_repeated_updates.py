"""Telegram re-delivers an update it believes failed: a repeated update id is processed once, silently."""

from __future__ import annotations

from bot.localrun import RunningBot
from localapi import LocalBotApi
from storage.models import AuditEntry
from tests.support.database import rows
from tests.support.registration import EN, Stored, drive, open_rsvp, rsvp_steps
from tests.support.waiting import PATIENCE


async def test_a_repeated_confirmation_is_processed_once_and_says_nothing(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4101, first_name="Rita", language_code="en")
    await open_rsvp(u)
    await drive(u, rsvp_steps(EN, "Rita Solis", "Peru", "rita@example.org"))
    confirm = await u.press(EN.confirm)
    (confirmation,) = await u.replies(1, PATIENCE)
    assert "You are registered" in confirmation.text
    local_api.state.updates.repeat(confirm)
    local_api.state.updates.repeat(confirm)
    await u.send("/help")  # the chat's updates are processed in order: its reply comes after the repeats
    (after,) = await u.replies(1, PATIENCE)
    assert "/register" in after.text  # the help text, and nothing else (no apology, no second confirmation)
    assert len(await Stored(database_url).registrations(4101)) == 1
    confirmed = [e for e in await rows(database_url, AuditEntry) if e.action == "registration.confirmed"]
    assert len(confirmed) == 1


async def test_a_repeat_after_a_restart_is_still_skipped(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(4102, first_name="Raúl", language_code="es")
    start = await u.send("/start rsd2026")
    await u.replies(2, PATIENCE)
    await bot.restart()
    local_api.state.updates.repeat(start)
    await u.send("/help")
    (after,) = await u.replies(1, PATIENCE)
    assert "/register" in after.text  # no second greeting before it
