"""Acceptance, on SQLite and PostgreSQL alike: what people type is stored without control characters
(PostgreSQL refuses NUL in text), and a typed answer longer than its column is refused at its step, with a
message in the delegate's language, instead of failing at Confirm."""

from __future__ import annotations

import pytest

from bot.clock import FixedClock
from bot.i18n import I18n
from bot.localrun import RunningBot
from localapi import LocalBotApi
from storage.models import Invitation, Registration
from storage.models.base import text_limit
from tests.support.organisers import ORGANISER, organisers_bot, questions
from tests.support.registration import EN, ES, Labels, Stored, drive, open_rsvp, say, tap
from tests.support.waiting import PATIENCE, eventually

# 54 characters, longer than the phone column: read by phonenumbers, it is stored as "+503 2222 3333".
LONG_PHONE = "+503-2222-3333" + "-" * 40


@pytest.mark.parametrize(("labels", "lang"), [(EN, "en"), (ES, "es")])
async def test_control_characters_are_dropped_and_a_long_written_phone_is_stored_normalised(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, labels: Labels, lang: str
) -> None:
    u = local_api.user(6301 if lang == "en" else 6302, first_name="Ana", language_code=lang)
    await open_rsvp(u)
    await drive(u, [("press", labels.agree), ("send", "Ana\x00 Pé\x07rez"), ("send", "Focal\x00 point")])
    await drive(u, [("press", labels.state), ("send", "Peru"), ("send", "Ministry\x00 of Foreign Affairs")])
    await say(u, "ana\x00@example.org")
    refused = await say(u, "+503 2222\x00 333")
    assert I18n().t(lang, "flow-error-phone") in refused.text
    assert len(LONG_PHONE) > text_limit(Registration, "phone")
    await say(u, LONG_PHONE)
    language = "Spanish" if labels is EN else "Español"
    await drive(u, [("press", language), ("press", labels.none)])
    await tap(u, "None" if labels is EN else "Ninguno")
    done = await tap(u, labels.confirm)
    assert "RSD-" in done.text

    stored = await Stored(database_url).registration(u.id)
    assert (stored.full_name, stored.position, stored.organisation) == (
        "Ana Pérez",
        "Focal point",
        "Ministry of Foreign Affairs",
    )
    assert (stored.email, stored.phone) == ("ana@example.org", "+503 2222 3333")


async def test_questions_and_answers_are_stored_without_control_characters(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        eva = local_api.user(6303, first_name="Eva", language_code="es")
        await eva.send("/start rsd2026")
        await eva.replies(2, PATIENCE)
        defer = await say(eva, "¿Necesito\x00 visa para entrar a El Salvador?")
        since = org.mark()
        await eva.press(defer.buttons[0])
        (post,) = await org.posts(since)
        await eventually(lambda: questions(org.url), lambda found: found[0].status == "relayed")
        since = org.mark()
        await org.member(ORGANISER).send("No\x00 hace falta\x1b visa.", reply_to=post)
        told = await local_api.wait_for_messages(eva.id, 1, PATIENCE, since=since)
        assert "No hace falta visa." in told[0].text
    (question,) = await questions(database_url)
    assert question.text == "¿Necesito visa para entrar a El Salvador?"
    assert question.answer == "No hace falta visa."


async def test_an_invitation_for_an_organisation_name_too_long_is_refused_with_a_reason(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    name = "Survivors\x00 Network " + "of the Americas " * 12  # 211 characters once the NUL is dropped
    async with organisers_bot(local_api, database_url, clock) as org:
        olga = org.member(ORGANISER)
        limit = text_limit(Invitation, "organisation")
        refused = await say(olga, f"/invite rsd2026 {name}")
        shown = " ".join(name.replace("\x00", "").split())
        assert refused.text == I18n().t("en", "org-invite-too-long", length=len(shown), max=limit)
        assert "INV-" in (await say(olga, "/invite rsd2026 Survivors\x00 Network")).text
    (invitation,) = await Stored(database_url).invitations()
    assert invitation.organisation == "Survivors Network"
