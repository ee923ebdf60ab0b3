"""Organisers' groups as the outbox sees them: where they moved (a group upgraded to a supergroup gets a new
id), when the bot cannot post in them (the organisers are told once by e-mail), and how many messages were
posted in them lately, so that posts are claimed at Telegram's pace (bot/services/notify/pace.py)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.notify.notices import UNREACHABLE, follow
from bot.services.notify.outbox import ERROR_LENGTH, GROUP, LEASE, MAIL, Job, OutboxService, job_of
from bot.services.notify.pace import PACE, WINDOW, Due, plan
from storage.outbox import OutboxRepository
from storage.posts import GroupRepository

log = logging.getLogger(__name__)
DUE_LIMIT = 500  # group notices looked at per round; more wait for the next round
KEEP_POSTED = timedelta(days=1)  # how long the record of a posted message is kept (the pace needs a minute)
ChatOf = Callable[[str | None], int | None]  # an event's organisers' group (after moves), if it has one


async def current_chats(session: AsyncSession, chats: Iterable[int]) -> set[int]:
    """`chats` as they are now: a group that became a supergroup by its new id."""
    chats = set(chats)
    if not chats:  # no organisers' group configured: nothing to look up (this is asked on most updates)
        return chats
    moves = await GroupRepository(session).moves()
    return {follow(moves, chat) for chat in chats}


class ChatMoves:
    """The moves this process knows: refreshed from the database by the dispatcher, and added to at once
    when Telegram reports one."""

    def __init__(self) -> None:
        self.known: dict[int, int] = {}

    def follow(self, chat_id: int) -> int:
        return follow(self.known, chat_id)

    def add(self, old: int, new: int) -> None:
        self.known[old] = new

    async def refresh(self, session: AsyncSession) -> None:
        self.known = await GroupRepository(session).moves()


@dataclass(frozen=True)
class GroupPost:
    """Notices to post in one group as one message: a single notice, or a digest of several (`chat_id`
    None: the event has no organisers' group, and the notice is skipped)."""

    chat_id: int | None
    jobs: tuple[Job, ...]


class GroupOutbox:
    """Claim group posts at each group's pace; record what was posted and whether the group is reachable."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.now = now
        self.repo = OutboxRepository(session)
        self.groups = GroupRepository(session)

    async def claim(self, chat_of: ChatOf, by: str | None = None) -> list[GroupPost]:
        """The posts to make now: for each group, the due notices its pace allows (in digests beyond it),
        claimed. One process plans at a time, and counts what the others are posting."""
        if not await self.repo.due(GROUP, self.now, 1):  # most rounds: nothing to plan, no lock taken
            return []
        await self.repo.lock_groups()
        rows = await self.repo.due(GROUP, self.now, DUE_LIMIT)
        flying = Counter(chat_of(key) for key in await self.repo.in_flight(GROUP, self.now))
        by_chat: dict[int | None, list[Due]] = {}
        for row_id, event_key, post_id in rows:
            by_chat.setdefault(chat_of(event_key), []).append(Due(row_id, own=post_id is not None))
        planned = [
            (chat, ids) for chat, due in by_chat.items() for ids in await self._plan(chat, due, flying[chat])
        ]
        wanted = [i for _, ids in planned for i in ids]
        taken = {row.id: row for row in await self.repo.take(wanted, self.now, LEASE, by)}
        posts = [(chat, tuple(job_of(taken[i], chat) for i in ids if i in taken)) for chat, ids in planned]
        return [GroupPost(chat, jobs) for chat, jobs in posts if jobs]

    async def _plan(self, chat: int | None, due: list[Due], flying: int) -> list[list[int]]:
        if chat is None:  # nowhere to post: each is settled at once, without Telegram
            return [[d.id] for d in due]
        return plan(due, PACE - flying - await self.groups.posted_since(chat, self.now - WINDOW))

    async def posted(self, chat_id: int, message_id: int | None, messages: int, notices: int) -> None:
        """A message was posted in `chat_id`: it counts for the pace, and the group is reachable."""
        await self.groups.posted(chat_id, message_id, messages, notices, self.now)
        await self.groups.forget_posted(chat_id, self.now - KEEP_POSTED)
        await self.reachable(chat_id)

    async def reachable(self, chat_id: int) -> None:
        """Telegram accepted a post or an edit in `chat_id`: an outage, if there was one, is over."""
        if await self.groups.outage_ended(chat_id):
            log.info("the organisers' group %s can be reached again", chat_id)

    async def unreachable(self, chat_id: int, error: str, event_key: str | None) -> bool:
        """The bot could not post in `chat_id`. The first failure of an outage queues an e-mail to the
        organisers (ORGANISER_EMAIL, else the event's contact); True then."""
        if not await self.groups.outage_began(chat_id, error[:ERROR_LENGTH], self.now):
            return False
        payload = {"chat": chat_id, "error": error[:ERROR_LENGTH], "since": self.now.isoformat()}
        await OutboxService(self.session, self.now).queue(MAIL, UNREACHABLE, payload, event_key=event_key)
        return True

    async def moved(self, old: int, new: int) -> None:
        """Remember that the group `old` became the supergroup `new`."""
        await self.groups.moved(old, new, self.now)
