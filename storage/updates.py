"""Received Telegram updates (see ReceivedUpdate): stored on arrival, claimed once when processed."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import ReturningInsert

from storage.cas import dialect_insert, dialect_name, insert_in
from storage.models import ReceivedUpdate


class ReceivedUpdates:
    """The inbox of updates."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def store(self, payloads: list[dict[str, Any]], now: datetime) -> None:
        """Keep updates just received (ones already known are left as they are)."""
        rows = [{"id": p["update_id"], "payload": p, "received_at": now} for p in payloads]
        if rows:
            await self._session.execute(
                dialect_insert(self._session, ReceivedUpdate).values(rows).on_conflict_do_nothing()
            )

    async def claim(self, update_id: int, now: datetime) -> bool:
        """Mark the update processed (in the caller's transaction); False if it already was. Of two
        processes claiming at once, the second waits for the first one's transaction, then gets False."""
        found = await self._session.execute(
            _claim(dialect_name(self._session)), {"id": update_id, "now": now}
        )
        return found.first() is not None

    async def unprocessed(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Updates received but not processed (the process stopped first), oldest first."""
        rows = await self._session.scalars(
            select(ReceivedUpdate.payload)
            .where(ReceivedUpdate.processed_at.is_(None), ReceivedUpdate.payload.is_not(None))
            .order_by(ReceivedUpdate.id)
            .limit(limit)
        )
        return [p for p in rows if p]

    async def forget_before(self, cutoff: datetime) -> int:
        """Drop updates processed before `cutoff` (Telegram re-delivers an update for a day at most)."""
        result = await self._session.execute(
            delete(ReceivedUpdate).where(ReceivedUpdate.processed_at < cutoff)
        )
        return result.rowcount


@cache
def _claim(dialect: str) -> ReturningInsert[tuple[int]]:
    """The claim, built once per dialect: every update runs it, and building it (not running it) was a
    third of its cost. Core, on the table: no ORM work either."""
    table = ReceivedUpdate.__table__
    insert = insert_in(dialect, table)
    now = bindparam("now", type_=table.c.processed_at.type)
    return (
        insert.values(id=bindparam("id", type_=table.c.id.type), received_at=now, processed_at=now)
        .on_conflict_do_update(
            index_elements=[table.c.id],
            set_={"processed_at": now, "payload": None},
            where=table.c.processed_at.is_(None),
        )
        .returning(table.c.id)
    )
