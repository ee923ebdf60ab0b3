"""Withdrawing a registration: its sponsorship requests (freeing their seats) and its conversations go too."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.conversations.drafts import RSVP, SPONSORSHIP, DraftService
from bot.services.registration.service import RegistrationService
from bot.services.sponsorship.service import SponsorshipService
from storage.models import Registration


async def withdraw_registration(
    session: AsyncSession, now: datetime, registration: Registration
) -> int | None:
    """Withdraw everything about a registration; how many requests were withdrawn (None if already done)."""
    if not await RegistrationService(session, now).withdraw(registration):
        return None
    withdrawn = await SponsorshipService(session, now).withdraw_all(registration)
    drafts = DraftService(session, now)
    for kind in (RSVP, SPONSORSHIP):
        draft = await drafts.find(registration.user_id, kind, registration.event_key)
        if draft is not None:
            await drafts.cancel(draft)
    return withdrawn
