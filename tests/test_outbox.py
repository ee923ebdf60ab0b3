"""The outbox: claims are atomic (two senders never get the same message), backoff doubles up to a cap,
a dead sender's claim expires, an edit waits for its post, and a delegate who blocked the bot is not
retried forever."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.clock import FixedClock
from bot.services.notify.notices import ANSWER, REGISTRATION
from bot.services.notify.outbox import (
    DELEGATE,
    EDIT,
    GROUP,
    LEASE,
    MAX_ATTEMPTS,
    MAX_DELAY,
    OutboxService,
    backoff,
    wake_after_commits,
)
from localapi import Fault, LocalBotApi
from storage.db import Database
from storage.models import Process
from storage.posts import PostRepository
from storage.processes import STALE, Processes
from tests.support.organisers import GROUP as GROUP_CHAT
from tests.support.organisers import organisers_bot, outbox, settled
from tests.support.waiting import eventually

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


@pytest.fixture
async def db(database_url: str) -> Any:
    database = Database(database_url)
    await database.migrate()
    yield database
    await database.dispose()


def registration(change: str) -> dict[str, Any]:
    return {"reference": "RSD-TEST", "name": "Test Person", "language": "en", "change": change, "changed": []}


async def queue(db: Database, count: int) -> None:
    async with db.session() as session:
        for _ in range(count):
            await OutboxService(session, NOW).queue(
                GROUP, REGISTRATION, registration("new"), event_key="rsd2026"
            )


async def claim(db: Database, at: datetime) -> list[int]:
    async with db.session() as session:
        return [job.id for job in await OutboxService(session, at).claim()]


async def test_the_dispatcher_is_woken_after_each_commit_that_queued_something(db: Database) -> None:
    woken: list[int] = []
    wake_after_commits(db.engine.sync_engine, lambda: woken.append(1))
    await queue(db, 2)  # one transaction, two messages
    assert woken == [1]
    async with db.session() as session:
        await session.execute(select(1))  # queues nothing
    with pytest.raises(RuntimeError):
        async with db.session() as session:
            await OutboxService(session, NOW).queue(GROUP, REGISTRATION, registration("new"))
            raise RuntimeError("rolled back")
    assert woken == [1]
    wake_after_commits(db.engine.sync_engine, None)
    await queue(db, 1)
    assert woken == [1]


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [10, 20, 40, 80]
    assert backoff(12) == backoff(MAX_ATTEMPTS) == MAX_DELAY


async def test_two_senders_never_claim_the_same_message(db: Database, database_url: str) -> None:
    await queue(db, 30)
    first, second = await asyncio.gather(claim(db, NOW), claim(db, NOW))
    assert set(first).isdisjoint(second) and len(first) + len(second) <= 30
    rest = await claim(db, NOW)
    assert sorted([*first, *second, *rest]) == sorted(r.id for r in await outbox(database_url))
    assert await claim(db, NOW) == []
    assert {(r.status, r.attempts) for r in await outbox(database_url)} == {("sending", 1)}


async def test_a_claim_left_unsettled_is_taken_again_after_its_lease(db: Database) -> None:
    await queue(db, 1)
    (taken,) = await claim(db, NOW)
    assert await claim(db, NOW + LEASE - timedelta(seconds=1)) == []
    assert await claim(db, NOW + LEASE + timedelta(seconds=1)) == [taken]


async def test_a_claim_of_a_process_that_died_or_stopped_is_free_at_once_and_a_living_ones_is_kept(
    db: Database,
) -> None:
    await queue(db, 2)
    async with db.session() as session:
        await Processes(session).beat("alive", 1)
        await Processes(session).beat("killed", 2)
        await session.execute(
            update(Process).where(Process.id == "killed").values(seen_at=time.time() - STALE - 1)
        )
    async with db.session() as session:
        (kept,) = [job.id for job in await OutboxService(session, NOW).claim(1, by="alive")]
        (lost,) = [job.id for job in await OutboxService(session, NOW).claim(1, by="killed")]
    assert await claim(db, NOW) == [lost]  # long before the lease ends: "killed" is not seen alive
    async with db.session() as session:
        await Processes(session).gone("alive")  # a clean stop frees what it still holds
    assert await claim(db, NOW) == [kept]


async def test_retries_back_off_then_give_up(db: Database, database_url: str) -> None:
    await queue(db, 1)
    at = NOW
    for attempt in range(1, MAX_ATTEMPTS + 1):
        async with db.session() as session:
            service = OutboxService(session, at)
            (job,) = await service.claim()
            assert job.attempts == attempt
            retried = await service.retry(job, "SMTP 451")
        (row,) = await outbox(database_url)
        if attempt < MAX_ATTEMPTS:
            assert retried and row.next_attempt_at == at + backoff(attempt) and row.status == "pending"
            assert await claim(db, row.next_attempt_at - timedelta(seconds=1)) == []
            at = row.next_attempt_at
    assert not retried and (row.status, row.payload, row.last_error) == ("failed", {}, "SMTP 451")


async def test_an_edit_waits_for_its_post_and_a_blocked_delegate_is_not_retried(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    local_api.add_fault(Fault.server_error("sendMessage", chat_id=GROUP_CHAT, times=3))
    blocked = local_api.user(5601, first_name="Gone", language_code="en")
    local_api.add_fault(Fault.blocked("sendMessage", chat_id=blocked.id, times=-1))
    async with organisers_bot(local_api, database_url, clock) as org:
        db = Database(database_url)
        async with db.session() as session:
            post = await PostRepository(session).add("registration", 1, "rsd2026", clock.now())
            service = OutboxService(session, clock.now())
            await service.queue(
                GROUP, REGISTRATION, registration("new"), event_key="rsd2026", post_id=post.id
            )
            await service.queue(
                EDIT, REGISTRATION, registration("withdrawn"), event_key="rsd2026", post_id=post.id
            )
            await service.queue(
                DELEGATE, ANSWER, {"text": "q?", "answer": "a."}, user_id=blocked.id, language="en"
            )
        await db.dispose()

        def by_channel(rows: list[Any]) -> dict[str, tuple[str, int]]:
            return {r.channel: (r.status, r.attempts) for r in rows}

        rows = await eventually(
            lambda: outbox(database_url), lambda found: by_channel(found).get(DELEGATE, ("",))[0] == "failed"
        )
        assert by_channel(rows) == {GROUP: ("pending", 1), EDIT: ("pending", 0), DELEGATE: ("failed", 1)}
        assert "blocked" in next(r.last_error for r in rows if r.channel == DELEGATE)
        assert org.api.bot_messages(GROUP_CHAT) == []

        since = org.mark()
        clock.advance(backoff(1))
        (shown,) = await org.posts(since, 1)
        rows = await settled(database_url)
        assert by_channel(rows) == {GROUP: ("sent", 2), EDIT: ("sent", 1), DELEGATE: ("failed", 1)}
        assert shown.text.startswith("🗑 Registration withdrawn · RSD-TEST") and len(shown.history) == 1

        # Long after any retry would be due, a round of the dispatcher finds nothing to send: a failed
        # message is never claimed again (had the running loop claimed it, its attempts would show it).
        clock.advance(MAX_DELAY + LEASE)
        assert await org.bot.app.outbox.run() == 0
    assert by_channel(await outbox(database_url))[DELEGATE] == ("failed", 1)
