"""Repository of registrations (RSVPs). Never commits."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from sqlalchemy import Date, Row, String, case, cast, func, literal, literal_column, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import swap
from storage.memo import remembered
from storage.models import Registration
from storage.prebuilt import rows_where_equal


class RegistrationRepository:
    """Load and store registrations."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, registration_id: int) -> Registration | None:
        """One registration by id."""
        return await self._session.get(Registration, registration_id)

    async def find(self, user_id: int, event_key: str) -> Registration | None:
        """The user's registration for an event, whatever its status (asked once per update: storage.memo)."""
        params = {"user_id": user_id, "event_key": event_key}
        key = ("registration", user_id, event_key)
        query = rows_where_equal(Registration, "user_id", "event_key")
        return await remembered(self._session, key, lambda: self._session.scalar(query, params))

    async def by_email(self, event_key: str, email: str) -> Registration | None:
        """An event's confirmed registration with this e-mail address (any case), the newest if several."""
        query = select(Registration).where(
            Registration.event_key == event_key,
            Registration.status == "confirmed",
            func.lower(Registration.email) == email.strip().lower(),
        )
        return await self._session.scalar(query.order_by(Registration.id.desc()).limit(1))

    async def by_reference(self, reference: str) -> Registration | None:
        """A registration by its reference code."""
        return await self._session.scalar(select(Registration).where(Registration.reference == reference))

    async def for_event(self, event_key: str, status: str | None = None) -> list[Registration]:
        """An event's registrations, oldest first, optionally of one status."""
        query = select(Registration).where(Registration.event_key == event_key)
        if status is not None:
            query = query.where(Registration.status == status)
        return list(await self._session.scalars(query.order_by(Registration.id)))

    async def add(self, registration: Registration) -> Registration:
        """Insert a registration (the unique keys refuse a second one for the same person and event)."""
        self._session.add(registration)
        await self._session.flush()
        return registration

    async def flush(self) -> None:
        """Send pending changes, so that constraint violations surface here."""
        await self._session.flush()

    async def for_user(self, user_id: int) -> list[Registration]:
        """A user's registrations for every event, oldest first."""
        query = select(Registration).where(Registration.user_id == user_id).order_by(Registration.id)
        return list(await self._session.scalars(query))

    async def newest(self, limit: int) -> list[Registration]:
        """The newest registrations of every event, at most `limit` (the pool organisers' searches scan)."""
        query = select(Registration).order_by(Registration.id.desc()).limit(limit)
        return list(await self._session.scalars(query))

    async def remove(self, registration: Registration) -> None:
        """Delete a registration (its requests must be removed first)."""
        await self._session.delete(registration)
        await self._session.flush()

    async def move_status(self, registration: Registration, expected: str, status: str, at: datetime) -> bool:
        """Change the status only if it still is `expected` (one winner among concurrent updates)."""
        return await swap(
            self._session,
            registration,
            Registration.status == expected,
            status=status,
            withdrawn_at=at,
            updated_at=at,
        )

    async def count_by_profile(
        self, event_key: str
    ) -> list[tuple[str, str | None, str | None, str | None, int]]:
        """How many of an event's registrations have each (status, country, delegation type, language):
        counted by the database, so a large event's figures do not load every registration."""
        columns = (
            Registration.status,
            Registration.country,
            Registration.delegation_type,
            Registration.language,
        )
        query = select(*columns, func.count()).where(Registration.event_key == event_key).group_by(*columns)
        return [
            (status, country, kind, lang, n)
            for status, country, kind, lang, n in await self._session.execute(query)
        ]

    async def span(self, event_key: str) -> tuple[datetime, datetime] | None:
        """When an event's first and latest registrations were received; None if it has none."""
        at = Registration.created_at
        mine = select(at).where(Registration.event_key == event_key).limit(1)
        # Each end read from the (event_key, created_at) index: min() and max() together scan the event.
        query = select(mine.order_by(at).scalar_subquery(), mine.order_by(at.desc()).scalar_subquery())
        first, last = (await self._session.execute(query)).one()
        return None if first is None else (first, last)

    async def count_by_local_day(
        self, event_key: str, offsets: Sequence[tuple[datetime, timedelta]]
    ) -> list[tuple[date, int]]:
        """How many registrations an event received each day, days in the event's zone, counted by the
        database. `offsets`: the zone's UTC offset from each instant on, oldest first (the first also
        applies before its instant); the caller works them out, as SQLite knows no time zones."""
        at = Registration.created_at
        whens = [(at < start, int(before.total_seconds())) for (_, before), (start, _) in pairwise(offsets)]
        latest = int(offsets[-1][1].total_seconds())
        seconds = case(*whens, else_=latest) if whens else literal(latest)
        if self._session.get_bind().dialect.name == "postgresql":
            day = cast(func.timezone("UTC", at) + seconds * literal_column("interval '1 second'"), Date)
        else:
            day = type_coerce(func.date(at, cast(seconds, String) + " seconds"), Date)
        days = select(day.label("day")).where(Registration.event_key == event_key).subquery()
        query = select(days.c.day, func.count()).group_by(days.c.day)
        return [(day, n) for day, n in await self._session.execute(query)]

    async def stream_rows(self, event_key: str, size: int = 1000) -> AsyncIterator[Sequence[Row[Any]]]:
        """An event's registrations, oldest first, as plain rows (every column, read by name) `size` at
        a time: no object per registration, and the event loop runs between two batches."""
        query = (
            select(Registration.__table__)
            .where(Registration.event_key == event_key)
            .order_by(Registration.id)
        )
        result = await self._session.stream(query.execution_options(yield_per=size))
        try:
            async for batch in result.partitions(size):
                yield batch
        finally:
            await result.close()
