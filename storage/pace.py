"""The overall send rate shared by every process (see Pace): each send takes the next free slot from one
row, in a short transaction, so that two processes on one database together stay under the rate; a 429
holds every process until Telegram's retry_after has passed."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import dialect_insert
from storage.models import Pace


class PaceRepository:
    """Send slots on the wall clock (seconds since the epoch)."""

    def __init__(self, session: AsyncSession, key: str = "telegram") -> None:
        self._session = session
        self._key = key

    async def ensure(self) -> None:
        """Create the row if no process has yet."""
        await self._session.execute(
            dialect_insert(self._session, Pace)
            .values(id=self._key, next_at=0.0, held_until=0.0)
            .on_conflict_do_nothing()
        )

    async def take(self, now: float, spacing: float) -> float:
        """The next free send time (never before `now` nor during a hold); the one after is `spacing` later.
        One statement: the row is locked until the transaction ends, so slots are handed out one at a time.
        (The row must exist: `ensure`.)"""
        slot = self._latest(Pace.next_at, Pace.held_until, now)
        taken = await self._session.scalar(
            update(Pace)
            .where(Pace.id == self._key)
            .values(next_at=slot + spacing)
            .returning(Pace.next_at - spacing)
        )
        assert taken is not None, "the pace row is missing: call ensure() first"
        return float(taken)

    async def hold(self, until: float) -> None:
        """Nobody sends before `until` (Telegram's 429 said so); a longer hold already set stays."""
        held = self._latest(Pace.held_until, until)
        await self._session.execute(update(Pace).where(Pace.id == self._key).values(held_until=held))

    def _latest(self, *values: object) -> ColumnElement[float]:
        """The greatest of `values`, in SQL (PostgreSQL's GREATEST; SQLite's max with several arguments)."""
        bind = self._session.bind
        greatest = func.greatest if bind is not None and bind.dialect.name == "postgresql" else func.max
        return greatest(*values)

    async def held_until(self) -> float:
        row = await self._session.get(Pace, self._key, populate_existing=True)
        return row.held_until if row is not None else 0.0
