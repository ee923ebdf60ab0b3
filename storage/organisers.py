"""Repository of organisers' display names. Never commits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import dialect_insert
from storage.models import OrganiserName


class OrganiserRepository:
    """Remember how each organiser is called, to say who decided."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def seen(self, organiser_id: int, name: str, now: datetime) -> None:
        """Store (or refresh) an organiser's name; safe when two of their actions race."""
        values = {"name": name[:128], "updated_at": now}
        statement = dialect_insert(self._session, OrganiserName).values(id=organiser_id, **values)
        await self._session.execute(statement.on_conflict_do_update(index_elements=["id"], set_=values))

    async def ids(self) -> set[int]:
        """Every organiser whose name is known (they acted through the bot at least once)."""
        return set(await self._session.scalars(select(OrganiserName.id)))

    async def names(self, ids: Iterable[int | None]) -> dict[int, str]:
        """Known names of these organisers."""
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        rows = await self._session.execute(
            select(OrganiserName.id, OrganiserName.name).where(OrganiserName.id.in_(wanted))
        )
        return {row.id: row.name for row in rows}
