"""DELEGATEBOT_NOW starts the clock at an instant; it then runs, so retries and expiry follow real time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.clock import StartedClock, SystemClock, clock_from
from tests.support.waiting import eventually

START = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


async def test_a_started_clock_begins_at_its_instant_and_moves_on() -> None:
    clock = clock_from(START)
    assert isinstance(clock, StartedClock)
    first = clock.now()
    assert START <= first < START + timedelta(seconds=5)
    later = await eventually(clock.now, lambda now: now > first)
    assert later.tzinfo is not None


def test_without_an_instant_the_system_clock_is_used() -> None:
    assert isinstance(clock_from(None), SystemClock)
