"""Building the form behind a draft: which conversation it is, for which person, event and moment."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.models import Event
from bot.services.conversations.drafts import RSVP, SPONSORSHIP, DraftService
from bot.services.conversations.flow import Flow
from bot.services.conversations.form import Completion, Form
from bot.services.registration.form import RsvpForm
from bot.services.registration.service import RegistrationService
from bot.services.sponsorship.form import SponsorshipForm
from bot.services.sponsorship.policy import ACTIVE
from bot.services.sponsorship.service import SponsorshipService
from storage.models import Draft

# While a sponsorship request is open, the State (or organisation) it counts against cannot change.
LOCKED_WITH_REQUESTS = frozenset({"delegation_type", "country"})


async def build_form(
    session: AsyncSession, now: datetime, event: Event, kind: str, user_id: int, lang: str
) -> Form | None:
    """The form for a kind of conversation; None when it cannot take place (no registration, no policy)."""
    registrations = RegistrationService(session, now)
    if kind == RSVP and event.registration is not None:

        async def save(values: dict) -> Completion:
            return await registrations.save(event, user_id, lang, values)

        registration = await registrations.current(user_id, event.key)
        requests = await SponsorshipService(session, now).requests(registration) if registration else []
        locked = LOCKED_WITH_REQUESTS if any(r.status in ACTIVE for r in requests) else frozenset()
        return RsvpForm(event, lang, save, locked)
    if kind == SPONSORSHIP and event.sponsorship is not None:
        registration = await registrations.current(user_id, event.key)
        if registration is None:
            return None
        service = SponsorshipService(session, now)
        seats = await service.seats(event, registration)
        return SponsorshipForm(event, lang, registration, service, seats, now)
    return None


async def open_flow(
    session: AsyncSession, now: datetime, draft: Draft, event: Event | None, lang: str
) -> Flow | None:
    """The draft with its form, ready to take an answer; None when the conversation can no longer go on."""
    if event is None:
        return None
    form = await build_form(session, now, event, draft.kind, draft.user_id, lang)
    return Flow(DraftService(session, now), draft, form) if form is not None else None
