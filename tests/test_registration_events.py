"""Acceptance: what each kind of event asks: its own questions (va2020), an external page (mfa2021), a past
event, an event without [registration], and opening dates."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi
from tests.conftest import EVENTS_DIR, make_settings
from tests.support.registration import EN, ES, Stored, drive, open_rsvp, say, tap

BEFORE_VA2020 = datetime(2020, 11, 20, 12, 0, tzinfo=UTC)


async def test_virtual_debate_asks_its_own_questions(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    clock.set(BEFORE_VA2020)
    u = local_api.user(5001, first_name="Rosa", language_code="es")
    consent = await open_rsvp(u, "va2020")
    assert "https://bit.ly/CoopAssist-VA" in consent.text  # the organisers' own page is mentioned
    await drive(u, [("press", ES.agree), ("send", "Rosa Díaz"), ("send", "Oficial"), ("press", ES.ngo)])
    await drive(u, [("send", "Colombia"), ("send", "Red de Sobrevivientes")])
    interpretation = await say(u, "rosa@red.org")  # no phone at this event
    assert interpretation.buttons == ["Árabe", "Inglés", "Francés", "Español", "No necesito interpretación"]
    await drive(u, [("press", "Español"), ("press", "⬜ Lengua de señas")])
    contribution = await tap(u, ES.done)  # a virtual event: no dietary question
    assert "¿Desea presentar una pregunta" in contribution.text
    assert contribution.buttons == [
        "Presentar una pregunta",
        "Solicitar tomar la palabra para compartir experiencias",
        "No, gracias",
        ES.skip,
    ]
    text_question = await tap(u, "Solicitar tomar la palabra para compartir experiencias")
    assert "Escriba su pregunta" in text_question.text and text_question.buttons == [ES.skip]
    summary = await say(u, "La experiencia de Colombia con fondos regionales.")
    assert "Solicitar tomar la palabra" in summary.text
    done = await tap(u, ES.confirm)
    assert "VA-" in done.text and ES.request not in done.buttons  # va2020 has no sponsorship

    stored = await Stored(database_url).registration(5001)
    assert stored.reference.startswith("VA-") and stored.dietary is None
    text = "La experiencia de Colombia con fondos regionales."
    assert stored.answers == {"contribution": "floor", "contribution_text": text}
    assert (stored.interpretation_language, stored.accessibility) == ("es", ["sign_language"])


async def test_past_event_takes_no_registration(
    local_api: LocalBotApi, bot: RunningBot, database_url: str
) -> None:
    u = local_api.user(5002, first_name="Ken", language_code="en")
    reply = await open_rsvp(u, "mfa2021")
    assert "has ended, so it no longer takes registrations" in reply.text
    assert "https://bit.ly/MineFreeAmericas" in reply.text
    assert await Stored(database_url).drafts(5002) == []


async def test_registration_not_open_yet(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 3, 10, 12, 0, tzinfo=UTC))
    u = local_api.user(5003, first_name="Ivy", language_code="en")
    reply = await open_rsvp(u)
    assert "Registration opens on 16 March 2026, 00:00 (El Salvador time)" in reply.text
    assert "isu@apminebanconvention.org" in reply.text
    assert await Stored(database_url).drafts(5003) == []


@pytest.fixture
async def bot_without_registration(
    tmp_path: Path, local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> AsyncIterator[RunningBot]:
    """rsd2026 as it would be without its [registration] table (and with its FAQ, unchanged)."""
    events = tmp_path / "events"
    events.mkdir()
    text = (EVENTS_DIR / "rsd2026.toml").read_text(encoding="utf-8")
    head, _, tail = text.partition("\n[registration]\n")
    (events / "rsd2026.toml").write_text(head + "\n" + tail[tail.index("\n[[faq]]") :], encoding="utf-8")
    shutil.copy(EVENTS_DIR / "va2020.toml", events / "va2020.toml")
    running = RunningBot(make_settings(local_api, database_url, EVENTS_DIR=str(events)), clock, strict=True)
    await running.start()
    yield running
    await running.stop()


async def test_event_without_registration_says_whom_to_contact(
    local_api: LocalBotApi, bot_without_registration: RunningBot, database_url: str
) -> None:
    u = local_api.user(5004, first_name="Al", language_code="en")
    reply = await open_rsvp(u)
    assert "I do not take registrations for" in reply.text and "isu@apminebanconvention.org" in reply.text
    await u.press("👤 My registration")
    assert "You have no registration" in (await u.reply()).text
    assert await Stored(database_url).drafts(5004) == []
    assert EN.agree not in reply.buttons
