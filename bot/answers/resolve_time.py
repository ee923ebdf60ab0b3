"""Resolvers for when and what: dates, times (anywhere), duration, agenda, speakers, field visit, purpose."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from babel.dates import format_timedelta

from bot.answers.claims import claim
from bot.answers.datecheck import named_clocks, named_days, names_weekday
from bot.answers.honesty import admits_ignorance
from bot.answers.model import Part, Query
from bot.answers.premises import asks_why, guess
from bot.events.content import Party
from bot.folding import fold, stem, words
from bot.i18n import BABEL_LOCALES
from bot.present.event import when
from bot.present.info import bullets
from bot.present.times import in_zone_lines, session_lines

CLOCK = ("TIME", "START", "END", "EXACT", "ZONE")


def _dates(q: Query) -> list[str]:
    """The dates line (approximate ones as such) and the duration note."""
    dates = q.event.dates
    said = dates.note is not None and admits_ignorance(dates.note.get(q.lang))
    key = "answer-when-approx" if dates.is_approximate and not said else "answer-when"
    out = [q.r.t(key, when=when(q.event, q.lang))]
    if dates.duration_note:
        out.append(q.r.t("answer-duration", note=dates.duration_note.get(q.lang)))
    return out


def _sessions(q: Query, counted: bool = False) -> list[str]:
    """Each session with its times; how many there are first, when that was asked (or a number of them
    named: "¿es de dos sesiones o de una?")."""
    asked = (counted or q.has("COUNT")) and q.has("SESSIONS") and len(q.event.sessions) > 0
    out = [q.r.t("answer-sessions-count", n=len(q.event.sessions))] if asked else []
    for session in q.event.sessions:
        lines = session_lines(q.r, q.event, session, q.mine)
        out.append(
            f"• <b>{q.r.t('answer-plain', text=session.title.get(q.lang))}</b>: " + "\n   ".join(lines)
        )
    return out


def _past(q: Query) -> list[str]:
    return [q.r.t("answer-past")] if q.event.status(q.now) == "past" else []


def schedule(q: Query) -> Part:
    """When: exact dates with session times, or the approximate period, saying what is not known."""
    parts = _dates(q)
    if q.event.sessions:
        asked = _SESSIONS.search(fold(q.text))  # "entonces son dos sesiones, ¿verdad?"
        said = None if asked is None else asked.group(1) or asked.group(2)
        count = None if said is None else _COUNTS.get(said) or int(said)
        verdict = count == len(q.event.sessions) if count is not None else _same_hours(q)
        verdict = _hours_verdict(q) if verdict is None else verdict  # "it runs for 3 hours, right?"
        return q.known(q.r.join(parts + _sessions(q, asked is not None) + _past(q)), verdict)
    if _DAY_ORDER.search(fold(q.text)) or (_WHICH_DAY.search(fold(q.text)) and q.has("SUBJECT", "AGENDA")):
        # "¿el día de asistencia a víctimas es el primero o el segundo?": no programme gives the order yet
        return q.unknown(q.r.join([*parts, q.r.t("answer-day-order-unknown")]))
    finer = q.has("EXACT") or names_weekday(q.text, q.named_place)  # "¿es de lunes a miércoles?"
    chosen = len(named_days(q.text)[0]) >= 2  # "exactly? april or may?": the month answers it
    if q.event.is_approximate and q.yes_no and _SETTLED.search(fold(q.text)) and not named_days(q.text)[0]:
        # "¿ya tiene fecha fija?", "do you know the exact dates yet?": no, not yet; what is known
        return q.known(q.r.join(parts), False)
    if not chosen and (q.has(*CLOCK) or (q.event.is_approximate and finer)):
        parts.append(q.r.t("answer-no-times"))
        return q.unknown(q.r.join(parts))
    return q.known(q.r.join(parts + _past(q)))


_DAY_ORDER = re.compile(
    r"\b(?:primer|primero|segundo|tercer|tercero|ultimo|first|second|third|last|1st|2nd|3rd|final) "
    r"(?:dia|day)\b|"
    r"\b(?:dia|day) (?:1|2|3|one|two|three|uno|dos|tres)\b"
)
_WHICH_DAY = re.compile(r"\b(?:which|what|que|q|cual|en que) (?:dia|day)\b")
_SAME = re.compile(r"\b(?:mism[oa]s? (?:hora|horario|horas)|same (?:time|hours?|schedule|slot))\b")


def _same_hours(q: Query) -> bool | None:
    """ "¿son los dos días a la misma hora?": whether every session starts and ends at the same local time."""
    if not _SAME.search(fold(q.text)) or len(q.event.sessions) < 2:
        return None
    tz = q.event.tzinfo
    hours = {(s.start.astimezone(tz).time(), s.end.astimezone(tz).time()) for s in q.event.sessions}
    return len(hours) == 1


_SETTLED = re.compile(  # "exact dates?" alone asks for them; "do you know the exact dates yet?" if known
    r"\b(?:fija|fijas|fijo|fixed|confirmed|confirmada|confirmadas|definida|definidas|definitiva|definitivas)\b|"
    r"\b(?:set|final) (?:yet|already|ya)\b|"
    r"\b(?:exact|exacta|exactas)\b.*\b(?:yet|ya|already|todavia|aun)\b|"
    r"\b(?:yet|ya|already|todavia|aun)\b.*\b(?:exact|exacta|exactas)\b"
)
_DAYS = re.compile(
    r"\b(\d|one|two|three|four|five|un|uno|una|dos|tres|cuatro|cinco)[ -](?:days?|dias?|jornadas?)\b"
)
# "two sessions", "one single session", "una sola sesión", "a single session": a number of sessions claimed
_SESSIONS = re.compile(
    r"\b(\d|one|two|three|four|una|dos|tres|cuatro)(?: single| sola| unica)? (?:sessions?|sesion(?:es)?)\b|"
    r"\b(?:a|un|una) (single|sola|unica) (?:session|sesion)\b"
)
_COUNTS = {"one": 1, "un": 1, "uno": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "tres": 3}
_COUNTS |= {"four": 4, "cuatro": 4, "five": 5, "cinco": 5, "single": 1, "sola": 1, "unica": 1}


_ALL_DAY = re.compile(
    r"\b(?:todo el dia|el dia entero|dia completo|jornada completa|all day|whole day|full day|entire day)\b"
)
FULL_DAY_HOURS = 6  # sessions shorter than this do not fill a day


def days_premise(q: Query) -> bool | None:
    """A number of days the question takes for granted ("was it 2 days?", "3 days, right?"), against the
    event's days (or its duration note's); "does it last all day?" against its sessions' length."""
    asked = _days_in(q.text) or _guessed_days(q.text)
    dates = q.event.dates
    if asked is not None and len(_DAYS.findall(fold(q.text))) <= 1:  # not "2 days of VA and 1 of clearance"
        if dates.is_approximate:
            note = dates.duration_note.get("en") if dates.duration_note else ""
            given = _days_in(note)
            parts = {int(n) if n.isdigit() else _COUNTS[n] for n in _DAYS.findall(fold(note))}
            if given is None or (asked != given and asked in parts):
                return None  # "2 days on victim assistance, right?": a part of the three, not the whole
            return asked == given
        return asked == (dates.last_day - dates.first_day).days + 1
    if _ALL_DAY.search(fold(q.text)) and q.event.sessions:
        longest = max((s.end - s.start).total_seconds() for s in q.event.sessions)
        return longest >= FULL_DAY_HOURS * 3600
    return None


