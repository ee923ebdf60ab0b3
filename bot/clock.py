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


def clock_from(pinned: datetime | None) -> Clock:
    """The clock for a deployment: pinned by DELEGATEBOT_NOW, else the system clock."""
    return FixedClock(pinned) if pinned is not None else SystemClock()
