"""Helpers for the organisers' tools and data-rights tests: a bot with an organisers' group, delegates who
register (and request sponsorship) through the real conversations, and a re-reader of the database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi, LocalUser, MessageRecord
from storage.models import AnonymousRecord, AuditEntry, Question, SlotClaim, User
from tests.conftest import make_settings
from tests.test_registration_support import EN, Labels, drive, open_rsvp, rsvp_steps, say, tap

GROUP = -100123
ADMIN = 9001  # administrator of the organisers' group
LISTED = 9002  # in ORGANISER_IDS, not in the group
MEMBER = 9003  # ordinary member of the organisers' group
INJECTION = '=HYPERLINK("https://evil.example/x","Click me")'
PNG = b"\x89PNG\r\n\x1a\n"


@asynccontextmanager
async def organisers_bot(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, **extra: str
) -> AsyncIterator[RunningBot]:
    """The bot with an organisers' group (one administrator, one member) and one listed organiser."""
    for uid, name in ((ADMIN, "Org"), (LISTED, "Lis"), (MEMBER, "Mem")):
        local_api.user(uid, first_name=name, language_code="en")
    local_api.add_group(GROUP, "Organisers", members={ADMIN: "administrator", MEMBER: "member"})
    settings = make_settings(
        local_api, database_url, ORGANISER_CHAT_ID=str(GROUP), ORGANISER_IDS=str(LISTED), **extra
    )
    async with RunningBot(settings, clock, strict=True) as running:
        yield running


def in_group(local_api: LocalBotApi, user_id: int) -> LocalUser:
    """A user acting in the organisers' group."""
    return local_api.user(user_id).in_chat(GROUP)


async def register_as(
    u: LocalUser,
    labels: Labels,
    name: str,
    country: str,
    email: str,
    organisation: str = "Ministry of Foreign Affairs",
    position: str = "Focal point",
) -> MessageRecord:
    """A complete RSVP for rsd2026 as a State delegation, with the organisation and position given."""
    await open_rsvp(u)
    steps = rsvp_steps(labels, name, country, email)
    steps[2] = ("send", position)
    steps[5] = ("send", organisation)
    await drive(u, steps)
    return await tap(u, labels.confirm)


async def request_for_myself(u: LocalUser, city: str = "Lima") -> MessageRecord:
    """Right after registering (English): request sponsorship for oneself, first role."""
    await tap(u, EN.request)
    await drive(u, [("press", "1 · place available"), ("press", EN.myself), ("send", city)])
    await drive(u, [("press", EN.yes), ("press", EN.no), ("send", "3 May 2026")])
    await say(u, "2026-05-07")
    return await tap(u, EN.confirm)


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:
    """Wait until `check()` holds: the bot commits just after its last message of an update."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, "the database never reached the expected state"
        await asyncio.sleep(0.05)


def ours(*starts: str) -> Callable[[MessageRecord], bool]:
    """Whether a message is one of the tools' answers: a document, a photo, or text starting so."""
    return lambda m: bool(m.document or m.json.get("photo") or (m.text or "").startswith(starts))


async def answers(
    u: LocalUser, count: int, keep: Callable[[MessageRecord], bool], timeout: float = 30.0
) -> list[MessageRecord]:
    """The first `count` bot messages since u's last action that `keep` accepts: in an organisers' group,
    other posts (notifications of new registrations...) may come in between."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        found = [m for m in await u.replies(1, timeout=timeout) if keep(m)]
        if len(found) >= count:
            return found[:count]
        assert asyncio.get_running_loop().time() < deadline, f"only {len(found)} of {count} answers came"
        await asyncio.sleep(0.05)


class Rows:
    """Re-reads tables outside the bot."""

    def __init__(self, url: str) -> None:
        self.url = url

    async def all(self, model: Any, *where: Any) -> list[Any]:
        engine = create_async_engine(self.url)
        async with AsyncSession(engine) as session:
            rows = list(await session.scalars(select(model).where(*where).order_by(model.id)))
        await engine.dispose()
        return rows

    async def anonymous(self) -> list[AnonymousRecord]:
        return await self.all(AnonymousRecord)

    async def audit(self, action: str) -> list[AuditEntry]:
        return await self.all(AuditEntry, AuditEntry.action == action)

    async def users(self, user_id: int) -> list[User]:
        return await self.all(User, User.id == user_id)

    async def questions(self, user_id: int) -> list[Question]:
        return await self.all(Question, Question.user_id == user_id)

    async def claims(self) -> list[SlotClaim]:
        return await self.all(SlotClaim)


def test_register_as_replaces_the_position_and_organisation_steps() -> None:
    steps = rsvp_steps(EN, "A B", "Peru", "a@b.org")
    assert steps[2] == ("send", "Focal point") and steps[5] == ("send", "Ministry of Foreign Affairs")