def _guessed_days(text: str) -> int | None:
    """ "how many days is it? three?": the number guessed after a question on the days."""
    guessed = guess(text)
    if not guessed or len(guessed) != 1 or not re.search(r"\b(?:days?|dias?)\b", fold(text)):
        return None
    word = guessed[0]
    return int(word) if word.isdigit() and int(word) < 10 else _COUNTS.get(word)


def _days_in(text: str) -> int | None:
    """The first number of days a text gives ("tres días", "2 days")."""
    m = _DAYS.search(fold(text))
    return None if m is None else int(m.group(1)) if m.group(1).isdigit() else _COUNTS[m.group(1)]


def duration(q: Query) -> Part:
    """How long: the duration note, or the number of days and the sessions; a number of days the
    question takes for granted ("¿también dura dos días?") is checked against it."""
    dates = q.event.dates
    asked = _days_in(q.text)
    note = dates.duration_note.get("en") if dates.duration_note else ""
    if dates.is_approximate:
        parts = _dates(q)
        given = _days_in(note)
        verdict = None if asked is None or given is None else asked == given
        return q.known(q.r.join(parts), verdict) if dates.duration_note else q.unknown(q.r.join(parts))
    days = (dates.last_day - dates.first_day).days + 1
    parts = [q.r.t("answer-duration-days", n=days, when=when(q.event, q.lang)), *_session_length(q)]
    if dates.duration_note:
        parts.append(q.r.t("answer-duration", note=dates.duration_note.get(q.lang)))
    verdict = _hours_verdict(q) if asked is None else asked == days
    return q.known(q.r.join(parts + _sessions(q)), verdict)


