"""Acceptance: a delegate's /mydata and /forget through the local Bot API; the database re-read after."""

from __future__ import annotations

import json
from datetime import date

from bot.clock import FixedClock
from bot.services.sponsorship.service import SponsorshipService
from localapi import LocalBotApi, LocalUser
from storage.db import Database
from tests.support.organiser_tools import (
    ADMIN,
    Rows,
    answers,
    in_group,
    organisers_bot,
    ours,
    request_for_myself,
)
from tests.support.registration import EN, ES, Stored, drive, open_rsvp, register, say, tap


async def _registered_with_everything(local_api: LocalBotApi, database_url: str) -> tuple[LocalUser, str]:
    """Eli: a registration, a sponsorship request holding a seat, an unanswered question, a paused draft."""
    eli = local_api.user(5001, first_name="Eli", language_code="en")
    await register(eli, EN, "Eli Mora", "Guatemala", "eli@example.gt")
    await request_for_myself(eli, "Guatemala City")
    await eli.send("What colour is the logo of the dialogue?")
    await eli.replies(1)
    await tap(eli, EN.request)  # a second request, left half-way: a draft
    return eli, (await Stored(database_url).registration(5001)).reference


async def test_mydata_shows_and_sends_everything_stored(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        eli, reference = await _registered_with_everything(local_api, database_url)
        (request,) = await Stored(database_url).requests(5001)
        db = Database(database_url)
        async with db.session() as session:
            assert (await SponsorshipService(session, clock.now()).decide(request.id, "approved", 77)).ok
        await db.dispose()
        await eli.send("/mydata")
        replies = await eli.replies(3)
    text = "\n".join(r.text or "" for r in replies if not r.document)
    for expected in (
        "Telegram user id: 5001",
        f"{reference} · Regional Stakeholder Dialogue in the Americas 2026 (confirmed)",
        "Full name: Eli Mora",
        "E-mail: eli@example.gt",
        "City of departure: Guatemala City",
        "• Eli Mora: ✅ approved",
        "“What colour is the logo of the dialogue?”",
        "Sponsorship request for Regional Stakeholder Dialogue",
        "send /forget",
    ):
        assert expected in text, expected
    (document,) = [r for r in replies if r.document]
    assert document.document["file_name"] == "mydata-20260320.json"  # type: ignore[index]
    data = json.loads(document.data or b"")
    assert data["user"]["id"] == 5001 and data["user"]["language"] == "en"
    (registration,) = data["registrations"]
    assert (registration["reference"], registration["full_name"], registration["country"]) == (
        reference,
        "Eli Mora",
        "GT",
    )
    (stored_request,) = data["sponsorship_requests"]
    assert (stored_request["departure_city"], stored_request["status"]) == ("Guatemala City", "approved")
    assert stored_request["decided_by"] is None  # the organiser's Telegram id is theirs, not the delegate's
    assert [q["text"] for q in data["questions"]] == ["What colour is the logo of the dialogue?"]
    assert [d["kind"] for d in data["drafts"]] == ["sponsorship"]


async def test_forget_deletes_everything_personal_keeps_counts_and_frees_the_seat(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        eli, reference = await _registered_with_everything(local_api, database_url)
        await eli.send("/forget")
        ask, paused = await eli.replies(2)  # the half-way request is set aside by the command
        assert "paused your sponsorship request" in paused.text
        kept = await tap(eli, "✖️ No, keep it")
        assert kept.text == "Nothing was deleted." and await Stored(database_url).registrations(5001)
        ask = await say(eli, "/forget")
        question = ask.text or ""  # the message is edited when answered
        organisers = in_group(local_api, ADMIN)
        await eli.press("🗑 Yes, delete my data", message=ask)
        done = await eli.reply()
        (notice,) = await answers(organisers, 1, ours("🗑"))
        rows = Rows(database_url)
        assert await rows.users(5001) == []
        assert f"your registration {reference}, one sponsorship request (its place is freed)" in question
        assert "one conversation in progress, one question, and your settings" in question
        assert "I have deleted your data" in done.text and not done.buttons
        assert reference in notice.text and "Eli" not in notice.text and "Mora" not in notice.text
        assert await Stored(database_url).registrations(5001) == []
        assert await Stored(database_url).requests(5001) == []
        assert await Stored(database_url).drafts(5001) == []
        assert await rows.questions(5001) == [] and await rows.claims() == []
        anonymous = sorted(
            (a.kind, a.status, a.country, a.delegation_type, a.language) for a in await rows.anonymous()
        )
        assert anonymous == [
            ("registration", "confirmed", "GT", "state", "en"),
            ("sponsorship", "submitted", "GT", "state", "en"),
        ]
        assert {a.created_on for a in await rows.anonymous()} == {date(2026, 3, 20)}
        (entry,) = await rows.audit("user.forgotten")
        assert (entry.actor_kind, entry.actor_id, entry.subject_ref, entry.event_key) == (
            "delegate",
            None,
            reference,
            "rsd2026",
        )
        assert "Eli" not in json.dumps(entry.after)

        greeting = await say(eli, "/start rsd2026")
        assert greeting.text.startswith("Hello, Eli!")
        (user,) = await rows.users(5001)
        assert (user.current_event, user.language_chosen) == ("rsd2026", False)
        assert "You have no registration" in (await say(eli, "/myregistration")).text


async def test_a_confirmation_given_for_other_data_deletes_nothing(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        ana = local_api.user(5002, first_name="Ana", language_code="es")
        await ana.send("/start rsd2026")
        await ana.replies(2)
        ask = await say(ana, "/forget")
        assert "ninguna inscripción" in ask.text
        await open_rsvp(ana)
        await drive(ana, [("press", ES.agree), ("send", "Ana Paz")])
        await ana.press("🗑 Sí, borrar mis datos", message=ask)
        changed = await ana.reply()
        assert "han cambiado" in changed.text
        assert await Stored(database_url).drafts(5002) != []
        assert await Rows(database_url).users(5002) != []
