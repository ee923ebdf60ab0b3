"""Helpers for the organisers' acceptance tests: the bot with an organisers' group and a local SMTP
server, waits for what the outbox dispatcher sends (in the background), and re-readers of what it records."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi, LocalUser, MessageRecord
from storage.models import AuditEntry, FaqAddition, OutboxMessage, Post, Question
from tests.conftest import make_settings
from tests.support.database import rows
from tests.support.registration import EN, Labels, drive, say, tap
from tests.support.smtp import Inbox, smtp_server
from tests.support.waiting import PATIENCE, eventually

GROUP = -1001234500001
ORGANISER = 9001  # in ORGANISER_IDS (and a plain member of the group)
ADMIN = 9002  # an administrator of the group, not in ORGANISER_IDS
MEMBER = 9003  # a plain member: not an organiser
MAILBOX = "isu@apminebanconvention.org"  # rsd2026's contact address


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

    async def posts(self, since: int, count: int = 1) -> list[MessageRecord]:
        """Group messages sent or edited since `since` (at least `count` of them)."""
        return await self.api.wait_for_messages(GROUP, count, PATIENCE, since=since)

    async def mails(self, count: int) -> list[Any]:
        """The inbox once it holds at least `count` messages."""
        return await eventually(lambda: list(self.inbox.messages), lambda found: len(found) >= count)


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
    first = "Victim assistance" if labels is EN else "Asistencia a víctimas"
    await tap(u, labels.request)
    await drive(u, [("press", first), ("press", labels.myself), ("send", "Lima")])
    await drive(u, [("press", labels.no), ("press", labels.no), ("send", "3/5/2026")])
    await say(u, "6/5/2026")
    return await tap(u, labels.confirm)


async def settled(url: str) -> list[OutboxMessage]:
    """The outbox once nothing in it is pending or being sent."""
    return await eventually(
        lambda: outbox(url),
        lambda found: bool(found) and all(r.status not in ("pending", "sending") for r in found),
    )


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
