"""Repository of the audit log. Never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry


class AuditRepository:
    """Append-only: entries are added and read, never changed."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(
        self,
        at: datetime,
        actor_kind: str,
        action: str,
        subject_type: str,
        subject_ref: str,
        *,
        actor_id: int | None = None,
        event_key: str | None = None,
        before: dict | None = None,
        after: dict | None = None,
    ) -> AuditEntry:
        """Add one entry."""
        entry = AuditEntry(
            at=at,
            actor_id=actor_id,
            actor_kind=actor_kind,
            action=action,
            subject_type=subject_type,
            subject_ref=subject_ref,
            event_key=event_key,
            before=before,
            after=after,
        )
        self._session.add(entry)
        await self._session.flush()
        return entry

    async def history(self, subject_ref: str) -> list[AuditEntry]:
        """A record's entries, oldest first."""
        rows = await self._session.scalars(
            select(AuditEntry).where(AuditEntry.subject_ref == subject_ref).order_by(AuditEntry.id)
        )
        return list(rows)

    async def about(self, actor_id: int, references: list[str]) -> list[AuditEntry]:
        """Entries made by a person, or about their records, oldest first."""
        where = AuditEntry.actor_id == actor_id
        if references:
            where = or_(where, AuditEntry.subject_ref.in_(references))
        rows = await self._session.scalars(select(AuditEntry).where(where).order_by(AuditEntry.id))
        return list(rows)

    async def forget_actor(self, user_id: int) -> None:
        """Unlink a forgotten delegate from the entries they caused (the entries themselves stay)."""
        await self._session.execute(
            update(AuditEntry)
            .where(AuditEntry.actor_id == user_id, AuditEntry.actor_kind == "delegate")
            .values(actor_id=None)
            .execution_options(synchronize_session=False)
        )
