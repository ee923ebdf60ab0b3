"""Counts about an event for organisers: live records and the anonymous remains of forgotten ones."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.models import Event
from bot.events.registry import EventRegistry
from bot.services.privacy.erase import REGISTRATION, SPONSORSHIP
from bot.services.registration.service import CONFIRMED
from storage.anonymous import AnonymousRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import SponsorshipRepository

UNKNOWN = ""  # the key under which records without a State, type or language are counted


@dataclass
class EventStats:
    """Registrations and requests by status; confirmed registrations by State, delegation and language."""

    registrations: Counter[str] = field(default_factory=Counter)
    requests: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    delegations: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    per_day: Counter[date] = field(default_factory=Counter)  # registrations received, by day (event zone)
    anonymised: int = 0  # how many of the registrations counted are anonymous records

    def add_registration(
        self, status: str, country: str | None, delegation: str | None, language: str | None, day: date
    ) -> None:
        """Count one registration, live or anonymous."""
        self.registrations[status] += 1
        self.per_day[day] += 1
        if status == CONFIRMED:
            self.countries[country or UNKNOWN] += 1
            self.delegations[delegation or UNKNOWN] += 1
            self.languages[language or UNKNOWN] += 1

    @property
    def total(self) -> int:
        return sum(self.registrations.values())

    def cumulative(self) -> list[tuple[date, int]]:
        """Registrations received so far, day by day (only days with a registration)."""
        running, out = 0, []
        for day in sorted(self.per_day):
            running += self.per_day[day]
            out.append((day, running))
        return out


async def event_stats(session: AsyncSession, event: Event) -> EventStats:
    """Count an event's registrations and sponsorship requests, the anonymised ones included."""
    stats = EventStats()
    for r in await RegistrationRepository(session).for_event(event.key):
        day = event.local(r.created_at).date()
        stats.add_registration(r.status, r.country, r.delegation_type, r.language, day)
    for request in await SponsorshipRepository(session).for_event(event.key):
        stats.requests[request.status] += 1
    for record in await AnonymousRepository(session).for_event(event.key):
        if record.kind == REGISTRATION:
            stats.anonymised += 1
            stats.add_registration(
                record.status, record.country, record.delegation_type, record.language, record.created_on
            )
        elif record.kind == SPONSORSHIP:
            stats.requests[record.status] += 1
    return stats


def choose_event(events: EventRegistry, key: str | None, current: str | None, now: datetime) -> Event | None:
    """The event named, else the person's current one, else the current or next, else the latest past."""
    if key:
        return events.get(key.strip().lower())
    if current and (found := events.get(current)) is not None:
        return found
    candidates = events.visible(now, include_past=True)
    return candidates[0] if candidates else None
