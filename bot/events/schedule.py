"""When an event happens: its dates (exact or approximate), its sessions, the announced time zones."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from pydantic import AwareDatetime, field_validator, model_validator

from bot.events.common import Localized, StrictModel, check_offset, check_timezone, offset_tz, problem, zone


class EventDates(StrictModel):
    """Either exact dates (`start`, `end`) or an approximate range (`earliest`, `latest` + `note`).

    The approximate range is only used to sort events and to tell whether an event is upcoming,
    current or past: it is never shown as a fact. What people see is `note`.
    """

    start: date | None = None
    end: date | None = None
    earliest: date | None = None
    latest: date | None = None
    note: Localized | None = None
    duration_note: Localized | None = None

    @model_validator(mode="after")
    def _exact_or_approximate(self) -> EventDates:
        exact = self.start is not None or self.end is not None
        approx = self.earliest is not None or self.latest is not None
        if exact and approx:
            raise problem(
                "give either exact dates (start, end) or an approximate range (earliest, latest), not both",
                "if the dates are not confirmed, remove start/end and keep earliest, latest and note",
            )
        if not exact and not approx:
            raise problem(
                "the dates are missing",
                "add start = 2026-05-04 and end = 2026-05-06, or, when not yet known, "
                "earliest, latest and a note such as 'First week of May 2026 (to be confirmed)'",
            )
        if exact:
            if self.start is None:
                raise problem("`start` is missing", "add start = 2026-05-04 (the first day)", at="start")
            if self.end is not None and self.end < self.start:
                raise problem(
                    f"the end date {self.end} is before the start date {self.start}",
                    "check the two dates; for a one-day event use the same date or leave `end` out",
                    at="end",
                )
            return self
        for name in ("earliest", "latest"):
            if getattr(self, name) is None:
                raise problem(
                    f"`{name}` is missing",
                    "an approximate range needs both earliest and latest, e.g. 2026-05-01 and 2026-05-08",
                    at=name,
                )
        if self.latest < self.earliest:  # type: ignore[operator]
            raise problem(
                f"`latest` ({self.latest}) is before `earliest` ({self.earliest})",
                "swap the two dates",
                at="latest",
            )
        if self.note is None:
            raise problem(
                "approximate dates need a `note` saying what is known",
                'add note = { en = "First week of May 2026 (to be confirmed)", es = "..." }',
                at="note",
            )
        return self

    @property
    def is_approximate(self) -> bool:
        return self.start is None

    @property
    def first_day(self) -> date:
        """Start date, or the earliest possible one (sorting/status only when approximate)."""
        return self.start if self.start is not None else self.earliest  # type: ignore[return-value]

    @property
    def last_day(self) -> date:
        """End date (the start date when `end` is left out), or the latest possible one."""
        if self.start is not None:
            return self.end or self.start
        return self.latest  # type: ignore[return-value]


class Session(StrictModel):
    """One sitting of the event, with exact instants (a TOML date-time with its UTC offset)."""

    title: Localized
    start: AwareDatetime
    end: AwareDatetime
    description: Localized | None = None

    @model_validator(mode="after")
    def _ends_after_start(self) -> Session:
        if self.end <= self.start:
            raise problem(
                f"the session ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})",
                "check the times and the UTC offsets of start and end",
                at="end",
            )
        return self


class AnnouncedTime(StrictModel):
    """A time zone the invitation announced times in: a fixed `utc_offset` or an IANA `zone`."""

    label: Localized
    utc_offset: str | None = None
    zone: str | None = None

    @field_validator("utc_offset")
    @classmethod
    def _offset(cls, value: str | None) -> str | None:
        return None if value is None else check_offset(value)

    @field_validator("zone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        return None if value is None else check_timezone(value)

    @model_validator(mode="after")
    def _one_of(self) -> AnnouncedTime:
        if (self.utc_offset is None) == (self.zone is None):
            raise problem(
                "give exactly one of `utc_offset` or `zone`",
                'use utc_offset = "-05:00" for a fixed offset, or zone = "America/Lima" for a place',
            )
        return self

    @property
    def tzinfo(self) -> tzinfo:
        return offset_tz(self.utc_offset) if self.utc_offset else zone(self.zone or "UTC")

    def local(self, instant: datetime) -> datetime:
        """The instant as a clock in this zone shows it."""
        return instant.astimezone(self.tzinfo)
