"""Received Telegram updates (see ReceivedUpdate): stored on arrival, claimed once when processed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import dialect_insert
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
        insert = dialect_insert(self._session, ReceivedUpdate).values(
            id=update_id, received_at=now, processed_at=now
        )
        stmt = insert.on_conflict_do_update(
            index_elements=[ReceivedUpdate.id],
            set_={"processed_at": now, "payload": None},
            where=ReceivedUpdate.processed_at.is_(None),
        ).returning(ReceivedUpdate.id)
        return await self._session.scalar(stmt) is not None

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
