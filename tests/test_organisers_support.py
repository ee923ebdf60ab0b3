"""Helpers for the organisers' acceptance tests: the bot with an organisers' group and a local SMTP
server, and waits for what the dispatcher sends. The tests here check the helpers' own assumptions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi, LocalUser, MessageRecord
from storage.models import AuditEntry, FaqAddition, OutboxMessage, Post, Question
from tests.conftest import make_settings
from tests.support.smtp import Inbox, smtp_server
from tests.test_registration_support import EN, Labels, drive, say, tap

GROUP = -1001234500001
ORGANISER = 9001  # in ORGANISER_IDS (and a plain member of the group)
ADMIN = 9002  # an administrator of the group, not in ORGANISER_IDS
MEMBER = 9003  # a plain member: not an organiser
MAILBOX = "isu@apminebanconvention.org"  # rsd2026's contact address
T = TypeVar("T")


@dataclass
class Organisers:
    """The running bot, its organisers' group and the organisers' inbox."""

    api: LocalBotApi
    bot: RunningBot
    inbox: Inbox
    url: str

    def member(self, user_id: int) -> LocalUser:
        """A group member acting in the group."""
        return self.api.user(user_id).in_chat(GROUP)

    def mark(self) -> int:
        return self.api.mark()

    async def posts(self, since: int, count: int = 1, timeout: float = 8.0) -> list[MessageRecord]:
        """Group messages sent or edited since `since`."""
        return await self.api.wait_for_messages(GROUP, count, timeout, since=since)

    async def mails(self, count: int, timeout: float = 8.0) -> list[Any]:
        """Wait until the inbox holds `count` messages."""
        await until(lambda: len(self.inbox.messages) >= count, timeout)
        return list(self.inbox.messages)


async def until(predicate: Callable[[], Any], timeout: float = 8.0) -> Any:
    """Poll `predicate` until it is truthy."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (value := predicate()):
        if loop.time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.05)
    return value


@asynccontextmanager
async def organisers_bot(
    api: LocalBotApi, database_url: str, clock: FixedClock, **extra: object
) -> AsyncIterator[Organisers]:
    """The real bot with ORGANISER_CHAT_ID, ORGANISER_IDS and SMTP configured."""
    for user_id, name in ((ORGANISER, "Olga"), (ADMIN, "Adrián"), (MEMBER, "Mallory")):
        api.user(user_id, first_name=name, language_code="en")
    api.add_group(
        GROUP, "ISU organisers", members={ORGANISER: "member", ADMIN: "administrator", MEMBER: "member"}
    )
    with smtp_server() as (inbox, port):
        values: dict[str, object] = {
            "ORGANISER_CHAT_ID": GROUP,
            "ORGANISER_IDS": str(ORGANISER),
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": port,
            "SMTP_STARTTLS": False,
            "SMTP_TIMEOUT_SECONDS": 3,
            **extra,
        }
        running = RunningBot(make_settings(api, database_url, **values), clock, strict=True)
        await running.start()
        try:
            yield Organisers(api, running, inbox, database_url)
        finally:
            await running.stop()


async def request_sponsorship(u: LocalUser, labels: Labels = EN) -> MessageRecord:
    """After `register`: request sponsorship for oneself in the first role; returns the confirmation."""
    first = "1 · place available" if labels is EN else "1 · plaza disponible"
    await tap(u, labels.request)
    await drive(u, [("press", first), ("press", labels.myself), ("send", "Lima")])
    await drive(u, [("press", labels.no), ("press", labels.no), ("send", "3/5/2026")])
    await say(u, "6/5/2026")
    return await tap(u, labels.confirm)


async def eventually(read: Callable[[], Awaitable[T]], ok: Callable[[T], bool], timeout: float = 8.0) -> T:
    """Re-read (the database) until what is read is as expected."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await read()
        if ok(value):
            return value
        if loop.time() > deadline:
            raise AssertionError(f"not as expected within {timeout}s: {value!r}")
        await asyncio.sleep(0.05)


async def settled(url: str) -> list[OutboxMessage]:
    """The outbox once nothing in it is pending or being sent."""
    return await eventually(
        lambda: outbox(url),
        lambda found: bool(found) and all(r.status not in ("pending", "sending") for r in found),
    )


async def rows(url: str, model: Any, *where: Any) -> list[Any]:
    """Re-read a table (outside the bot)."""
    engine = create_async_engine(url)
    async with AsyncSession(engine) as session:
        found = list(await session.scalars(select(model).where(*where).order_by(model.id)))
    await engine.dispose()
    return found


async def outbox(url: str) -> list[OutboxMessage]:
    return await rows(url, OutboxMessage)


async def audit(url: str, ref: str | None = None) -> list[AuditEntry]:
    return await rows(url, AuditEntry, *([AuditEntry.subject_ref == ref] if ref else []))


async def posts(url: str) -> list[Post]:
    return await rows(url, Post)


async def questions(url: str) -> list[Question]:
    return await rows(url, Question)


async def faq(url: str) -> list[FaqAddition]:
    return await rows(url, FaqAddition)


async def test_the_group_and_the_inbox_start_empty_and_members_are_as_configured(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    async with organisers_bot(local_api, database_url, clock) as org:
        statuses = {u: local_api.state.chats[GROUP].status_of(u) for u in (ORGANISER, ADMIN, MEMBER)}
        assert statuses == {ORGANISER: "member", ADMIN: "administrator", MEMBER: "member"}
        assert org.api.bot_messages(GROUP) == [] and org.inbox.messages == []
        assert org.bot.settings.organiser_chat_id == GROUP and org.bot.settings.smtp_host == "127.0.0.1"