_HOURS = re.compile(
    r"\b(\d|one|two|three|four|five|un|una|dos|tres|cuatro|cinco) ?(?:hours?|horas?|hrs?|h)\b"
)


def _hours_verdict(q: Query) -> bool | None:
    """A length in hours the question takes for granted ("cada sesión dura 3 horas, ¿verdad?", "is it 2
    hours long?"), against the sessions' length when they all last the same."""
    m = _HOURS.search(fold(q.text))
    lengths = {s.end - s.start for s in q.event.sessions}
    if m is None or len(lengths) != 1:
        return None
    hours = int(m.group(1)) if m.group(1).isdigit() else _COUNTS[m.group(1)]
    return hours * 3600 == lengths.pop().total_seconds()


def _session_length(q: Query) -> list[str]:
    """How long the sessions last, when they all last the same ("how long is each session?": three hours)."""
    lengths = {s.end - s.start for s in q.event.sessions}
    if len(lengths) != 1:
        return []
    length = format_timedelta(lengths.pop(), threshold=2, locale=BABEL_LOCALES[q.lang])
    return [q.r.t("answer-session-length", n=len(q.event.sessions), length=length)]


def time_in_place(q: Query) -> Part:
    """The sessions converted to the zone of a place the person named (or their own)."""
    zone = q.place or q.mine
    if zone is None or not q.event.sessions:
        return schedule(q)
    lines = in_zone_lines(q.r, q.event, zone)
    parts = [q.r.t("answer-time-there"), bullets(lines), q.r.t("answer-time-event"), *_sessions(q)]
    return q.known(q.r.join(parts + _past(q)), _announced_for(q))


def _announced_for(q: Query) -> bool | None:
    """ "Is the United States covered by one of the time zones in the invitation?", "Is Canada…?": whether
    the place asked about keeps, at the first session, the offset of one the invitation announced times in
    (a time named is checked elsewhere)."""
    first = min((s.start for s in q.event.sessions), default=None)
    asked = q.yes_no and q.countries and q.place and q.event.announced_times and first
    if not asked or first is None or q.place is None or named_clocks(q.text):
        return None
    there = first.astimezone(ZoneInfo(q.place)).utcoffset()
    return any(a.local(first).utcoffset() == there for a in q.event.announced_times)


def party_items(q: Query, parties: list[Party]) -> list[str]:
    """Each party with its role, when the event gives one."""
    return [
        q.r.t("info-party-role", name=p.name.get(q.lang), role=p.role.get(q.lang))
        if p.role
        else p.name.get(q.lang)
        for p in parties
    ]


def speakers(q: Query) -> Part:
    """Who opens, moderates and concludes."""
    people = q.event.speakers
    if not people:
        return q.unknown(q.r.t("answer-speakers-unknown"))
    listed = q.r.join([q.r.t("answer-speakers"), bullets(party_items(q, people))])
    if q.has("PANEL") and not q.has("SPEAKER"):
        # The data names who opens, moderates and concludes, never the panel itself.
        return q.unknown(q.r.join([q.r.t("answer-panel-unknown"), listed]))
    return q.known(listed, claim(q.text, q.parties, q.countries, people))


def purpose(q: Query) -> Part:
    """What the event is about: its summary, and its full title when that says what was asked ("which
    article is it about?": "…under Article 5") or why it is held (the title names its two aims)."""
    parts = [q.r.t("answer-purpose", text=q.event.summary.get(q.lang))]
    title = q.event.title.get(q.lang)
    said = {stem(w, q.lang) for w in words(title)}
    why = asks_why(q.text) and not re.search(r"\d", q.text)  # "why on 4 December?" asks about the date
    if (q.own & said or why) and fold(title) not in fold(q.event.summary.get(q.lang)):
        parts.append(q.r.t("answer-title", title=title))
    return q.known(q.r.join(parts))
