"""Repository of FAQ entries added by organisers. Never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import FaqAddition


class FaqRepository:
    """Add and list an event's added FAQ entries."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(
        self,
        event_key: str,
        language: str,
        question: str,
        answer: str,
        now: datetime,
        *,
        question_id: int | None = None,
        added_by: int | None = None,
    ) -> FaqAddition:
        """Store a question and its answer for an event."""
        entry = FaqAddition(
            event_key=event_key,
            language=language,
            question=question,
            answer=answer,
            question_id=question_id,
            added_by=added_by,
            created_at=now,
        )
        self._session.add(entry)
        await self._session.flush()
        return entry

    async def for_event(self, event_key: str) -> list[FaqAddition]:
        """An event's added entries, oldest first."""
        rows = await self._session.scalars(
            select(FaqAddition).where(FaqAddition.event_key == event_key).order_by(FaqAddition.id)
        )
        return list(rows)

    async def all(self) -> list[FaqAddition]:
        """Every added entry, oldest first (the answering engine picks the event's)."""
        return list(await self._session.scalars(select(FaqAddition).order_by(FaqAddition.id)))

    async def of_question(self, question_id: int) -> FaqAddition | None:
        """The entry made from a relayed question."""
        return await self._session.scalar(
            select(FaqAddition)
            .where(FaqAddition.question_id == question_id)
            .order_by(FaqAddition.id)
            .limit(1)
        )
