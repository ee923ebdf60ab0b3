"""One injectable clock: everything that needs 'now' asks it, so tests and previews can pin time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Source of the current instant (always timezone-aware, UTC)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock pinned to an instant, which tests may move forward."""

    def __init__(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware instant")
        self._instant = instant.astimezone(UTC)

    def now(self) -> datetime:
        return self._instant

    def advance(self, delta: timedelta) -> None:
        """Move the pinned instant forward."""
        self._instant += delta

    def set(self, instant: datetime) -> None:
        """Pin another instant."""
        self._instant = instant.astimezone(UTC)


class StartedClock:
    """A clock that starts at a chosen instant and runs at real speed (DELEGATEBOT_NOW): a preview behaves
    as on that day, and retries, expiry and reminders still follow real time."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("StartedClock needs a timezone-aware instant")
        self._offset = start.astimezone(UTC) - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


def clock_from(start: datetime | None) -> Clock:
    """The clock for a deployment: started at DELEGATEBOT_NOW and running, else the system clock."""
    return StartedClock(start) if start is not None else SystemClock()
