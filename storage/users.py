"""Repository of users. Takes a session; never commits (the caller owns the transaction)."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.drafts import active_clause, remember_active
from storage.models import User


@cache
def _with_active_draft() -> Select[tuple[User, bool]]:
    """The user and whether they have a conversation in progress: every update runs it, so it is built once
    (building it was about a third of its cost)."""
    user_id = bindparam("user_id", type_=User.__table__.c.id.type)
    return select(User, active_clause(user_id)).where(User.id == user_id)


class UserRepository:
    """Load and change users."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: int) -> User | None:
        """The user, or None if they never talked to the bot."""
        return await self._session.get(User, user_id)

    async def get_or_create(self, user_id: int, language: str, now: datetime) -> tuple[User, bool]:
        """The user, created on first contact with `language`; True when created. Whether they have a
        conversation in progress is read in the same statement (storage.drafts.active_clause)."""
        row = (await self._session.execute(_with_active_draft(), {"user_id": user_id})).first()
        if row is not None:
            remember_active(self._session, user_id, bool(row[1]))
            return row[0], False
        user = User(id=user_id, language=language, language_chosen=False, created_at=now, updated_at=now)
        self._session.add(user)
        await self._session.flush()
        remember_active(self._session, user_id, False)  # a new user has no drafts
        return user, True

    async def set_language(self, user: User, language: str, now: datetime) -> None:
        """Store an explicit language choice."""
        user.language = language
        user.language_chosen = True
        user.updated_at = now

    async def set_event(self, user: User, event_key: str | None, now: datetime) -> None:
        """Select the event the user's questions are about."""
        user.current_event = event_key
        user.updated_at = now

    async def set_timezone(self, user: User, timezone: str | None, now: datetime) -> None:
        """Store the user's own time zone (IANA name)."""
        user.timezone = timezone
        user.updated_at = now

    async def set_reminders(self, user: User, on: bool, now: datetime) -> None:
        """Whether the user gets reminders (announcements reach everyone)."""
        user.reminders_off = not on
        user.updated_at = now

    async def remove(self, user: User) -> None:
        """Delete the user's row (what hangs on it by foreign key goes with it)."""
        await self._session.delete(user)
        await self._session.flush()
