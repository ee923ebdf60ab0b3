"""Invitation codes organisers give organisations, so that they may request sponsorship."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.audit import ORGANISER, SYSTEM, Actor, Audit
from bot.validation import Checked, fail, invitation_code
from storage.models import Invitation
from storage.sponsorships import InvitationRepository

CODE_PREFIX = "INV"
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6


class InvitationService:
    """Create, check and use invitation codes, on one session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.repo = InvitationRepository(session)
        self.session = session
        self.now = now

    async def create_invitation(
        self, event_key: str, organisation: str, issued_by: int | None = None
    ) -> Invitation:
        """A new code for `organisation` to request sponsorship at `event_key` (organisers' /invite)."""
        while True:
            code = f"{CODE_PREFIX}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))}"
            if await self.repo.by_code(code) is None:
                break
        invitation = Invitation(
            code=code, event_key=event_key, organisation=organisation.strip()[:200], created_at=self.now
        )
        await self.repo.add(invitation)
        actor = Actor(ORGANISER, issued_by) if issued_by is not None else Actor(SYSTEM)
        await Audit(self.session, self.now).invitation(invitation, actor)
        return invitation

    async def find(self, code: str) -> Invitation | None:
        """The invitation with this code, whatever its event."""
        return await self.repo.by_code(code)

    async def check(self, event_key: str, text: str, user_id: int) -> Checked:
        """A code that exists for this event and that nobody else has used yet."""
        shaped = invitation_code(text)
        if not shaped.ok:
            return shaped
        found = await self.repo.by_code(shaped.value)
        if found is None or found.event_key != event_key:
            return fail("spons-error-code-unknown")
        if found.used_by_user_id not in (None, user_id):
            return fail("spons-error-code-used")
        return Checked(found.code)

    async def consume(self, event_key: str, code: str | None, user_id: int) -> Invitation | None:
        """Use a code for `user_id` (atomically: one organisation, one user); None if it cannot be used."""
        if not code:
            return None
        found = await self.repo.by_code(code)
        if found is None or found.event_key != event_key:
            return None
        return found if await self.repo.consume(found, user_id, self.now) else None

    async def for_event(self, event_key: str) -> list[Invitation]:
        """An event's invitations."""
        return await self.repo.for_event(event_key)
