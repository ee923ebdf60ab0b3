"""Dates and times a question names, checked against the event's: "is it on the 12th?", "¿empieza a
las 15:00 hora de Suiza?", "¿es en la segunda semana de mayo?". Numeric dates and 12-hour times were
already rewritten by `numerals.in_figures`; here days, months and clock times are read and compared.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import get_day_names

from bot.answers.refs import month_words
from bot.events.models import Event
from bot.folding import fold, words

_CLOCK = re.compile(
    r"(?<![\d:])(\d{1,2}):(\d{2})\b|\b(\d{1,2})\s*(am|pm)\b|\b(?:a las|a la|at|las) (\d{1,2})\b(?![:\d])|"
    r"\b(?:de|from) (\d{1,2}) (?:a|to) (\d{1,2})\b(?![:\d]| de (?:enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre))|"
    # "says 9 to 12 Geneva time": a range without "from", never before a unit or a month
    r"(?<![\d:/.-])\b(\d{1,2}) to (\d{1,2})\b(?![:\d/.-]| (?:hours?|hrs?|days?|minutes?|mins?|weeks?|people|"
    r"persons|participants|of|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b)"
)


def named_clocks(text: str) -> list[tuple[int, int]]:
    """The times of day a question names ('9am', 'a las 9', '12:30'), as (hour, minute)."""
    return [(hour, minute) for hour, minute, _ in _clocks(text)]


_TIME_WORDS = re.compile(r"\b(?:hora|horas|horario|time|hours|am|pm|gmt|utc)\b")


def _clocks(text: str) -> list[tuple[int, int, bool]]:
    """Each time named, and whether it is bare: no am/pm, not written "03:00" (12-hour times were
    rewritten so by `numerals.in_figures`). "de 9 a 12" is read as times only beside a word of time
    ("¿no es de 9 a 12 hora de Lima?"; "from 10 to 11 February" and "from 2 to 3 people" are not)."""
    out = []
    timed = _TIME_WORDS.search(fold(text)) is not None
    for m in _CLOCK.finditer(fold(text)):
        if (m.group(6) or m.group(8)) and not timed:
            continue
        if m.group(1):
            out.append((int(m.group(1)) % 24, int(m.group(2)), not m.group(1).startswith("0")))
        elif m.group(3):
            out.append((int(m.group(3)) % 12 + (12 if m.group(4) == "pm" else 0), 0, False))
        elif m.group(5):
            out.append((int(m.group(5)) % 24, 0, True))
        elif m.group(6):  # "¿no es de 9 a 12 hora de Lima?": both ends
            out += [(int(m.group(6)) % 24, 0, True), (int(m.group(7)) % 24, 0, True)]
        else:
            out += [(int(m.group(8)) % 24, 0, True), (int(m.group(9)) % 24, 0, True)]
    return out


def named_clock(text: str) -> tuple[int, int] | None:
    """The first time of day a question names, if any."""
    clocks = named_clocks(text)
    return clocks[0] if clocks else None


def check_clock(text: str, event: Event, zone: str | None, which: str = "any") -> bool | None:
    """The times a question names against the sessions' starts and ends, in the zone it names (or the
    event's); `which` ("start", "end") when it asks only when they start ("¿no empieza a las 15:30?" is
    no: 15:30 is when it ends). Every time named must be a start or an end ("starts at 13:30 and ends
    at 15:30?")."""
    clocks = _clocks(text)
    if not clocks or not event.sessions:
        return None
    tz = ZoneInfo(zone) if zone else event.tzinfo
    starts = {(s.start.astimezone(tz).hour, s.start.astimezone(tz).minute) for s in event.sessions}
    ends = {(s.end.astimezone(tz).hour, s.end.astimezone(tz).minute) for s in event.sessions}
    if len(clocks) > 1:
        return all(_either(c) & (starts | ends) for c in clocks)
    return bool(_either(clocks[0]) & {"start": starts, "end": ends}.get(which, starts | ends))


AFTERNOON_READ = 7  # "a la 1:30", "at 3": an hour up to this one, without am/pm, is read in the afternoon too


def _either(clock: tuple[int, int, bool]) -> set[tuple[int, int]]:
    """Decision: meetings do not start at 1:30 at night, so a bare "1:30" may be 13:30."""
    hour, minute, bare = clock
    return {(hour, minute), (hour + 12, minute)} if bare and 1 <= hour <= AFTERNOON_READ else {(hour, minute)}


_DAY = re.compile(r"(?<![\d:])(\d{1,2})(?:st|nd|rd|th|ro)?(?![\d:]|\s*(?:am|pm|h\b|hrs|horas))")
_ORDINAL_WEEK = re.compile(
    r"\b(segunda|tercera|cuarta|ultima|second|third|fourth|last|2nd|3rd|4th) (?:semana|week)\b"
)
_FIRST_WEEK = re.compile(r"\b(?:primera semana|first week)\b")
_LATE = re.compile(r"\b(?:late|end of|second half|latter|finales|fines|fin de|segunda quincena|last week)\b")
_PART_OF_MONTH = re.compile(
    r"\b(?:mid|middle|mediados|mitad|half|quincena|early|beginning|principios|inicios)\b"
)


# A day of the month named without a month: "on the 12th", "el día 12", "el 12?".
_BARE_DAY = re.compile(
    r"\b(?:on |the |el (?:dia )?|dia )(\d{1,2})(?:st|nd|rd|th)?\b(?=\s*(?:[,?!.;]|$|right|correct|verdad|"
    r"cierto|no\b|y el|o el|and the|or the))|\bthe (\d{1,2})(?:st|nd|rd|th)\b"
    r"(?! (?:anniversary|edition|session|meeting|week|article|time|year|century|sponsored|person|participant|"
    r"nominee|nomination|official|delegate|one|place|slot|seat|profile|representative))"
)


def named_days(text: str) -> tuple[set[int], set[int]]:
    """Months and days of the month a question names (days count next to a month, or alone as "the
    12th", "el día 12": then they are days of the event's own month)."""
    folded = fold(text)
    ws = set(words(folded))
    months = {m for m in range(1, 13) if ws & month_words(m)} | _short_months(ws)
    if not months:
        return months, bare_days(folded)
    days = {int(d) for d in _DAY.findall(folded) if 1 <= int(d) <= 31}
    return months, days


def bare_days(folded: str) -> set[int]:
    """Days of the month a folded question names without a month."""
    found = {int(a or b) for a, b in _BARE_DAY.findall(folded)}
    return {d for d in found if 1 <= d <= 31}


_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "abr": 4, "jun": 6, "jul": 7, "aug": 8, "ago": 8}
_SHORT |= {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "dic": 12}


