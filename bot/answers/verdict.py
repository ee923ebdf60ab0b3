"""Yes/no questions: recognising them, and checking what they take for granted against the event.

"¿Es el 10 y 11 de marzo no?", "the meeting is in guatemala city right?": the reply begins with yes or
no. Resolvers give a verdict on what they know (an item covered, a State listed); the dates and the place
a question takes for granted are checked here, so a false premise is answered "No" with the right fact.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import get_day_names

from bot.answers.refs import month_words
from bot.countries import name as country_name
from bot.events.common import EventFormat
from bot.events.models import Event
from bot.folding import fold, words, words_of

_CLAUSE = re.compile(r"[.?!;\n]+|\s-\s")
TAGS = frozenset(
    words_of("verdad cierto correcto no si right yes correct true ok isnt no? confirm confirmas confirma")
)
TAG_PAIRS = frozenset({("isnt", "it"), ("is", "it"), ("o", "no"), ("or", "not"), ("es", "asi")})
OPENERS = frozenset(
    words_of(
        "is are was were do does did can could will would should has have may am isnt arent wont "
        "hay habra puedo puede pueden podemos podre incluye incluyen cubre cubren es esta estan son sera "
        "seran tienen tiene tengo tenemos debo debemos deben necesito necesitamos ya existe van va"
    )
)
WH = frozenset(
    words_of(
        "what when where who whom whose which why how cuando donde quien quienes cual cuales cuanto "
        "cuanta cuantos cuantas como porque"
    )
)
_NOT_WH_BEFORE_QUE = frozenset(words_of("tener tengo tiene tienen tenemos hay ya lo yo"))
# "qué"/"cómo" ask only at a clause's start or after a preposition ("¿a qué hora?", "¿en qué idioma?");
# elsewhere, written without the accent, they join clauses ("tengo entendido que…", "como la invitación").
_WH_AFTER = frozenset(words_of("a de en con sobre hasta desde y para por e"))
_CONJUNCTIONS = frozenset(words_of("que como"))
# "she wants to know if…", "quisiera saber si…": an indirect yes/no question.
_INDIRECT = re.compile(
    r"\b(?:know|ask|asking|wonder|wondering|confirm|check|tell me|saber|pregunta|preguntar|consultar|"
    r"confirmar|confirmen|confirme|indicar|indiquen|indique)\s+(?:if|whether|si)\b"
)
_ONLY = frozenset(words_of("solo solamente just only no not"))


def _asks_what(ws: list[str], accented: frozenset[str] = frozenset()) -> bool:
    """A wh-word ('cuándo', 'what'); 'que' and 'como' count when written with the accent, at the
    clause's start or after a preposition, never in 'tener que' ('tienen que presentar')."""
    for i, w in enumerate(ws):
        if w in _CONJUNCTIONS:
            if w in accented or i == 0 or (ws[i - 1] in _WH_AFTER and ws[i - 1] not in _NOT_WH_BEFORE_QUE):
                return True
        elif w in WH:
            return True
    return False


def _choice(ws: list[str]) -> bool:
    """'presencial o virtual?' offers a choice; 'o solo asistir', 'o no', 'or is it only Peru?' do not."""
    return any(
        w in ("o", "or")
        and ws[i + 1] not in _ONLY
        and not (ws[i + 1] in _BE and ws[i + 2 : i + 3] == ["only"])
        for i, w in enumerate(ws[:-1])
    )


_BE = frozenset(words_of("is are es son it"))


def _clause_is_yes_no(ws: list[str], accented: frozenset[str]) -> bool:
    if not ws or _asks_what(ws, accented) or _choice(ws):
        return False
    tagged = ws[-1] in TAGS or tuple(ws[-2:]) in TAG_PAIRS
    return tagged or ws[0] in OPENERS


def is_yes_no(text: str) -> bool:
    """Whether a message asks a yes/no question: one clause does (it opens like one, ends with a tag
    like 'right?' / 'verdad?', or ends with '?' without asking what/when/who), and none asks what."""
    folded = fold(text)
    accented = frozenset(w for w, a in (("que", "qué"), ("como", "cómo")) if a in text.lower())
    pieces = _CLAUSE.split(folded)
    marks = [*_CLAUSE.findall(folded), ""]
    clauses = [(words(c), "?" in mark) for c, mark in zip(pieces, marks, strict=False)]
    clauses = [(ws, asked) for ws, asked in clauses if ws]
    if any(_asks_what(ws, accented) for ws, _ in clauses):
        return False
    if _INDIRECT.search(folded):
        return True
    return any(
        _clause_is_yes_no(ws, accented) or (asked and len(ws) > 1 and not _choice(ws))
        for ws, asked in clauses
    )


