"""Repository of the notification outbox. Never commits (the claim is committed by its caller at once)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import OutboxMessage
from storage.processes import held_by_dead

PENDING, SENDING, SENT, FAILED, SKIPPED = "pending", "sending", "sent", "failed", "skipped"
_GROUP, _EDIT = "group", "edit"  # the channels of a post and of its edits
_GROUP_CLAIMS = 0x64656C67  # PostgreSQL advisory lock: one process at a time plans the groups' posts


def _due(now: datetime) -> ColumnElement[bool]:
    """Pending and due, or claimed by a sender that stopped mid-way: its process is gone (killed: not seen
    alive for a while), or its lease ran out."""
    return or_(
        and_(OutboxMessage.status == PENDING, OutboxMessage.next_attempt_at <= now),
        and_(
            OutboxMessage.status == SENDING,
            or_(OutboxMessage.claimed_until < now, held_by_dead(OutboxMessage.claimed_by)),
        ),
    )


def _post_unsent() -> ColumnElement[bool]:
    """An edit of a post still to be sent (its group message is pending or being sent): it waits."""
    post = aliased(OutboxMessage)
    return and_(
        OutboxMessage.channel == _EDIT,
        exists().where(
            post.post_id == OutboxMessage.post_id,
            post.channel == _GROUP,
            post.status.in_((PENDING, SENDING)),
        ),
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

    async def claim(
        self, now: datetime, lease: timedelta, limit: int, channels: Sequence[str] = (), by: str | None = None
    ) -> list[OutboxMessage]:
        """Take up to `limit` due messages (of `channels`, else any) for sender `by`, oldest first; another
        sender gets others. An edit of a post not sent yet is left until the post is.

        On PostgreSQL the candidates are read `FOR UPDATE SKIP LOCKED`: a sender passes over the rows
        another is claiming instead of queueing behind it. The update then claims only those still due,
        so two senders racing for a row (SQLite, which has no row locks) cannot both get it.
        """
        query = select(OutboxMessage.id).where(_due(now), not_(_post_unsent()))
        if channels:
            query = query.where(OutboxMessage.channel.in_(list(channels)))
        query = query.order_by(OutboxMessage.id).limit(limit)
        found = await self._session.scalars(query.with_for_update(skip_locked=True, of=OutboxMessage))
        return await self.take(list(found), now, lease, by)

    async def take(
        self, ids: Sequence[int], now: datetime, lease: timedelta, by: str | None = None
    ) -> list[OutboxMessage]:
        """Claim those of `ids` that are still due, for sender `by`; the rows claimed, oldest first."""
        if not ids:
            return []
        claimed = await self._session.scalars(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(list(ids)), _due(now))
            .values(
                status=SENDING,
                claimed_until=now + lease,
                claimed_by=by,
                attempts=OutboxMessage.attempts + 1,
            )
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

    async def due(self, channel: str, now: datetime, limit: int) -> list[tuple[int, str | None, int | None]]:
        """Due messages of one channel, oldest first, without claiming them (to plan what to send): id,
        event and post of each."""
        rows = await self._session.execute(
            select(OutboxMessage.id, OutboxMessage.event_key, OutboxMessage.post_id)
            .where(OutboxMessage.channel == channel, _due(now))
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
        return [(row.id, row.event_key, row.post_id) for row in rows]

    async def in_flight(self, channel: str, now: datetime) -> list[str | None]:
        """The events of the messages of `channel` being sent right now (claimed, lease running)."""
        rows = await self._session.scalars(
            select(OutboxMessage.event_key).where(
                OutboxMessage.channel == channel,
                OutboxMessage.status == SENDING,
                OutboxMessage.claimed_until >= now,
            )
        )
        return list(rows)

    async def lock_groups(self) -> None:
        """Plan group posts one process at a time, until the transaction ends (PostgreSQL; on SQLite
        every transaction already holds the write lock)."""
        bind = self._session.bind
        if bind is not None and bind.dialect.name == "postgresql":
            await self._session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _GROUP_CLAIMS})

    async def finish(self, message_id: int, **values: Any) -> bool:
        """Record the outcome of a claimed message; False if it is no longer this sender's claim."""
        result = await self._session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.status == SENDING)
            .values(claimed_until=None, claimed_by=None, **values)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

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

    async def backlog(self) -> tuple[int, datetime | None]:
        """How many messages wait to be sent, and when the oldest of them was queued."""
        waiting = OutboxMessage.status.in_((PENDING, SENDING))
        row = (
            await self._session.execute(
                select(func.count(OutboxMessage.id), func.min(OutboxMessage.created_at)).where(waiting)
            )
        ).one()
        return int(row[0]), row[1]