def _short_months(ws: set[str]) -> set[int]:
    return {m for w, m in _SHORT.items() if w in ws}


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    """Folded weekday names in both languages."""
    return frozenset(
        w for loc in ("en", "es") for name in get_day_names("wide", locale=loc).values() for w in words(name)
    )


def names_weekday(text: str, place: list[str] | None = None) -> bool:
    """Whether a question names a day of the week ("¿es de lunes a miércoles?"), not as a place's name
    ("Santo Domingo")."""
    return bool(set(words(text)) & _weekday_words() - set(place or ()))


@lru_cache(maxsize=1)
def _dated_year() -> re.Pattern[str]:
    names = sorted({w for m in range(1, 13) for w in month_words(m)} | set(_SHORT), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(names) + r")\b,?\s+(?:del?\s+)?((?:19|20)\d\d)\b")


def named_years(text: str) -> set[int]:
    """Years a question writes after a month ("31 March 2025", "mayo de 2025")."""
    return {int(y) for y in _dated_year().findall(fold(text))}


_LONE_YEAR = re.compile(
    r"\b(?:is|es|was|fue|sera|will be|held|happens?|happened|takes? place|took place|tuvo lugar|"
    r"se celebra|se celebro|se realiza|se realizo|se hace|se hizo)(?:\s+(?:it|this|the|el|la|\w+))?"
    r"\s+(?:in|en|for|para|during|durante)\s+((?:19|20)\d\d)\b"
)


def lone_years(text: str) -> set[int]:
    """Years a question names as when the event is, without a month ("the dialogue is in 2022, right?",
    "¿fue en 2019?"); not a year naming something else ("the 2019 conference", "a mine in 1991")."""
    return {int(y) for y in _LONE_YEAR.findall(fold(text))}


def check_days(text: str, first: date, last: date) -> bool | None:
    """Whether the dates a question names fall within first..last (None when it names none); a year
    written with the month must be theirs ("31 March 2025" is not 31 March 2026)."""
    months, days = named_days(text)
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if months and not named_years(text) <= {d.year for d in span}:
        return False
    if not months and not days and (years := lone_years(text)):
        return years <= {d.year for d in span}  # "the dialogue is in 2022, right?"
    if not months:
        return days <= {d.day for d in span} if days else None
    if not months <= {d.month for d in span}:
        return False
    if days:
        return days <= {d.day for d in span if d.month in months}
    return True


def check_event_dates(text: str, event: Event) -> bool | None:
    """A question's dates against the event's; approximate dates ('first week of May') are checked by
    month and by which week is named: the right month is a yes, a day within it is not known."""
    dates = event.dates
    if not dates.is_approximate:
        return check_days(text, dates.first_day, dates.last_day)
    months, _ = named_days(text)
    if not months and not named_days(text)[1] and (years := lone_years(text)):
        return years <= {dates.first_day.year, dates.last_day.year}
    if not months:
        return None
    if not months <= {dates.first_day.month, dates.last_day.month}:
        return False
    if not named_years(text) <= {dates.first_day.year, dates.last_day.year}:
        return False
    note = fold(dates.note.get("en")) if dates.note else ""
    if _ORDINAL_WEEK.search(fold(text)) and _FIRST_WEEK.search(note):
        return False
    # "¿no es en mayo?", "first week of May, right?": the month (and week) the file gives are confirmed; a
    # day of the month cannot be, while the exact dates are still to be confirmed; "late May" is not the
    # first week, "mid-May" cannot be told.
    folded = fold(text)
    if _FIRST_WEEK.search(note) and _LATE.search(folded):
        return False
    return None if named_days(text)[1] or _PART_OF_MONTH.search(folded) else True
