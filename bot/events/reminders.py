"""Reminders an event file switches on, each with how long before its moment it is sent:

    [reminders]
    registration_closes = "3d"    # to people who started registering and did not finish
    sponsorship_deadline = "5d"   # to registered State delegations without a sponsorship request
    travel_details = "21d"        # to approved sponsored delegates whose travel dates are missing
    event_starts = "1d"           # to everyone registered, with the times in their own zone

Left out (or false), a reminder is off. Durations are days (d), hours (h) or minutes (m).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated

from pydantic import BeforeValidator

from bot.events.common import StrictModel, problem

_DURATION = re.compile(r"^\s*(\d{1,4})\s*([dhm])\s*$")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def _duration(value: object) -> timedelta | None:
    if value is False or value is None:
        return None
    if isinstance(value, str):
        found = _DURATION.match(value.lower())
        if found and int(found.group(1)) > 0:
            return timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})
    raise problem(
        f"“{value}” is not a time before the moment",
        'write a number of days, hours or minutes, such as "3d", "12h" or "90m" (or false to switch it off)',
    )


Before = Annotated[timedelta | None, BeforeValidator(_duration)]


class Reminders(StrictModel):
    """How long before each moment its reminder goes out (None: off)."""

    registration_closes: Before = None
    sponsorship_deadline: Before = None
    travel_details: Before = None
    event_starts: Before = None

    def switched_on(self) -> dict[str, timedelta]:
        return {name: value for name, value in self.model_dump().items() if value is not None}
