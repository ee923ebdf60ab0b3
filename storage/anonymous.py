"""Repository of anonymous records: what remains of forgotten or purged registrations. Never commits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AnonymousRecord


class AnonymousRepository:
    """Add and count anonymous records; they hold nothing that identifies a person."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_all(self, records: Iterable[AnonymousRecord]) -> int:
        """Insert records; how many."""
        rows = list(records)
        self._session.add_all(rows)
        await self._session.flush()
        return len(rows)

    async def for_event(self, event_key: str, kind: str | None = None) -> list[AnonymousRecord]:
        """An event's records, oldest first, optionally of one kind (registration or sponsorship)."""
        query = select(AnonymousRecord).where(AnonymousRecord.event_key == event_key)
        if kind is not None:
            query = query.where(AnonymousRecord.kind == kind)
        return list(await self._session.scalars(query.order_by(AnonymousRecord.id)))

    async def count_by_profile(
        self, event_key: str
    ) -> list[tuple[str, str, str | None, str | None, str | None, date, int]]:
        """How many of an event's records have each (kind, status, country, delegation type, language,
        day), counted by the database."""
        r = AnonymousRecord
        columns = (r.kind, r.status, r.country, r.delegation_type, r.language, r.created_on)
        query = select(*columns, func.count()).where(r.event_key == event_key).group_by(*columns)
        return [tuple(row) for row in await self._session.execute(query)]  # type: ignore[misc]
