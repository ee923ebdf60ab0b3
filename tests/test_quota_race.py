"""Quotas hold under concurrency: several delegates of one State race for its last seat, through the service
layer (separate sessions) and through two bot processes on one database; exactly one gets it."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.clock import FixedClock
from bot.events.registry import EventRegistry
from bot.localrun import RunningBot
from bot.services.conversations.drafts import SPONSORSHIP, DraftService
from bot.services.conversations.form import Completion
from bot.services.registration.service import RegistrationService
from bot.services.registration.withdraw import withdraw_registration
from bot.services.sponsorship.service import SponsorshipService
from localapi import LocalBotApi, LocalUser
from storage.audit import AuditRepository
from storage.db import Database
from storage.users import UserRepository
from tests.conftest import EVENTS_DIR, TOKEN, make_settings
from tests.support.registration import EN, Stored, drive, say

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
EVENT = EventRegistry(EVENTS_DIR).get("rsd2026")
TRAVEL = {"nominee": "self", "departure_city": "San Salvador", "accommodation": "no", "meals": "no"}


async def registered(db: Database, user_id: int, country: str = "SV") -> None:
    """A user with a confirmed RSVP as a State delegation."""
    values = {"full_name": f"Delegate {user_id}", "delegation_type": "state", "country": country}
    async with db.session() as session:
        await UserRepository(session).get_or_create(user_id, "en", NOW)
        done = await RegistrationService(session, NOW).save(
            EVENT, user_id, "en", {**values, "email": "d@x.org"}
        )
    assert done.status == "confirmed"


async def request(db: Database, user_id: int, slot: str) -> Completion:
    """Submit a sponsorship request in its own session (its own transaction)."""
    async with db.session() as session:
        registration = await RegistrationService(session, NOW).current(user_id, "rsd2026")
        return await SponsorshipService(session, NOW).submit(EVENT, registration, {**TRAVEL, "slot": slot})


@pytest.fixture
async def db(database_url: str) -> Any:
    database = Database(database_url)
    await database.migrate()
    yield database
    await database.dispose()


async def test_six_delegates_race_for_the_last_seat_through_the_service(
    db: Database, database_url: str
) -> None:
    for user_id in range(1, 8):
        await registered(db, user_id)
    assert (await request(db, 7, "mine_action")).status == "submitted"
    results = await asyncio.gather(*(request(db, user_id, "victim_assistance") for user_id in range(1, 7)))
    assert Counter(r.status for r in results) == {"submitted": 1, "waitlisted": 5}

    stored = await Stored(database_url).requests()
    assert Counter(r.status for r in stored) == {"submitted": 2, "waitlisted": 5}
    claims = Counter(c.slot_id for c in await Stored(database_url).claims())
    assert claims == {"victim_assistance": 1, "mine_action": 1, "either_area": 1}


async def test_states_do_not_share_seats_and_declining_frees_one(db: Database, database_url: str) -> None:
    for user_id, country in ((1, "SV"), (2, "PE"), (3, "SV"), (4, "SV")):
        await registered(db, user_id, country)
    first, other_state, third = [await request(db, u, "victim_assistance") for u in (1, 2, 3)]
    assert (first.status, other_state.status, third.status) == ("submitted", "submitted", "waitlisted")
    async with db.session() as session:
        service = SponsorshipService(session, NOW)
        assert (await service.decide(first.record.id, "declined", 99)).ok
        assert (await service.decide(first.record.id, "declined", 99)).reason == "not_allowed"  # already
        assert (await service.decide(third.record.id, "maybe", 99)).reason == "invalid_status"
        assert (await service.decide(12345, "approved", 99)).reason == "not_found"
        assert (await service.decide(third.record.id, "approved", 99)).ok
    assert (
        await request(db, 4, "victim_assistance")
    ).status == "submitted"  # the declined seat is free again
    stored = {r.user_id: r for r in await Stored(database_url).requests()}
    assert (stored[1].status, stored[1].decided_by) == ("declined", 99)
    assert (stored[3].status, stored[3].decided_at) == ("approved", NOW)


async def test_withdrawing_the_registration_withdraws_requests_and_frees_seats(
    db: Database, database_url: str
) -> None:
    await registered(db, 1)
    await request(db, 1, "victim_assistance")
    async with db.session() as session:
        await DraftService(session, NOW).start(1, SPONSORSHIP, "rsd2026", "slot", {})
        registration = await RegistrationService(session, NOW).current(1, "rsd2026")
        assert await withdraw_registration(session, NOW, registration) == 1
        assert await withdraw_registration(session, NOW, registration) is None
    (stored,) = await Stored(database_url).requests()
    assert stored.status == "withdrawn" and await Stored(database_url).claims() == []
    assert await Stored(database_url).drafts(1) == []


async def _to_summary(u: LocalUser) -> None:
    await u.send("/start rsd2026")
    await u.replies(2)
    await say(u, "/myregistration")
    await drive(u, [("press", EN.request), ("press", "Victim assistance"), ("press", EN.myself)])
    await drive(u, [("send", "San Salvador"), ("press", EN.no), ("press", EN.no), ("send", "4/5/2026")])
    summary = await say(u, "5/5/2026")
    assert EN.confirm in summary.buttons


async def test_six_delegates_race_through_two_bot_processes(
    local_api: LocalBotApi, bot: RunningBot, database_url: str, clock: FixedClock, db: Database
) -> None:
    for user_id in range(11, 18):
        await registered(db, user_id)
    assert (await request(db, 17, "mine_action")).status == "submitted"
    async with LocalBotApi(token=TOKEN, bot_username="second_process_bot") as other_api:
        # One bot's updates have distinct ids whichever process receives them (repeats are skipped).
        other_api.state.updates.next_id = 1_000_000
        other = RunningBot(make_settings(other_api, database_url), clock, strict=True)
        await other.start()
        try:
            users = [(local_api if n % 2 else other_api).user(n, first_name=f"D{n}") for n in range(11, 17)]
            for u in users:
                await _to_summary(u)
            await asyncio.gather(*(u.press(EN.confirm) for u in users))
            replies = [(await u.reply(timeout=20)).text for u in users]
        finally:
            await other.stop()
    assert sum("submitted for" in text for text in replies) == 1
    assert sum("subject to availability" in text for text in replies) == 5
    stored = [r for r in await Stored(database_url).requests() if r.user_id != 17]
    assert Counter(r.status for r in stored) == {"submitted": 1, "waitlisted": 5}
    assert Counter(c.slot_id for c in await Stored(database_url).claims()) == {
        "victim_assistance": 1,
        "mine_action": 1,
        "either_area": 1,
    }


async def test_a_stale_second_withdrawal_changes_nothing(db: Database) -> None:
    await registered(db, 7101)
    # The second tap read the registration before the first one's withdrawal committed (on SQLite the two
    # transactions cannot overlap, BEGIN IMMEDIATE serialises them: the stale read is its own transaction).
    async with db.session() as second:
        stale = await RegistrationService(second, NOW).current(7101, "rsd2026")
    async with db.session() as first:
        mine = await RegistrationService(first, NOW).current(7101, "rsd2026")
        assert await RegistrationService(first, NOW).withdraw(mine) is True
    assert stale.status == "confirmed"  # what the second tap still believes
    async with db.session() as second:
        assert await RegistrationService(second, NOW).withdraw(stale) is False
    async with db.session() as session:
        audit = await AuditRepository(session).history(mine.reference)
    assert [e.action for e in audit].count("registration.withdrawn") == 1
