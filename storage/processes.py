"""Repository of running processes (see Process): each says it is alive every few seconds; one not seen
for STALE seconds is taken for dead, and what it had claimed is free for the others."""

from __future__ import annotations

import time

from sqlalchemy import ColumnElement, Select, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import dialect_insert
from storage.models import Process

STALE = 20.0  # seconds without a sign of life after which a process is taken for dead


def alive(wall: float | None = None) -> Select[tuple[str]]:
    """The ids of the processes seen alive lately (a subquery)."""
    since = (time.time() if wall is None else wall) - STALE
    return select(Process.id).where(Process.seen_at >= since)


def held_by_dead(claimed_by: ColumnElement[str | None]) -> ColumnElement[bool]:
    """A claim whose process is not alive (not seen for STALE seconds, or stopped)."""
    return claimed_by.is_not(None) & claimed_by.not_in(alive().scalar_subquery())


class Processes:
    """Signs of life."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def beat(self, process_id: str, pid: int) -> None:
        """`process_id` is alive now (the first beat registers it)."""
        now = time.time()
        insert = dialect_insert(self._session, Process).values(
            id=process_id, pid=pid, started_at=now, seen_at=now
        )
        await self._session.execute(
            insert.on_conflict_do_update(index_elements=[Process.id], set_={"seen_at": now})
        )

    async def gone(self, process_id: str) -> None:
        """`process_id` stopped: what it still holds is free at once. Long-dead processes are forgotten."""
        await self._session.execute(
            delete(Process).where((Process.id == process_id) | (Process.seen_at < time.time() - 100 * STALE))
        )

    async def living(self) -> list[str]:
        """The processes alive now."""
        return list(await self._session.scalars(alive()))
