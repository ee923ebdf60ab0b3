"""Repository of the notification outbox. Never commits (the claim is committed by its caller at once)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import OutboxMessage

PENDING, SENDING, SENT, FAILED, SKIPPED = "pending", "sending", "sent", "failed", "skipped"


def _due(now: datetime) -> ColumnElement[bool]:
    """Pending and due, or claimed by a sender whose lease ran out (it stopped mid-way)."""
    return or_(
        and_(OutboxMessage.status == PENDING, OutboxMessage.next_attempt_at <= now),
        and_(OutboxMessage.status == SENDING, OutboxMessage.claimed_until < now),
    )


class OutboxRepository:
    """Add messages to send; claim them atomically; record how sending went."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, message: OutboxMessage) -> OutboxMessage:
        """Queue one message."""
        self._session.add(message)
        await self._session.flush()
        return message

    async def claim(self, now: datetime, lease: timedelta, limit: int) -> list[OutboxMessage]:
        """Take up to `limit` due messages for this sender, oldest first; another sender gets others.

        A read finds candidates without taking a write lock (most calls find none); the update claims
        only those still due, so two senders racing for a row cannot both get it.
        """
        found = await self._session.scalars(
            select(OutboxMessage.id).where(_due(now)).order_by(OutboxMessage.id).limit(limit)
        )
        ids = list(found)
        if not ids:
            return []
        claimed = await self._session.scalars(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), _due(now))
            .values(status=SENDING, claimed_until=now + lease, attempts=OutboxMessage.attempts + 1)
            .returning(OutboxMessage.id)
            .execution_options(synchronize_session=False)
        )
        mine = list(claimed)
        if not mine:
            return []
        rows = await self._session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.id.in_(mine))
            .order_by(OutboxMessage.id)
            .execution_options(populate_existing=True)
        )
        return list(rows)

    async def finish(self, message_id: int, **values: Any) -> bool:
        """Record the outcome of a claimed message; False if it is no longer this sender's claim."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.status == SENDING)
            .values(claimed_until=None, **values)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    async def status_of(self, post_id: int, channel: str) -> str | None:
        """The status of the message that posts `post_id` (None if there is none)."""
        return await self._session.scalar(
            select(OutboxMessage.status)
            .where(OutboxMessage.post_id == post_id, OutboxMessage.channel == channel)
            .order_by(OutboxMessage.id)
            .limit(1)
        )

    async def all(self, statuses: Sequence[str] = ()) -> list[OutboxMessage]:
        """Every message (optionally of some statuses), oldest first."""
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if statuses:
            query = query.where(OutboxMessage.status.in_(list(statuses)))
        return list(await self._session.scalars(query))

    async def scrub(self, references: set[str], user_id: int | None, now: datetime) -> int:
        """Drop unsent messages about erased records or to an erased person, emptying their payloads."""
        pending = await self.all(("pending",))
        doomed = [
            m.id
            for m in pending
            if (user_id is not None and m.user_id == user_id) or m.payload.get("reference") in references
        ]
        if doomed:
            await self._session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(doomed), OutboxMessage.status == "pending")
                .values(status="skipped", payload={}, last_error="erased on request", sent_at=now)
                .execution_options(synchronize_session=False)
            )
        return len(doomed)
