"""The moderator's marks on requests for the floor and questions at a debate (registrations'
`floor_state`). Never commits."""

from __future__ import annotations

from sqlalchemy import or_
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import swap
from storage.models import Registration


class FloorRepository:
    """Mark a registration's request taken or done."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, registration_id: int) -> Registration | None:
        return await self._session.get(Registration, registration_id)

    async def mark(self, registration: Registration, state: str) -> bool:
        """Set the mark unless it already is `state` (of two racing taps, one changes it)."""
        unlike = or_(Registration.floor_state.is_(None), Registration.floor_state != state)
        return await swap(self._session, registration, unlike, floor_state=state)
