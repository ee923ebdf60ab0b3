"""Organisers' groups get at most 20 messages in any minute (Telegram's limit per group): the dispatcher
claims group posts at that pace, counted in the database by the bot's clock, and lists what is beyond it in
digests; a notice with buttons (or edited later) always has a post of its own; nothing is dropped."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import FixedClock
from bot.events.registry import EventRegistry
from bot.services.notify.pace import PACE, WINDOW, Due, plan
from bot.services.registration.service import RegistrationService
from bot.services.sponsorship.service import SponsorshipService
from localapi import CallRecord, LocalBotApi
from storage.db import Database
from storage.models import GroupSend, OutboxMessage, Post
from storage.users import UserRepository
from tests.conftest import EVENTS_DIR
from tests.support.database import rows
from tests.support.organisers import GROUP, organisers_bot, outbox
from tests.support.registration import Stored
from tests.support.waiting import eventually

EVENT = EventRegistry(EVENTS_DIR).get("rsd2026")
TRAVEL = {
    "nominee": "self",
    "departure_city": "San Salvador",
    "accommodation": "no",
    "meals": "no",
    "slot": "victim_assistance",
}
DECISIONS = ["✅ Approve", "✖️ Decline"]  # and "⏳ Waiting list" for a request that holds a seat


def singles(posts: list[list[int]]) -> list[int]:
    return [ids[0] for ids in posts if len(ids) == 1]


def test_within_the_budget_every_notice_has_its_own_post() -> None:
    due = [Due(i, own=i % 3 == 0) for i in range(1, 8)]
    assert plan(due, 7) == [[i] for i in range(1, 8)]
    assert plan(due, 0) == []


def test_beyond_the_budget_the_others_are_listed_in_digests_and_nothing_is_dropped() -> None:
    due = [Due(i, own=i in (4, 9)) for i in range(1, 31)]
    posts = plan(due, 4, size=10)
    assert singles(posts) == [4, 9] and len(posts) == 4  # buttons first, then as many digests as fit
    digested = [i for ids in posts if len(ids) > 1 for i in ids]
    assert digested == [i for i in range(1, 23) if i not in (4, 9)]  # oldest first; 23 to 30 wait
    assert plan(due, 1, size=10) == [[1, 2, 3, 5, 6, 7, 8, 10, 11, 12]]  # one digest, at least


def test_notices_with_buttons_beyond_the_budget_wait_rather_than_go_into_a_digest() -> None:
    due = [Due(i, own=True) for i in range(1, 26)] + [Due(26, own=False)]
    posts = plan(due, PACE)
    assert posts == [[i] for i in range(1, PACE)] + [[26]]  # one slot kept for the rest
    assert plan([Due(i, own=True) for i in range(1, 26)], PACE) == [[i] for i in range(1, PACE + 1)]


def group_messages(api: LocalBotApi) -> list[CallRecord]:
    """Messages the bot posted in the organisers' group, in order."""
    return [c for c in api.calls("sendMessage") if c.ok and str(c.params.get("chat_id")) == str(GROUP)]


async def confirm(session: AsyncSession, user_id: int, now: datetime, sponsorship: bool = False) -> None:
    """A delegate confirms participation (and requests sponsorship)."""
    values = {"full_name": f"Delegate Number{user_id}", "delegation_type": "state", "country": "SV"}
    await UserRepository(session).get_or_create(user_id, "en", now)
    done = await RegistrationService(session, now).save(
        EVENT, user_id, "en", {**values, "email": f"d{user_id}@example.org"}
    )
    assert done.status == "confirmed"
    if sponsorship:
        registration = await RegistrationService(session, now).current(user_id, EVENT.key)
        assert registration is not None
        await SponsorshipService(session, now).submit(EVENT, registration, TRAVEL)


async def all_at_once(url: str, now: datetime, users: range) -> None:
    """Delegates confirm at the same moment, each in a transaction of their own."""

    async def one(user_id: int) -> None:
        async with db.session() as session:
            await confirm(session, user_id, now)

    db = Database(url)
    await asyncio.gather(*(one(user_id) for user_id in users))
    await db.dispose()


