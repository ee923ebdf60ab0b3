"""Repository of the bot's posts in organisers' groups. Never commits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import swap
from storage.models import Post


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
