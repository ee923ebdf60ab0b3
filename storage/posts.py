"""Repositories of the bot's posts in organisers' groups, and of the groups themselves (moves to a
supergroup, outages, the messages posted in them). Never commit."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import insert_unless_present, swap
from storage.models import ChatMove, ChatOutage, GroupSend, Post


class PostRepository:
    """Create posts, record where they were sent, find them again."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, subject_type: str, subject_id: int, event_key: str | None, now: datetime) -> Post:
        """A post about to be sent (its chat and message are known once it is)."""
        post = Post(
            subject_type=subject_type,
            subject_id=subject_id,
            event_key=event_key,
            state="open",
            created_at=now,
            updated_at=now,
        )
        self._session.add(post)
        await self._session.flush()
        return post

    async def get(self, post_id: int) -> Post | None:
        """One post by id."""
        return await self._session.get(Post, post_id)

    async def of_subject(self, subject_type: str, subject_id: int) -> Post | None:
        """The first post about a record."""
        return await self._session.scalar(
            select(Post)
            .where(Post.subject_type == subject_type, Post.subject_id == subject_id)
            .order_by(Post.id)
            .limit(1)
        )

    async def remove_subjects(self, subject_type: str, subject_ids: Iterable[int]) -> int:
        """Delete the posts about these records (erased ones): how many."""
        ids = list(subject_ids)
        if not ids:
            return 0
        result = await self._session.execute(
            delete(Post)
            .where(Post.subject_type == subject_type, Post.subject_id.in_(ids))
            .execution_options(synchronize_session=False)
        )
        return result.rowcount

    async def at(self, chat_id: int, message_id: int) -> Post | None:
        """The post shown as this message."""
        return await self._session.scalar(
            select(Post).where(Post.chat_id == chat_id, Post.message_id == message_id).limit(1)
        )

    async def sent(self, post_id: int, chat_id: int, message_id: int, now: datetime) -> None:
        """Record where the post was sent."""
        await self._session.execute(
            update(Post)
            .where(Post.id == post_id)
            .values(chat_id=chat_id, message_id=message_id, updated_at=now)
            .execution_options(synchronize_session=False)
        )

    async def move(self, post: Post, allowed: Iterable[str], state: str, now: datetime) -> bool:
        """Change the post's state only if it is still one of `allowed` (one of two racing taps wins)."""
        return await swap(self._session, post, Post.state.in_(list(allowed)), state=state, updated_at=now)

    async def refresh(self, post: Post) -> None:
        """Reload a post (after losing a race, to see what the winner did)."""
        await self._session.refresh(post)


class GroupRepository:
    """Where organisers' groups moved, which cannot be reached, and what was posted in them lately."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def moves(self) -> dict[int, int]:
        """Every recorded move: old chat id -> new chat id."""
        rows = await self._session.execute(select(ChatMove.id, ChatMove.new_chat_id))
        return {old: new for old, new in rows.all()}

    async def moved(self, old: int, new: int, now: datetime) -> None:
        """Remember that `old` is now `new` (a second report of the same move changes nothing)."""
        await self._session.execute(
            insert_unless_present(self._session, ChatMove, id=old, new_chat_id=new, moved_at=now)
        )

    async def outage_began(self, chat_id: int, error: str, now: datetime) -> bool:
        """Record that `chat_id` cannot be reached; True only for the first failure of an outage."""
        started = await self._session.execute(
            insert_unless_present(self._session, ChatOutage, id=chat_id, since=now, error=error)
        )
        return started.first() is not None

    async def outage_ended(self, chat_id: int) -> bool:
        """`chat_id` was reached: True if it had been unreachable."""
        result = await self._session.execute(delete(ChatOutage).where(ChatOutage.id == chat_id))
        return result.rowcount == 1

    async def posted(
        self, chat_id: int, message_id: int | None, messages: int, notices: int, now: datetime
    ) -> None:
        """Record a message posted in `chat_id`."""
        self._session.add(
            GroupSend(chat_id=chat_id, message_id=message_id, messages=messages, notices=notices, sent_at=now)
        )
        await self._session.flush()

    async def posted_since(self, chat_id: int, since: datetime) -> int:
        """How many messages were posted in `chat_id` at or after `since`."""
        found = await self._session.scalar(
            select(func.coalesce(func.sum(GroupSend.messages), 0)).where(
                GroupSend.chat_id == chat_id, GroupSend.sent_at >= since
            )
        )
        return int(found or 0)

    async def forget_posted(self, chat_id: int, before: datetime) -> None:
        """Drop the record of messages posted in `chat_id` before `before` (no pace needs them)."""
        await self._session.execute(
            delete(GroupSend).where(GroupSend.chat_id == chat_id, GroupSend.sent_at < before)
        )