async def in_one_transaction(url: str, now: datetime, users: range) -> None:
    """Delegates confirm and request sponsorship, all visible to the dispatcher at once."""
    db = Database(url)
    async with db.session() as session:
        for user_id in users:
            await confirm(session, user_id, now, sponsorship=True)
    await db.dispose()


class Snapshot(list[OutboxMessage]):
    """The outbox, shown as counts by channel and status when a wait for it fails."""

    def __repr__(self) -> str:
        return repr(Counter((r.channel, r.status) for r in self))


class Pace:
    """Lets the dispatcher post until it stops, then moves the bot's clock on by a minute, and so on;
    records how many group messages were sent at each instant of the clock (which moves only here).
    Made before the notices are queued: every group message from then on is counted."""

    def __init__(self, api: LocalBotApi, url: str, clock: FixedClock) -> None:
        self.api, self.url, self.clock = api, url, clock
        self.segments: list[tuple[datetime, int]] = []
        self.seen = len(group_messages(api))  # group messages before the clock showed its current time

    async def until_still(self) -> list[OutboxMessage]:
        """The outbox once nothing is being sent and the pace allows nothing more now."""

        def still(found: list[OutboxMessage]) -> bool:
            busy = any(
                r.status == "sending" or (r.status == "pending" and r.channel != "group") for r in found
            )
            done = all(r.status == "sent" for r in found if r.channel == "group")
            full = len(group_messages(self.api)) - self.seen >= PACE
            return not busy and (done or full)

        async def read() -> Snapshot:
            return Snapshot(await outbox(self.url))

        found = await eventually(read, still)
        self.segments.append((self.clock.now(), len(group_messages(self.api)) - self.seen))
        return found

    def next_minute(self) -> None:
        assert len(self.segments) < 5, self.segments
        self.seen = len(group_messages(self.api))
        self.clock.advance(WINDOW + timedelta(seconds=1))

    def most_in_a_window(self) -> int:
        """The most group messages in any WINDOW of the bot's clock."""
        return max(
            sum(n for t, n in self.segments if start <= t < start + WINDOW) for start, _ in self.segments
        )


def pending_groups(found: list[OutboxMessage]) -> list[OutboxMessage]:
    return [r for r in found if r.channel == "group" and r.status != "sent"]


async def test_fifty_registrations_at_once_reach_the_group_once_each_at_telegrams_pace(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock):
        pace = Pace(local_api, database_url, clock)
        await all_at_once(database_url, clock.now(), range(6001, 6051))
        while pending_groups(await pace.until_still()):
            pace.next_minute()
    texts = [c.params["text"] for c in group_messages(local_api)]
    references = [r.reference for r in await Stored(database_url).registrations()]
    assert len(references) == 50
    assert {ref: sum(t.count(ref) for t in texts) for ref in references} == dict.fromkeys(references, 1)
    assert pace.most_in_a_window() <= PACE, pace.segments
    recorded = await rows(database_url, GroupSend)
    assert sum(s.messages for s in recorded) == len(texts) and sum(s.notices for s in recorded) == 50


async def test_requests_with_buttons_keep_their_own_posts_and_the_pace_survives_a_restart(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        pace = Pace(local_api, database_url, clock)
        await in_one_transaction(database_url, clock.now(), range(6101, 6121))
        (waiting,) = pending_groups(await pace.until_still())  # 19 requests, one digest of registrations
        assert (waiting.template, waiting.status, waiting.attempts) == ("sponsorship", "pending", 0)

        app = await org.bot.restart()  # another process: the minute's posts are counted in the database
        assert await app.outbox.run() == 0
        pace.next_minute()
        await pace.until_still()
    assert [n for _, n in pace.segments] == [PACE, 1]
    posted = [m for m in local_api.bot_messages(GROUP) if "Sponsorship request" in (m.text or "")]
    assert len(posted) == 20 and all(m.buttons[:2] == DECISIONS for m in posted)
    (digest,) = [m for m in local_api.bot_messages(GROUP) if m.text.startswith("📋 20 notices")]
    assert digest.buttons == [] and digest.text.count("🆕 New registration · ") == 20
    assert all(p.message_id is not None for p in await rows(database_url, Post))
