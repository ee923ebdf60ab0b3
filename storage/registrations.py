"""Repository of registrations (RSVPs). Never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import swap
from storage.models import Registration


class RegistrationRepository:
    """Load and store registrations."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, registration_id: int) -> Registration | None:
        """One registration by id."""
        return await self._session.get(Registration, registration_id)

    async def find(self, user_id: int, event_key: str) -> Registration | None:
        """The user's registration for an event, whatever its status."""
        return await self._session.scalar(
            select(Registration).where(Registration.user_id == user_id, Registration.event_key == event_key)
        )

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
