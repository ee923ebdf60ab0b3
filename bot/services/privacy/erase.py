"""Erasing registrations for /forget and purge: personal data goes, anonymous counts stay."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.notify.notices import CODE_REQUEST
from storage.anonymous import AnonymousRepository
from storage.models import AnonymousRecord, Registration, SponsorshipRequest
from storage.outbox import OutboxRepository
from storage.posts import PostRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import SponsorshipRepository

REGISTRATION = "registration"
SPONSORSHIP = "sponsorship"
ZoneOf = Callable[[str], tzinfo]


@dataclass
class Erased:
    """What was removed (or, for a dry run, would be): counts and references, never names."""

    registered: list[tuple[str, str]] = field(default_factory=list)  # (reference, event key)
    requests: int = 0
    drafts: int = 0
    questions: int = 0
    anonymous: int = 0

    @property
    def references(self) -> list[str]:
        return [reference for reference, _ in self.registered]

    def by_event(self) -> dict[str, list[str]]:
        """The references removed, per event."""
        grouped: dict[str, list[str]] = {}
        for reference, key in self.registered:
            grouped.setdefault(key, []).append(reference)
        return grouped

    @property
    def events(self) -> list[str]:
        """The events concerned, each once, in order."""
        return list(dict.fromkeys(key for _, key in self.registered))


def utc_zone(_key: str) -> tzinfo:
    """The zone used for the day of a record whose event is unknown."""
    return UTC


def _day(instant: datetime, zone: tzinfo) -> date:
    return instant.astimezone(zone).date()


def anonymous_records(
    registration: Registration, requests: list[SponsorshipRequest], zone: tzinfo, now: datetime
) -> list[AnonymousRecord]:
    """What remains of a registration and its requests: event, kind, status, State, type, language, day."""

    def record(kind: str, status: str, created: datetime) -> AnonymousRecord:
        return AnonymousRecord(
            event_key=registration.event_key,
            kind=kind,
            status=status,
            country=registration.country,
            delegation_type=registration.delegation_type,
            language=registration.language,
            created_on=_day(created, zone),
            anonymised_at=now,
        )

    rows = [record(REGISTRATION, registration.status, registration.created_at)]
    rows += [record(SPONSORSHIP, r.status, r.created_at) for r in requests]
    return rows


async def erase_registrations(
    session: AsyncSession, now: datetime, registrations: list[Registration], zone_of: ZoneOf
) -> Erased:
    """Replace registrations and their requests by anonymous records; held seats are freed; their
    requests for an invitation code (posts naming the registration) and unsent notices go too."""
    regs, spons = RegistrationRepository(session), SponsorshipRepository(session)
    erased = Erased()
    remains: list[AnonymousRecord] = []
    for registration in registrations:
        requests = await spons.for_registration(registration.id)
        remains += anonymous_records(registration, requests, zone_of(registration.event_key), now)
        for request in requests:
            await spons.remove(request)
        erased.registered.append((registration.reference, registration.event_key))
        erased.requests += len(requests)
        await regs.remove(registration)
    erased.anonymous = await AnonymousRepository(session).add_all(remains)
    await PostRepository(session).remove_subjects(CODE_REQUEST, [r.id for r in registrations])
    await OutboxRepository(session).scrub(set(erased.references), None, now)
    return erased
