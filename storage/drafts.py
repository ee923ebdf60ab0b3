"""Repository of conversation drafts. Never commits; every write is a compare-and-swap on `version`."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, delete, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import swap
from storage.memo import MEMO, remembered
from storage.models import Draft
from storage.prebuilt import rows_where_equal


def active_clause(user_id: int | BindParameter[int]) -> ColumnElement[bool]:
    """Whether the user has a conversation in progress, as an expression to load with their record (the
    check made on every update then costs no statement of its own: UserRepository.get_or_create)."""
    return exists().where(Draft.user_id == user_id, Draft.expired.is_(False))


@cache
def _has_active() -> Select[tuple[bool]]:
    return select(active_clause(bindparam("user_id", type_=Draft.__table__.c.user_id.type)))


def remember_active(session: AsyncSession, user_id: int, active: bool) -> None:
    """Note what the update's session just read (storage.memo: forgotten as soon as the session writes)."""
    session.sync_session.info.setdefault(MEMO, {})[("active-draft", user_id)] = active


class DraftRepository:
    """Load, create and change drafts."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, draft_id: int) -> Draft | None:
        """One draft by id."""
        return await self._session.get(Draft, draft_id)

    async def find(self, user_id: int, kind: str, event_key: str) -> Draft | None:
        """The user's draft of this kind for this event, active or not."""
        return await self._session.scalar(
            rows_where_equal(Draft, "user_id", "kind", "event_key"),
            {"user_id": user_id, "kind": kind, "event_key": event_key},
        )

    async def active(self, user_id: int) -> Draft | None:
        """The user's conversation in progress (not expired or paused), the newest if several."""
        return await self._session.scalar(
            select(Draft)
            .where(Draft.user_id == user_id, Draft.expired.is_(False))
            .order_by(Draft.updated_at.desc(), Draft.id.desc())
            .limit(1)
        )

    async def has_active(self, user_id: int) -> bool:
        """Whether the user has a conversation in progress (a check made on every update: usually known
        already, loaded with the user's record)."""
        key = ("active-draft", user_id)
        query = _has_active()  # built once: asked on every update (usually answered by the memo, unbuilt)
        return bool(
            await remembered(self._session, key, lambda: self._session.scalar(query, {"user_id": user_id}))
        )

    async def add(self, draft: Draft) -> Draft:
        """Insert a new draft."""
        self._session.add(draft)
        await self._session.flush()
        return draft

    async def save(self, draft: Draft, **values: Any) -> bool:
        """Write `values` if nobody changed the draft since it was read; False when someone did."""
        return await swap(
            self._session, draft, Draft.version == draft.version, **values, version=draft.version + 1
        )

    async def delete(self, draft: Draft) -> bool:
        """Remove a draft unless someone changed it since it was read."""
        result = await self._session.execute(
            delete(Draft)
            .where(Draft.id == draft.id, Draft.version == draft.version)
            .execution_options(synchronize_session="evaluate")
        )
        return result.rowcount == 1

    async def pause_others(self, user_id: int, keep_id: int, now: datetime) -> None:
        """Pause the user's other conversations: only one is active at a time."""
        await self._session.execute(
            update(Draft)
            .where(Draft.user_id == user_id, Draft.id != keep_id, Draft.expired.is_(False))
            .values(expired=True, version=Draft.version + 1, updated_at=now)
            .execution_options(synchronize_session="evaluate")  # drafts loaded in this session stay current
        )

    async def idle(self, before: datetime, limit: int = 100, *, paused: bool = False) -> list[Draft]:
        """Drafts whose last change is older than `before`, oldest first: active ones, or paused ones."""
        rows = await self._session.scalars(
            select(Draft)
            .where(Draft.expired.is_(paused), Draft.updated_at < before)
            .order_by(Draft.updated_at)
            .limit(limit)
        )
        return list(rows)

    async def for_user(self, user_id: int) -> list[Draft]:
        """All of a user's drafts."""
        return list(await self._session.scalars(select(Draft).where(Draft.user_id == user_id)))

    async def for_event(self, event_key: str) -> list[Draft]:
        """All drafts about an event."""
        return list(await self._session.scalars(select(Draft).where(Draft.event_key == event_key)))

    async def remove_for_user(self, user_id: int) -> int:
        """Delete all of a user's drafts, whatever their version; how many."""
        result = await self._session.execute(
            delete(Draft).where(Draft.user_id == user_id).execution_options(synchronize_session="evaluate")
        )
        return result.rowcount

    async def remove_for_event(self, event_key: str) -> int:
        """Delete every draft about an event; how many."""
        result = await self._session.execute(
            delete(Draft)
            .where(Draft.event_key == event_key)
            .execution_options(synchronize_session="evaluate")
        )
        return result.rowcount

    async def count_active(self) -> int:
        """Conversations in progress (not paused or expired), all users together."""
        return int(
            await self._session.scalar(select(func.count(Draft.id)).where(Draft.expired.is_(False))) or 0
        )
