"""Helpers for the organisers' tools and data-rights tests: a bot with an organisers' group, delegates who
register (and request sponsorship) through the real conversations, and a re-reader of the database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi, LocalUser, MessageRecord
from storage.models import AnonymousRecord, AuditEntry, Question, SlotClaim, User
from tests.conftest import make_settings
from tests.support.database import rows
from tests.support.registration import EN, Labels, drive, open_rsvp, rsvp_steps, say, tap
from tests.support.waiting import PATIENCE, eventually

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
    phone: str | None = None,
) -> MessageRecord:
    """A complete RSVP for rsd2026 as a State delegation, with the organisation and position given (and
    the phone number, when given)."""
    await open_rsvp(u)
    steps = rsvp_steps(labels, name, country, email)
    steps[2] = ("send", position)
    steps[5] = ("send", organisation)
    if phone is not None:
        steps[7] = ("send", phone)
    await drive(u, steps)
    return await tap(u, labels.confirm)


async def request_for_myself(u: LocalUser, city: str = "Lima") -> MessageRecord:
    """Right after registering (English): request sponsorship for oneself, first role."""
    await tap(u, EN.request)
    await drive(u, [("press", "Victim assistance"), ("press", EN.myself), ("send", city)])
    await drive(u, [("press", EN.yes), ("press", EN.no), ("send", "3 May 2026")])
    await say(u, "2026-05-07")
    return await tap(u, EN.confirm)


def ours(*starts: str) -> Callable[[MessageRecord], bool]:
    """Whether a message is one of the tools' answers: a document, a photo, or text starting so."""
    return lambda m: bool(m.document or m.json.get("photo") or (m.text or "").startswith(starts))


async def answers(u: LocalUser, count: int, keep: Callable[[MessageRecord], bool]) -> list[MessageRecord]:
    """The first `count` bot messages since u's last action that `keep` accepts: in an organisers' group,
    other posts (notifications of new registrations...) may come in between."""

    async def kept() -> list[MessageRecord]:
        return [m for m in await u.replies(1, PATIENCE) if keep(m)]

    return (await eventually(kept, lambda found: len(found) >= count))[:count]


class Rows:
    """Re-reads tables outside the bot."""

    def __init__(self, url: str) -> None:
        self.url = url

    async def anonymous(self) -> list[AnonymousRecord]:
        return await rows(self.url, AnonymousRecord)

    async def audit(self, action: str) -> list[AuditEntry]:
        return await rows(self.url, AuditEntry, AuditEntry.action == action)

    async def users(self, user_id: int) -> list[User]:
        return await rows(self.url, User, User.id == user_id)

    async def questions(self, user_id: int) -> list[Question]:
        return await rows(self.url, Question, Question.user_id == user_id)

    async def claims(self) -> list[SlotClaim]:
        return await rows(self.url, SlotClaim)
