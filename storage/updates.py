"""Telegram update ids already handled (see ProcessedUpdate)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import insert_unless_present
from storage.models import ProcessedUpdate


class ProcessedUpdates:
    """Claim an update id within the update's own transaction: if the transaction rolls back, the update
    counts as not processed and a re-delivery is handled; once it commits, a repeat is skipped."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def claim(self, update_id: int, now: datetime) -> bool:
        """True the first time; False for an update id already processed (or being processed elsewhere:
        the database makes the second claimant wait for the first one's outcome)."""
        stmt = insert_unless_present(self._session, ProcessedUpdate, id=update_id, processed_at=now)
        return await self._session.scalar(stmt) is not None

    async def forget_before(self, cutoff: datetime) -> int:
        """Drop ids older than `cutoff` (Telegram keeps re-delivering an update for at most a day)."""
        result = await self._session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < cutoff)
        )
        return result.rowcount
