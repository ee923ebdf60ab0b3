"""A user's turn within an update: their record, their language, the session, and message rendering."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot.present.render import Renderer
from bot.services.users import UserService

if TYPE_CHECKING:
    from bot.events.models import Event
    from bot.runtime import Runtime
    from storage.models import User


class Turn:
    """Opened once per user by the update's unit of work (bot/unit.py); handlers use it instead of globals."""

    def __init__(self, rt: Runtime, session: AsyncSession, user: User, now: datetime) -> None:
        self.rt = rt
        self.session = session
        self.user = user
        self.now = now
        self.users = UserService(session, now)

    @classmethod
    async def open(cls, rt: Runtime, session: AsyncSession, user_id: int, language_code: str | None) -> Turn:
        """Load (or create, on first contact) the user and start the turn."""
        now = rt.clock.now()
        rt.events.refresh()
        user = await UserService(session, now).enter(user_id, language_code)
        return cls(rt, session, user, now)

    @property
    def lang(self) -> str:
        return self.user.language

    @property
    def say(self) -> Renderer:
        """The renderer in the user's language (which a handler may just have changed)."""
        return Renderer(self.rt.i18n, self.user.language, self.rt.events)

    @property
    def event(self) -> Event | None:
        """The current event, if it still exists; with none chosen, the only current or upcoming one."""
        key = self.user.current_event
        if key:
            return self.rt.events.get(key)
        shown = self.rt.events.visible(self.now)
        return shown[0] if len(shown) == 1 else None

    def t(self, msg_id: str, **args: object) -> str:
        """A message in the user's language; text arguments are escaped for HTML."""
        return self.say.t(msg_id, **args)

    def plain(self, msg_id: str, **args: object) -> str:
        """A message for plain-text places (button labels, alerts): nothing is escaped."""
        return self.say.plain(msg_id, **args)
