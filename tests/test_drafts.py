"""Drafts: every write is a compare-and-swap, one conversation is active at a time, and the expiry scan run
by two processes at once tells each person once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.services.conversations.drafts import RSVP, SPONSORSHIP, DraftService
from storage.db import Database
from storage.users import UserRepository
from tests.support.registration import Stored

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


async def _users(db: Database, *ids: int) -> None:
    async with db.session() as session:
        for user_id in ids:
            await UserRepository(session).get_or_create(user_id, "es", NOW)


async def test_writes_from_a_stale_read_are_refused(database_url: str) -> None:
    db = Database(database_url)
    await db.migrate()
    await _users(db, 1)
    async with db.session() as session:
        await DraftService(session, NOW).start(1, RSVP, "rsd2026", "full_name", {"consent": "agree"})
    # Two updates read the same step; the first one's write commits, the second one's then fails its
    # compare-and-swap (on SQLite, BEGIN IMMEDIATE serialises transactions: the stale read is its own).
    async with db.session() as b:
        second = await DraftService(b, NOW).active(1)
    async with db.session() as a:
        first = await DraftService(a, NOW).active(1)
        assert first is not None and second is not None
        assert await DraftService(a, NOW).move(first, "position", {"full_name": "Ana"}, message_id=7)
    async with db.session() as b:
        assert not await DraftService(b, NOW).move(second, "position", {"full_name": "Eve"})
    (stored,) = await Stored(database_url).drafts(1)
    assert (stored.step, stored.data, stored.last_message_id, stored.version) == (
        "position",
        {"full_name": "Ana"},
        7,
        1,
    )
    await db.dispose()


async def test_one_conversation_is_active_at_a_time(database_url: str) -> None:
    db = Database(database_url)
    await db.migrate()
    await _users(db, 1)
    async with db.session() as session:
        drafts = DraftService(session, NOW)
        rsvp = await drafts.start(1, RSVP, "rsd2026", "consent", {})
        sponsorship = await drafts.start(1, SPONSORSHIP, "rsd2026", "slot", {})
        assert (await drafts.active(1)).id == sponsorship.id
        assert await drafts.resume(await drafts.find(1, RSVP, "rsd2026"))
        assert (await drafts.active(1)).id == rsvp.id
    states = {d.kind: d.expired for d in await Stored(database_url).drafts(1)}
    assert states == {RSVP: False, SPONSORSHIP: True}
    # A later update, as the bot makes them: the user's record is loaded first (with whether a conversation
    # is in progress, which then decides whether others are paused); a new conversation pauses the RSVP.
    async with db.session() as session:
        await UserRepository(session).get_or_create(1, "es", NOW)
        await DraftService(session, NOW).start(1, SPONSORSHIP, "rsd2026", "slot", {})
    states = {d.kind: d.expired for d in await Stored(database_url).drafts(1)}
    assert states == {RSVP: True, SPONSORSHIP: False}
    await db.dispose()


async def test_two_processes_expire_each_idle_draft_once(database_url: str) -> None:
    setup = Database(database_url)
    await setup.migrate()
    await _users(setup, *range(1, 11))
    async with setup.session() as session:
        for user_id in range(1, 11):
            await DraftService(session, NOW).start(user_id, RSVP, "rsd2026", "consent", {})
        await DraftService(session, NOW + timedelta(minutes=30)).start(1, SPONSORSHIP, "rsd2026", "slot", {})
    later = NOW + timedelta(minutes=61)
    processes = [Database(database_url), Database(database_url)]

    async def scan(db: Database) -> list[int]:
        async with db.session() as session:
            return [e.draft_id for e in await DraftService(session, later).expire_idle(timedelta(minutes=60))]

    found = await asyncio.gather(*(scan(db) for db in processes))
    claimed = found[0] + found[1]
    assert len(claimed) == len(set(claimed)) == 9  # user 1's RSVP was paused by their newer conversation
    for db in [setup, *processes]:
        await db.dispose()
