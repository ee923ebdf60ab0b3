"""The event file schema: one :class:`Event` per TOML file in ``events/``.

Sub-models live in ``common``, ``schedule``, ``content`` and ``participation`` (all re-exported by
``bot.events``). Every helper that depends on time takes ``now`` (timezone-aware): nothing reads the clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Literal

from pydantic import Field, field_validator, model_validator

from bot.events.common import (
    Article,
    CountryCode,
    EventFormat,
    LanguageCode,
    Localized,
    StrictModel,
    TimeZoneName,
    check_key,
    problems,
    zone,
)
from bot.events.content import (
    Agenda,
    Contact,
    FaqEntry,
    FaqTopic,
    Link,
    Participants,
    Party,
    Signatory,
    Venue,
)
from bot.events.participation import Registration, RegistrationField, RegistrationMeaning, Sponsorship
from bot.events.reminders import Reminders
from bot.events.schedule import AnnouncedTime, EventDates, Session

Status = Literal["upcoming", "current", "past"]


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("`now` must be timezone-aware")
    return now


def _midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=tz)


class Event(StrictModel):
    """One event, as an organiser describes it in ``events/<key>.toml``."""

    key: str
    title: Localized
    short_title: Localized | None = None
    title_article: Article | None = None  # the article of the title shown (short_title, else title)
    summary: Localized
    invitation_date: date | None = None
    addressees: list[Localized] = Field(default_factory=list)
    organisers: list[Party] = Field(min_length=1)
    hosts: list[Party] = Field(default_factory=list)
    funders: list[Party] = Field(default_factory=list)
    speakers: list[Party] = Field(default_factory=list)
    signatories: list[Signatory] = Field(default_factory=list)
    format: EventFormat | None = None  # left out: the invitation does not state it
    city: Localized | None = None
    country: CountryCode | None = None
    venue: Venue | None = None
    timezone: TimeZoneName
    dates: EventDates
    sessions: list[Session] = Field(default_factory=list)
    announced_times: list[AnnouncedTime] = Field(default_factory=list)
    field_visit: Localized | None = None
    participants: Participants | None = None
    agenda: Agenda | None = None
    languages: list[LanguageCode] = Field(default_factory=list)
    interpretation: list[LanguageCode] | None = None
    sign_language: bool | None = None
    language_note: Localized | None = None
    background: Localized | None = None
    links: list[Link] = Field(default_factory=list)
    contact: Contact
    sponsorship: Sponsorship | None = None
    registration: Registration | None = None
    faq: list[FaqEntry] = Field(default_factory=list)
    reminders: Reminders | None = None
    open_points: list[Localized] = Field(default_factory=list)

    @field_validator("key")
    @classmethod
    def _key(cls, value: str) -> str:
        return check_key(value)

    @model_validator(mode="after")
    def _cross_checks(self) -> Event:
        found: list[tuple[str, str, str]] = []
        if self.format in (EventFormat.IN_PERSON, EventFormat.HYBRID):
            for name, example in (
                ("city", 'city = { en = "San Salvador", es = "San Salvador" }'),
                ("country", 'country = "SV"'),
            ):
                if getattr(self, name) is None:
                    found.append((name, f"an {self.format} event needs `{name}`", f"add {example}"))
            if self.venue is None:
                found.append(
                    (
                        "venue",
                        f"an {self.format} event needs a [venue]",
                        "if it is not known yet, write [venue] with to_be_confirmed = true",
                    )
                )
        first, last = self.dates.first_day, self.dates.last_day
        tz = self.tzinfo
        for i, session in enumerate(self.sessions):
            day = session.start.astimezone(tz).date()
            if not first <= day <= last:
                found.append(
                    (
                        f"sessions[{i}].start",
                        f"the session starts on {day} ({self.timezone}), "
                        f"outside the event dates {first} to {last}",
                        "check the session date, its UTC offset, and the [dates] table",
                    )
                )
        reg = self.registration
        if reg is not None:
            if RegistrationField.ATTENDANCE_MODE in reg.fields and self.format is not EventFormat.HYBRID:
                i = reg.fields.index(RegistrationField.ATTENDANCE_MODE)
                found.append(
                    (
                        f"registration.fields[{i}]",
                        "attendance_mode is only asked at hybrid events",
                        'remove it, or set format = "hybrid"',
                    )
                )
            if RegistrationField.INTERPRETATION_LANGUAGE in reg.fields and not self.interpretation:
                i = reg.fields.index(RegistrationField.INTERPRETATION_LANGUAGE)
                found.append(
                    (
                        f"registration.fields[{i}]",
                        "interpretation_language is asked but the event lists no interpretation",
                        'remove it, or fill in interpretation = ["en", "es"]',
                    )
                )
            if reg.counts_as is RegistrationMeaning.NOTICE and not (self.contact.email or reg.url):
                found.append(
                    (
                        "registration.counts_as",
                        '"notice" tells people to confirm another way too, but the file gives no way',
                        'add contact.email or registration.url, or write counts_as = "confirmation"',
                    )
                )
            closes = self.registration_closes
            if reg.opens is not None and closes is not None and closes <= reg.opens:
                found.append(
                    (
                        "registration.opens",
                        "registration opens after it closes (at the event start)",
                        "check `opens`, or give `closes` explicitly",
                    )
                )
        if found:
            raise problems(found)
        return self

    # --- derived helpers -------------------------------------------------------------------

    @property
    def tzinfo(self) -> tzinfo:
        """The event's own time zone."""
        return zone(self.timezone)

    @property
    def is_approximate(self) -> bool:
        """True when only an approximate date range is known (show `dates.note`, not dates)."""
        return self.dates.is_approximate

    def display_title(self, lang: str) -> str:
        """The short title if there is one, else the title."""
        return (self.short_title or self.title).get(lang)

    def local(self, instant: datetime) -> datetime:
        """An instant in the event's time zone."""
        return instant.astimezone(self.tzinfo)

    @property
    def first_start(self) -> datetime | None:
        """When the event starts: its first session, else 00:00 on the start date; None if approximate."""
        if self.sessions:
            return min(s.start for s in self.sessions)
        if self.dates.is_approximate:
            return None
        return _midnight(self.dates.first_day, self.tzinfo)

    @property
    def last_end(self) -> datetime | None:
        """When the event ends: its last session, else midnight after the end date; None if approximate."""
        if self.sessions:
            return max(s.end for s in self.sessions)
        if self.dates.is_approximate:
            return None
        return _midnight(self.dates.last_day + timedelta(days=1), self.tzinfo)

    def _window(self) -> tuple[datetime, datetime]:
        """Start and end used for status and sorting (the approximate range when nothing better)."""
        start = self.first_start or _midnight(self.dates.first_day, self.tzinfo)
        end = self.last_end or _midnight(self.dates.last_day + timedelta(days=1), self.tzinfo)
        return start, end

    def status(self, now: datetime) -> Status:
        """ "upcoming" before the start, "current" until the end, then "past"."""
        start, end = self._window()
        now = _aware(now)
        if now < start:
            return "upcoming"
        return "current" if now < end else "past"

    @property
    def sort_key(self) -> tuple[datetime, str]:
        """Chronological order (by start, or earliest possible start), then key."""
        return (self._window()[0], self.key)

    @property
    def registration_closes(self) -> datetime | None:
        """`registration.closes`, defaulting to the event start; None without registration."""
        if self.registration is None:
            return None
        return self.registration.closes or self._window()[0]

    def registration_open(self, now: datetime) -> bool:
        """Whether the bot accepts registrations at `now`: opens <= now < closes."""
        reg = self.registration
        if reg is None:
            return False
        now = _aware(now)
        if reg.opens is not None and now < reg.opens:
            return False
        closes = self.registration_closes
        return closes is None or now < closes

    def sponsorship_open(self, now: datetime) -> bool:
        """Whether sponsorship requests are accepted at `now` (until the deadline instant)."""
        return self.sponsorship is not None and self.sponsorship.is_open(_aware(now))

    def announced(self, session: Session) -> list[tuple[AnnouncedTime, datetime, datetime]]:
        """A session's start and end in each zone the invitation announced times in."""
        return [(a, a.local(session.start), a.local(session.end)) for a in self.announced_times]

    def faq_for(self, topic: FaqTopic | str | None = None) -> list[FaqEntry]:
        """FAQ entries, optionally of one topic."""
        return [e for e in self.faq if topic is None or e.topic == topic]
