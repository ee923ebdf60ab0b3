"""The life of a conversation draft: start, pause, resume, expire, cancel. Kept in the database."""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import DEFAULT_LANGUAGE
from storage.drafts import DraftRepository
from storage.models import Draft
from storage.users import UserRepository

RSVP = "rsvp"
SPONSORSHIP = "sponsorship"
_TOKEN_ALPHABET = string.ascii_lowercase + string.digits


def new_token() -> str:
    """A fresh step token: buttons of older steps carry another one."""
    return "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(6))


@dataclass(frozen=True)
class Expired:
    """A draft the expiry scan paused: whom to tell, about what."""

    draft_id: int
    user_id: int
    kind: str
    event_key: str
    language: str


class DraftService:
    """Rules about drafts, on one session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.repo = DraftRepository(session)
        self.users = UserRepository(session)
        self.now = now

    async def active(self, user_id: int) -> Draft | None:
        """The conversation the user is in, if any."""
        return await self.repo.active(user_id)

    async def has_active(self, user_id: int) -> bool:
        """Whether the user is in a conversation (checked on every update, so kept cheap)."""
        return await self.repo.has_active(user_id)

    async def paused(self, user_id: int) -> Draft | None:
        """The user's most recently touched paused conversation, if any."""
        drafts = [d for d in await self.repo.for_user(user_id) if d.expired]
        return max(drafts, key=lambda d: d.updated_at, default=None)

    async def get(self, user_id: int, draft_id: int) -> Draft | None:
        """One of the user's drafts by id (None if it is someone else's)."""
        draft = await self.repo.get(draft_id)
        return draft if draft is not None and draft.user_id == user_id else None

    async def find(self, user_id: int, kind: str, event_key: str) -> Draft | None:
        """The user's draft of this kind and event, active or paused."""
        return await self.repo.find(user_id, kind, event_key)

    async def start(
        self,
        user_id: int,
        kind: str,
        event_key: str,
        step: str,
        data: dict[str, Any],
        *,
        none_yet: bool = False,
    ) -> Draft:
        """Begin a conversation (replacing an old draft of the same kind and event); others are paused.
        `none_yet`: the caller knows there is no such draft (in this transaction), so it is not looked up."""
        others = await self.repo.has_active(user_id)  # usually known already: loaded with the user
        draft = None if none_yet else await self.repo.find(user_id, kind, event_key)
        if draft is None:
            draft = Draft(
                user_id=user_id,
                kind=kind,
                event_key=event_key,
                step=step,
                token=new_token(),
                version=0,
                data=data,
                last_message_id=0,
                expired=False,
                created_at=self.now,
                updated_at=self.now,
            )
            await self.repo.add(draft)
        else:
            await self.repo.save(
                draft, step=step, token=new_token(), data=data, expired=False, updated_at=self.now
            )
        if others:
            await self.repo.pause_others(user_id, draft.id, self.now)
        return draft

    async def move(
        self, draft: Draft, step: str, data: dict[str, Any], message_id: int | None = None
    ) -> bool:
        """Store answers and go to `step` with a new token; False if the draft changed meanwhile."""
        values: dict[str, Any] = {"step": step, "token": new_token(), "data": data, "updated_at": self.now}
        if message_id is not None:
            values["last_message_id"] = max(message_id, draft.last_message_id)
        return await self.repo.save(draft, **values)

    async def update_data(self, draft: Draft, data: dict[str, Any]) -> bool:
        """Store answers without leaving the step (multi-select toggles)."""
        return await self.repo.save(draft, data=data, updated_at=self.now)

    async def touch(self, draft: Draft, message_id: int) -> bool:
        """Record that a message was handled (a hint was given) without changing the step."""
        return await self.repo.save(
            draft, last_message_id=max(message_id, draft.last_message_id), updated_at=self.now
        )

    async def pause(self, draft: Draft) -> bool:
        """Set the conversation aside; its answers are kept."""
        return await self.repo.save(draft, expired=True, updated_at=self.now)

    async def resume(self, draft: Draft) -> bool:
        """Continue a paused conversation at its step (older buttons become stale)."""
        ok = await self.repo.save(draft, expired=False, token=new_token(), updated_at=self.now)
        if ok:
            await self.repo.pause_others(draft.user_id, draft.id, self.now)
        return ok

    async def cancel(self, draft: Draft) -> bool:
        """Drop the conversation and its answers."""
        return await self.repo.delete(draft)

    async def cancel_all(self, user_id: int) -> int:
        """Drop every conversation of the user; how many there were."""
        drafts = await self.repo.for_user(user_id)
        return sum([await self.repo.delete(d) for d in drafts])

    async def forget_paused(self, retention: timedelta, limit: int = 100) -> int:
        """Delete conversations paused and untouched for longer than `retention`: their answers (personal
        data) were kept only so the person could resume, not for ever. How many were deleted."""
        drafts = await self.repo.idle(self.now - retention, limit, paused=True)
        return sum([await self.repo.delete(draft) for draft in drafts])

    async def expire_idle(self, timeout: timedelta, limit: int = 100) -> list[Expired]:
        """Pause conversations idle longer than `timeout`; each is claimed atomically: one process tells."""
        expired = []
        for draft in await self.repo.idle(self.now - timeout, limit):
            if await self.repo.save(draft, expired=True):
                user = await self.users.get(draft.user_id)
                lang = user.language if user else DEFAULT_LANGUAGE
                expired.append(Expired(draft.id, draft.user_id, draft.kind, draft.event_key, lang))
        return expired
