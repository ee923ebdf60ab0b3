"""Purging an event after it ended: its personal data is removed, anonymised as /forget does."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.models import Event
from bot.services.privacy.erase import Erased, erase_registrations
from storage.audit import AuditRepository
from storage.broadcasts import BroadcastRepository
from storage.drafts import DraftRepository
from storage.questions import QuestionRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import InvitationRepository, SponsorshipRepository


def event_end(event: Event) -> datetime:
    """When the event ends: its last session, else midnight after its last (or latest possible) day."""
    if event.last_end is not None:
        return event.last_end
    return datetime.combine(event.dates.last_day + timedelta(days=1), time(0), tzinfo=event.tzinfo)


def may_purge(event: Event, now: datetime) -> bool:
    """Personal data of an event is purged only once the event is over."""
    return now >= event_end(event)


async def preview(session: AsyncSession, event: Event) -> Erased:
    """What a purge would remove now: counts and references, nothing else."""
    registrations = await RegistrationRepository(session).for_event(event.key)
    requests = await SponsorshipRepository(session).for_event(event.key)
    return Erased(
        registered=[(r.reference, r.event_key) for r in registrations],
        requests=len(requests),
        drafts=len(await DraftRepository(session).for_event(event.key)),
        questions=len(await QuestionRepository(session).for_event(event.key)),
        anonymous=len(registrations) + len(requests),
    )


async def purge(session: AsyncSession, now: datetime, event: Event) -> Erased:
    """Remove the event's personal data (the caller checked `may_purge` and commits)."""
    registrations = await RegistrationRepository(session).for_event(event.key)
    erased = await erase_registrations(session, now, registrations, lambda _key: event.tzinfo)
    erased.drafts = await DraftRepository(session).remove_for_event(event.key)
    erased.questions = await QuestionRepository(session).remove_for_event(event.key)
    await InvitationRepository(session).forget_users_of_event(event.key)
    await BroadcastRepository(session).forget_recipients_of_event(event.key)
    audit = AuditRepository(session)
    for reference, _ in erased.registered:
        await audit.record(
            now, "system", "registration.purged", "registration", reference, event_key=event.key
        )
    counts = {
        "registrations": len(erased.registered),
        "requests": erased.requests,
        "drafts": erased.drafts,
        "questions": erased.questions,
        "anonymous": erased.anonymous,
    }
    await audit.record(now, "system", "event.purged", "event", event.key, event_key=event.key, after=counts)
    return erased
