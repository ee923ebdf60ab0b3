"""A user's first contact, language, time zone and current event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import LANGUAGES, language_from_code
from storage.models import User
from storage.users import UserRepository


class UserService:
    """Rules about users, on one session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self._repo = UserRepository(session)
        self._now = now

    async def enter(self, user_id: int, language_code: str | None) -> User:
        """The user for this update; on first contact their language comes from Telegram."""
        user, _ = await self._repo.get_or_create(user_id, language_from_code(language_code), self._now)
        if user.unreachable_since is not None:  # they write again: broadcasts reach them again
            user.unreachable_since = None
        return user

    async def language_of(self, user_id: int, language_code: str | None) -> str:
        """The language to write to a user in: stored, else from Telegram's code (nothing is created)."""
        user = await self._repo.get(user_id)
        return user.language if user is not None else language_from_code(language_code)

    async def choose_language(self, user: User, language: str) -> bool:
        """Store a language the user chose; False if we do not speak it."""
        if language not in LANGUAGES:
            return False
        await self._repo.set_language(user, language, self._now)
        return True

    async def select_event(self, user: User, event_key: str | None) -> None:
        """Make `event_key` the event the user's questions are about."""
        await self._repo.set_event(user, event_key, self._now)

    async def set_reminders(self, user: User, on: bool) -> None:
        """Turn the user's reminders on or off."""
        await self._repo.set_reminders(user, on, self._now)

    async def set_timezone(self, user: User, timezone: str | None) -> None:
        """Store the user's own time zone."""
        await self._repo.set_timezone(user, timezone, self._now)
