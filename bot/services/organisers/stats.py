"""Counts about an event for organisers: live records and the anonymous remains of forgotten ones."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.models import Event
from bot.events.registry import EventRegistry
from bot.services.privacy.erase import REGISTRATION, SPONSORSHIP
from bot.services.registration.service import CONFIRMED
from storage.anonymous import AnonymousRepository
from storage.broadcasts import BroadcastRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import SponsorshipReports

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
    unreachable: int = 0  # confirmed registrants Telegram said blocked the bot (broadcasts skip them)

    def add_registrations(
        self, status: str, country: str | None, delegation: str | None, language: str | None, count: int
    ) -> None:
        """Count `count` registrations alike, live or anonymous (their days are counted apart)."""
        self.registrations[status] += count
        if status == CONFIRMED:
            self.countries[country or UNKNOWN] += count
            self.delegations[delegation or UNKNOWN] += count
            self.languages[language or UNKNOWN] += count

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
    """Count an event's registrations and sponsorship requests, the anonymised ones included. The
    database counts (GROUP BY): loading every registration took most of a second at 10,000."""
    stats = EventStats()
    registrations = RegistrationRepository(session)
    for status, country, delegation, language, count in await registrations.count_by_profile(event.key):
        stats.add_registrations(status, country, delegation, language, count)
    if (span := await registrations.span(event.key)) is not None:
        offsets = utc_offsets(event.tzinfo, *span)
        stats.per_day.update(dict(await registrations.count_by_local_day(event.key, offsets)))
    stats.requests.update(await SponsorshipReports(session).count_by_status(event.key))
    stats.unreachable = await BroadcastRepository(session).unreachable_registrants(event.key)
    anonymous = await AnonymousRepository(session).count_by_profile(event.key)
    for kind, status, country, delegation, language, day, count in anonymous:
        if kind == REGISTRATION:
            stats.anonymised += count
            stats.add_registrations(status, country, delegation, language, count)
            stats.per_day[day] += count
        elif kind == SPONSORSHIP:
            stats.requests[status] += count
    return stats


def utc_offsets(zone: tzinfo, first: datetime, last: datetime) -> list[tuple[datetime, timedelta]]:
    """The zone's UTC offset from `first` to `last`, as (from this instant, offset) pairs, oldest first.
    zoneinfo does not list its transitions: each day is probed, and a change pinned to the microsecond."""
    periods = [(first, _offset(zone, first))]
    day = first
    while day < last:
        following = min(day + timedelta(days=1), last)
        if (offset := _offset(zone, following)) != periods[-1][1]:
            periods.append((_change(zone, day, following), offset))
        day = following
    return periods


def _offset(zone: tzinfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).utcoffset() or timedelta(0)


def _change(zone: tzinfo, before: datetime, after: datetime) -> datetime:
    """The first instant after `before` (up to `after`) with another offset than `before`'s."""
    offset = _offset(zone, before)
    while after - before > timedelta(microseconds=1):
        middle = before + (after - before) / 2
        before, after = (middle, after) if _offset(zone, middle) == offset else (before, middle)
    return after


def choose_event(events: EventRegistry, key: str | None, current: str | None, now: datetime) -> Event | None:
    """The event named, else the person's current one, else the current or next, else the latest past."""
    if key:
        return events.get(key.strip().lower())
    if current and (found := events.get(current)) is not None:
        return found
    candidates = events.visible(now, include_past=True)
    return candidates[0] if candidates else None