_CLOCK = re.compile(
    r"(?<![\d:])(\d{1,2}):(\d{2})\b|\b(\d{1,2})\s*(am|pm)\b|\b(?:a las|at|las) (\d{1,2})\b(?![:\d])"
)


def named_clock(text: str) -> tuple[int, int] | None:
    """A time of day a question names ('9am', 'a las 9', '12:30'), as (hour, minute)."""
    m = _CLOCK.search(fold(text))
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1)) % 24, int(m.group(2))
    if m.group(3):
        hour = int(m.group(3)) % 12 + (12 if m.group(4) == "pm" else 0)
        return hour, 0
    return int(m.group(5)) % 24, 0


def check_clock(text: str, event: Event, zone: str | None, which: str = "any") -> bool | None:
    """A time a question names against the sessions' starts and ends, in the zone it names (or the
    event's); `which` ("start", "end") when it asks only when they start ("¿no empieza a las 15:30?" is
    no: 15:30 is when it ends)."""
    clock = named_clock(text)
    if clock is None or not event.sessions:
        return None
    tz = ZoneInfo(zone) if zone else event.tzinfo
    starts = {(s.start.astimezone(tz).hour, s.start.astimezone(tz).minute) for s in event.sessions}
    ends = {(s.end.astimezone(tz).hour, s.end.astimezone(tz).minute) for s in event.sessions}
    return clock in {"start": starts, "end": ends}.get(which, starts | ends)


_DAY = re.compile(r"(?<![\d:])(\d{1,2})(?:st|nd|rd|th|ro)?(?![\d:]|\s*(?:am|pm|h\b|hrs|horas))")
_ORDINAL_WEEK = re.compile(
    r"\b(segunda|tercera|cuarta|ultima|second|third|fourth|last|2nd|3rd|4th) (?:semana|week)\b"
)
_FIRST_WEEK = re.compile(r"\b(?:primera semana|first week)\b")


def named_days(text: str) -> tuple[set[int], set[int]]:
    """Months and days of the month a question names (days only count next to a month)."""
    folded = fold(text)
    ws = set(words(folded))
    months = {m for m in range(1, 13) if ws & month_words(m)} | _short_months(ws)
    days = {int(d) for d in _DAY.findall(folded) if 1 <= int(d) <= 31} if months else set()
    return months, days


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


def names_weekday(text: str) -> bool:
    """Whether a question names a day of the week ("¿es de lunes a miércoles?")."""
    return bool(set(words(text)) & _weekday_words())


def check_days(text: str, first: date, last: date) -> bool | None:
    """Whether the dates a question names fall within first..last (None when it names none)."""
    months, days = named_days(text)
    if not months:
        return None
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if not months <= {d.month for d in span}:
        return False
    if days:
        return days <= {d.day for d in span if d.month in months}
    return True


def check_event_dates(text: str, event: Event) -> bool | None:
    """A question's dates against the event's; approximate dates ('first week of May') are checked by
    month and by which week is named."""
    dates = event.dates
    if not dates.is_approximate:
        return check_days(text, dates.first_day, dates.last_day)
    months, _ = named_days(text)
    if not months:
        return None
    if not months <= {dates.first_day.month, dates.last_day.month}:
        return False
    note = fold(dates.note.get("en")) if dates.note else ""
    if _ORDINAL_WEEK.search(fold(text)) and _FIRST_WEEK.search(note):
        return False
    return None


def check_place(event: Event, named: list[str] | None) -> bool | None:
    """A named place (its folded words) against the event's city and country; a virtual event is in
    no place."""
    if named is None:
        return None
    if event.format is EventFormat.VIRTUAL:
        return False
    own = set()
    for lang in ("es", "en"):
        if event.city:
            own.add(" ".join(words(event.city.get(lang))))
        if event.country:
            own.add(" ".join(words(country_name(event.country, lang))))
    text = " ".join(named)
    return any(text == place or text in place.split() for place in own) if own else None


_NUMBERS = {"one": 1, "uno": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4}


def asked_number(text: str) -> int | None:
    """A small count a question names ('2 officials', 'dos funcionarios'), if any."""
    for w in words(text):
        if w.isdigit() and 0 < int(w) < 10:
            return int(w)
        if w in _NUMBERS:
            return _NUMBERS[w]
    return None


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """Folded language name (English or Spanish, from CLDR) -> code, for the languages events use."""
    out = {}
    for loc in ("en", "es"):
        for code, name in Locale.parse(loc).languages.items():
            if len(code) == 2:
                out[fold(name)] = code
    return out


def named_languages(text: str) -> set[str]:
    """Codes of the languages a question names ('portugues', 'French')."""
    names = _language_names()
    return {names[w] for w in words(text) if w in names and w not in _NOT_LANGUAGES}


_NOT_LANGUAGES = frozenset(words_of("sign senas as is no si"))
