"""Event facts as short phrases in a person's language (dates, place, format)."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date, format_interval

from bot import countries
from bot.events.models import Event
from bot.i18n import BABEL_LOCALES, I18n


def when(event: Event, lang: str) -> str:
    """The event's dates ('10–11 February 2021'), or what is known when they are approximate."""
    dates = event.dates
    if dates.is_approximate:
        return dates.note.get(lang) if dates.note else ""
    return day_range(dates.first_day, dates.last_day, lang)


def day_range(start: date, end: date, lang: str) -> str:
    """'10–11 February 2021' / '10–11 de febrero de 2021'; a single day in long form."""
    locale = BABEL_LOCALES[lang]
    if start == end:
        return format_date(start, "long", locale=locale)
    if lang == "es":
        return format_interval(start, end, "yMMMMd", locale=locale)
    # CLDR has no full-month interval for English; build the UN-style range by hand.
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, 'long', locale=locale)}"
    head = format_date(start, "d MMMM" if start.year == end.year else "long", locale=locale)
    return f"{head} – {format_date(end, 'long', locale=locale)}"


def place(event: Event, lang: str) -> str:
    """City and country, when the event has them."""
    parts = [event.city.get(lang)] if event.city else []
    if event.country:
        parts.append(countries.name(event.country, lang))
    return ", ".join(parts)


def where(event: Event, lang: str, i18n: I18n) -> str:
    """Format and place ('In person · San Salvador, El Salvador'), or '' when neither is stated."""
    if event.format is None:
        return place(event, lang)
    fmt = i18n.t(lang, f"format-{event.format}")
    spot = place(event, lang)
    return (
        i18n.t(lang, "where-place", format=fmt, place=spot)
        if spot
        else i18n.t(lang, "where-virtual", format=fmt)
    )


def event_header(event: Event, lang: str, i18n: I18n) -> dict[str, str]:
    """Title, dates and place of an event, for greeting messages ('where' starts a new line, or is empty)."""
    spot = where(event, lang, i18n)
    return {"title": event.title.get(lang), "when": when(event, lang), "where": f"\n{spot}" if spot else ""}
