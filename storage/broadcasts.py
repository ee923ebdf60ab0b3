"""Repository of broadcasts, their recipients and the people a segment names. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import dialect_insert
from storage.models import (
    Broadcast,
    BroadcastRecipient,
    Draft,
    EventSnapshot,
    Registration,
    SponsorshipRequest,
    User,
)
from storage.processes import held_by_dead

PENDING, SENDING, SENT, UNREACHABLE, FAILED, CANCELLED = (
    "pending",
    "sending",
    "sent",
    "unreachable",
    "failed",
    "cancelled",
)


@dataclass(frozen=True)
class Claimed:
    """A recipient row this process is sending to."""

    id: int
    broadcast_id: int
    user_id: int
    language: str
    attempts: int


@dataclass(frozen=True)
class Person:
    """Someone a segment names: their chat, their language, and whether Telegram said they blocked the bot."""

    user_id: int
    language: str
    unreachable: bool


class BroadcastRepository:
    """Broadcasts and their recipients."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, broadcast: Broadcast) -> Broadcast:
        self._session.add(broadcast)
        await self._session.flush()
        return broadcast

    async def get(self, broadcast_id: int) -> Broadcast | None:
        return await self._session.get(Broadcast, broadcast_id, populate_existing=True)

    async def change(self, broadcast_id: int, expected: Sequence[str], **values: Any) -> bool:
        """Compare-and-swap on the status: change the broadcast only if its status is one of `expected`."""
        result = await self._session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id, Broadcast.status.in_(list(expected)))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    async def advance(self, broadcast_id: int, at: str, to: str, **values: Any) -> bool:
        """Move a broadcast being written from step `at` to step `to` (compare-and-swap: a double tap or a
        second process finds it moved already)."""
        result = await self._session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id, Broadcast.status == "composing", Broadcast.step == at)
            .values(step=to, **values)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    async def progress_turn(self, broadcast_id: int, wall: float, every: float) -> bool:
        """Whether this process reports progress now: one process, at most once every `every` seconds."""
        result = await self._session.execute(
            update(Broadcast)
            .where(
                Broadcast.id == broadcast_id,
                or_(Broadcast.progress_at.is_(None), Broadcast.progress_at <= wall - every),
            )
            .values(progress_at=wall)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    async def with_status(self, *statuses: str) -> list[Broadcast]:
        """Broadcasts in any of `statuses`, oldest first."""
        query = select(Broadcast).where(Broadcast.status.in_(statuses)).order_by(Broadcast.id)
        return list(await self._session.scalars(query))

    async def due(self, now: datetime) -> list[Broadcast]:
        """Scheduled broadcasts whose time has come."""
        query = select(Broadcast).where(Broadcast.status == "scheduled", Broadcast.scheduled_at <= now)
        return list(await self._session.scalars(query.order_by(Broadcast.scheduled_at)))

    async def latest(self, limit: int, event_key: str | None = None) -> list[Broadcast]:
        """The newest broadcasts (not those still being written), newest first."""
        query = select(Broadcast).where(Broadcast.status != "composing")
        if event_key is not None:
            query = query.where(Broadcast.event_key == event_key)
        return list(await self._session.scalars(query.order_by(Broadcast.id.desc()).limit(limit)))

    async def reminder_exists(self, event_key: str, reminder: str) -> bool:
        query = select(Broadcast.id).where(Broadcast.event_key == event_key, Broadcast.reminder == reminder)
        return await self._session.scalar(query) is not None

    # -- recipients --------------------------------------------------------------------------------------

    async def add_recipients(
        self, broadcast_id: int, people: Sequence[tuple[int, str]], now: datetime
    ) -> None:
        """One pending row per (user id, language); a person already listed is left as is."""
        rows = [
            {
                "broadcast_id": broadcast_id,
                "user_id": user_id,
                "language": language,
                "status": PENDING,
                "attempts": 0,
                "next_attempt_at": now,
            }
            for user_id, language in people
        ]
        for start in range(0, len(rows), 500):
            statement = dialect_insert(self._session, BroadcastRecipient).values(rows[start : start + 500])
            await self._session.execute(statement.on_conflict_do_nothing())

    async def add_unreachable(self, broadcast_id: int, user_ids: Sequence[int], now: datetime) -> None:
        """People skipped because they blocked the bot: listed, so that the report counts them."""
        rows = [
            {
                "broadcast_id": broadcast_id,
                "user_id": user_id,
                "language": "",
                "status": UNREACHABLE,
                "attempts": 0,
                "next_attempt_at": now,
                "error": "blocked the bot earlier",
            }
            for user_id in user_ids
        ]
        if rows:
            statement = dialect_insert(self._session, BroadcastRecipient).values(rows)
            await self._session.execute(statement.on_conflict_do_nothing())

    async def claim(self, broadcast_id: int, now: datetime, by: str) -> Claimed | None:
        """The next recipient to send to, marked as being sent by process `by`: the first pending and due
        (read in id order along the index, so a claim costs the same at 10 or 10,000 recipients), else one
        left half-sent by a process that died. PostgreSQL skips rows another process is claiming; on
        SQLite each statement runs under the database's write lock."""
        pending = and_(BroadcastRecipient.status == PENDING, BroadcastRecipient.next_attempt_at <= now)
        orphaned = and_(BroadcastRecipient.status == SENDING, held_by_dead(BroadcastRecipient.claimed_by))
        for due in (pending, orphaned):
            first = (
                select(BroadcastRecipient.id)
                .where(BroadcastRecipient.broadcast_id == broadcast_id, due)
                .order_by(BroadcastRecipient.status, BroadcastRecipient.id)
                .limit(1)
                .with_for_update(skip_locked=True)
                .scalar_subquery()
            )
            row = (
                await self._session.execute(
                    update(BroadcastRecipient)
                    .where(BroadcastRecipient.id == first, due)
                    .values(status=SENDING, claimed_by=by, attempts=BroadcastRecipient.attempts + 1)
                    .returning(BroadcastRecipient.id, BroadcastRecipient.user_id, BroadcastRecipient.language)
                    .returning(BroadcastRecipient.attempts)
                    .execution_options(synchronize_session=False)
                )
            ).first()
            if row is not None:
                return Claimed(row.id, broadcast_id, row.user_id, row.language, row.attempts)
        return None

    async def settle(self, recipient_id: int, by: str, **values: Any) -> bool:
        """Record how sending went, if the row is still this process's claim."""
        result = await self._session.execute(
            update(BroadcastRecipient)
            .where(
                BroadcastRecipient.id == recipient_id,
                BroadcastRecipient.status == SENDING,
                BroadcastRecipient.claimed_by == by,
            )
            .values(claimed_by=None, **values)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1

    async def cancel_pending(self, broadcast_id: int) -> int:
        """Unsent rows stay unsent: marked cancelled. How many."""
        result = await self._session.execute(
            update(BroadcastRecipient)
            .where(BroadcastRecipient.broadcast_id == broadcast_id, BroadcastRecipient.status == PENDING)
            .values(status=CANCELLED)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount

    async def counts(self, broadcast_id: int) -> dict[str, int]:
        """Recipients by status."""
        rows = await self._session.execute(
            select(BroadcastRecipient.status, func.count())
            .where(BroadcastRecipient.broadcast_id == broadcast_id)
            .group_by(BroadcastRecipient.status)
        )
        return {status: int(count) for status, count in rows}

    async def zones(self, broadcast_id: int) -> dict[int, str]:
        """The time zones the recipients set themselves (those who did)."""
        query = (
            select(User.id, User.timezone)
            .join(BroadcastRecipient, BroadcastRecipient.user_id == User.id)
            .where(BroadcastRecipient.broadcast_id == broadcast_id, User.timezone.is_not(None))
        )
        return {user_id: zone for user_id, zone in (await self._session.execute(query)).all()}

    async def forget_recipient(self, user_id: int) -> int:
        """Delete a person's recipient rows (/forget): how many."""
        result = await self._session.execute(
            delete(BroadcastRecipient)
            .where(BroadcastRecipient.user_id == user_id)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount

    async def forget_recipients_of_event(self, event_key: str) -> int:
        """Delete the recipient rows of an event's broadcasts (purge): how many."""
        broadcasts = select(Broadcast.id).where(Broadcast.event_key == event_key)
        result = await self._session.execute(
            delete(BroadcastRecipient)
            .where(BroadcastRecipient.broadcast_id.in_(broadcasts))
            .execution_options(synchronize_session=False)
        )
        return result.rowcount

    # -- people ------------------------------------------------------------------------------------------

    async def registered(self, event_key: str) -> list[tuple[Registration, User]]:
        """Confirmed registrations of an event with their users."""
        query = (
            select(Registration, User)
            .join(User, User.id == Registration.user_id)
            .where(Registration.event_key == event_key, Registration.status == "confirmed")
            .order_by(Registration.id)
        )
        return [(reg, user) for reg, user in (await self._session.execute(query)).all()]

    async def requests(self, event_key: str) -> list[SponsorshipRequest]:
        """The sponsorship requests of an event."""
        query = select(SponsorshipRequest).where(SponsorshipRequest.event_key == event_key)
        return list(await self._session.scalars(query))

    async def unfinished(self, event_key: str) -> list[User]:
        """People who started registering (the conversation may have timed out since) and have no confirmed
        registration."""
        confirmed = select(Registration.user_id).where(
            Registration.event_key == event_key, Registration.status == "confirmed"
        )
        query = (
            select(User)
            .join(Draft, Draft.user_id == User.id)
            .where(
                Draft.event_key == event_key,
                Draft.kind == "rsvp",
                User.id.not_in(confirmed),
            )
        )
        return list(await self._session.scalars(query.distinct()))

    async def unreachable_registrants(self, event_key: str) -> int:
        """How many people confirmed for an event blocked the bot (as Telegram last said)."""
        # From the few who blocked the bot (indexed), not from every registration.
        confirmed = exists().where(
            Registration.user_id == User.id,
            Registration.event_key == event_key,
            Registration.status == "confirmed",
        )
        query = select(func.count(User.id)).where(User.unreachable_since.is_not(None), confirmed)
        return int(await self._session.scalar(query) or 0)

    async def mark_unreachable(self, user_id: int, now: datetime) -> None:
        await self._session.execute(update(User).where(User.id == user_id).values(unreachable_since=now))


class SnapshotRepository:
    """Events' last announced facts (see EventSnapshot)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, event_key: str) -> EventSnapshot | None:
        return await self._session.get(EventSnapshot, event_key, populate_existing=True)

    async def first(self, event_key: str, fingerprint: str, values: dict, now: datetime) -> bool:
        """Record an event's facts the first time they are seen; False if another process did."""
        statement = dialect_insert(self._session, EventSnapshot).values(
            event_key=event_key, fingerprint=fingerprint, values=values, seen_at=now
        )
        result = await self._session.execute(statement.on_conflict_do_nothing())
        return result.rowcount == 1

    async def replace(self, event_key: str, old: str, fingerprint: str, values: dict, now: datetime) -> bool:
        """Swap the facts seen (compare-and-swap on the old fingerprint): one process wins each change."""
        result = await self._session.execute(
            update(EventSnapshot)
            .where(EventSnapshot.event_key == event_key, EventSnapshot.fingerprint == old)
            .values(fingerprint=fingerprint, values=values, seen_at=now)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount == 1
