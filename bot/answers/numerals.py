"""Dates and times written in figures, read the way the rest of the engine reads words.

Decision: "04/12/2020", "2020-12-04", "10/02" are rewritten as "4 dec 2020", "10 feb" (a month
abbreviation both languages read), and "1:30 pm", "3 de la tarde", "nueve de la mañana" as "13:30",
"15:00", "09:00" (an hour in words only where it is an hour: "a las nueve", "at nine", "ten a.m."),
before the question is read; the yes/no checks then compare them with the event's
dates and session times like any other date or time.

Numeric dates are read day first (as in Latin America and in Geneva, where the invitations come from);
month first only when the day-first reading is impossible ("12/31") or the message says it uses the US
format ("12/04/2020 (US date format)", "mm/dd"). A year-first date ("2021-02-10") is always ISO.
"""

from __future__ import annotations

import re

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ISO = re.compile(r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])")
_NUMERIC = re.compile(r"(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/:]|[.-]\d)")
_US = re.compile(r"\b(?:US|U\.S\.|american|estadounidense|mm/dd)\b", re.IGNORECASE)
_TWELVE = re.compile(
    r"(?<![\d:.])(\d{1,2})(?:[:.](\d{2}))?\s*(?:(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])|"
    r"(?:de|in|en) (?:la |the )?(manana|mañana|tarde|noche|morning|afternoon|evening))",
    re.IGNORECASE,
)
_AFTERNOON = ("p", "tarde", "noche", "afternoon", "evening")
_HOURS = (
    ["una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"],
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
)
_SPELLED = {w: str(i + 1) for names in _HOURS for i, w in enumerate(names)}
# An hour in words where it is an hour: "a las nueve", "at nine", "nine in the morning", "ten a.m."
_SPELLED_HOUR = re.compile(
    r"\b(?:(?<=a las )|(?<=a la )|(?<=at ))(" + "|".join(_SPELLED) + r")\b"
    r"|\b(" + "|".join(_SPELLED) + r")(?= (?:de la|in the) (?:manana|mañana|tarde|noche|morning|afternoon|"
    r"evening)\b| ?(?:a\.?m\.?|p\.?m\.?|o'?clock)(?![a-z]))",
    re.IGNORECASE,
)


_PAST = {"media": "30", "cuarto": "15"}
_HALF = re.compile(r"(?<![\d:])(\d{1,2}) y (media|cuarto)\b", re.IGNORECASE)  # "a la 1 y media": 1:30


def _day_month(first: int, second: int, us: bool) -> tuple[int, int] | None:
    """(day, month) of a numeric date, or None when neither reading is a date."""
    if us and 1 <= first <= 12 and 1 <= second <= 31:
        return second, first
    if 1 <= first <= 31 and 1 <= second <= 12:
        return first, second
    if 1 <= first <= 12 and 13 <= second <= 31:
        return second, first
    return None


def _date(day: int, month: int, year: str | None) -> str:
    spelled = f"{day} {_MONTHS[month - 1]}"
    if year:
        spelled += f" {year if len(year) == 4 else '20' + year}"
    return spelled


def _numeric(m: re.Match[str], us: bool) -> str:
    if m.group(2) != "/" and not m.group(4):
        return m.group(0)  # "1.5" is a number, "5-7 may" a range of days: not dates
    found = _day_month(int(m.group(1)), int(m.group(3)), us)
    return m.group(0) if found is None else _date(*found, m.group(4))


def _iso(m: re.Match[str]) -> str:
    month, day = int(m.group(2)), int(m.group(3))
    return _date(day, month, m.group(1)) if 1 <= month <= 12 and 1 <= day <= 31 else m.group(0)


def _clock(m: re.Match[str]) -> str:
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return m.group(0)
    half = (m.group(3) or m.group(4) or "").lower().replace(".", "").replace(" ", "")
    if half.startswith(_AFTERNOON) and not (half == "noche" and hour < 6):
        hour = hour % 12 + 12
    elif hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _spelled_hour(m: re.Match[str]) -> str:
    word = m.group(1) or m.group(2)
    if m.group(1) and word.lower() == "one" and m.string[: m.start()].lower().endswith("at "):
        return word  # "at one point", "at one of the sessions"
    return _SPELLED[word.lower()]


def in_figures(text: str) -> str:
    """`text` with its numeric dates spelled with a month and its 12-hour times in 24-hour form."""
    us = bool(_US.search(text))
    out = _ISO.sub(_iso, text)
    out = _NUMERIC.sub(lambda m: _numeric(m, us), out)
    out = _SPELLED_HOUR.sub(_spelled_hour, out)
    out = _HALF.sub(lambda m: f"{m.group(1)}:{_PAST[m.group(2).lower()]}", out)
    return _TWELVE.sub(_clock, out)
