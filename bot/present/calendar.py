"""An iCalendar (.ics) file of an event's sessions, for delegates' calendars."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from bot.events.models import Event
from bot.present.event import place


def has_calendar(event: Event) -> bool:
    """Only events with exact session times get a calendar file (never a guessed date)."""
    return bool(event.sessions)


def ics(event: Event, lang: str, now: datetime) -> bytes:
    """The sessions as VEVENTs with UTC times; summary, place and description in `lang`."""
    cal = Calendar()
    cal.add("prodid", "-//delegatebot//event calendar//EN")
    cal.add("version", "2.0")
    title = event.display_title(lang)
    spot = place(event, lang)
    for i, session in enumerate(event.sessions, start=1):
        item = CalendarEvent()
        item.add("uid", f"{event.key}-{i}@delegatebot")
        item.add("dtstamp", now.astimezone(UTC))
        item.add("dtstart", session.start.astimezone(UTC))
        item.add("dtend", session.end.astimezone(UTC))
        item.add("summary", f"{title}: {session.title.get(lang)}")
        description = session.description or event.summary
        item.add("description", description.get(lang))
        if spot:
            item.add("location", spot)
        cal.add_component(item)
    return cal.to_ical()


def file_name(event: Event) -> str:
    """The attachment's name."""
    return f"{event.key}.ics"
