"""Nothing invented: every date, time, number, e-mail and name in a reply to any labelled question is in
the event's file (or computed from it: a session time converted to some zone, the days left before a
deadline), in the question itself, or in the bot's own wording (locales, CLDR country/language/month
names). Deadlines given as a date only are shown without a time.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from babel import Locale

from bot.answers.engine import Engine
from bot.events.models import Event
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from tests.conftest import EVENTS_DIR
from tests.support.scorer import LABELLED, folded, load, visible

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
SETS = sorted(p.stem for p in LABELLED.glob("*.toml"))  # every labelled set, the newest included
LOCALES = Path(__file__).resolve().parent.parent / "locales"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_CLOCK = re.compile(r"(?<![\d:−+-])(\d{1,2}):(\d{2})\b")  # not a UTC offset ("UTC−06:00")
_NUMBER = re.compile(r"(?<![\d:])\d+(?![\d:])")
_WORDS = re.compile(r"[\w'-]+")
_NAME = re.compile(r"(?<![\w@./])[A-ZÁÉÍÓÚÑ][\w'-]{2,}")


@cache
def raw(event_key: str) -> str:
    """The event file as written."""
    return (EVENTS_DIR / f"{event_key}.toml").read_text(encoding="utf-8")


@cache
def wording() -> frozenset[str]:
    """The bot's own words and CLDR's names (countries, languages, months, days), folded."""
    texts = [p.read_text(encoding="utf-8") for p in LOCALES.glob("*/*.ftl")]
    for loc in ("en", "es"):
        locale = Locale.parse(loc)
        texts += [*locale.territories.values(), *locale.languages.values()]
        texts += [*locale.months["format"]["wide"].values(), *locale.days["format"]["wide"].values()]
        texts += [str(z.get("city", "")) for z in locale.time_zones.values()]
    texts += [z.replace("/", " ").replace("_", " ") for z in sorted(zoneinfo.available_timezones())]
    return frozenset(_WORDS.findall(folded(" ".join(texts))))


_CLOCKS: dict[str, frozenset[tuple[int, int]]] = {}


def clocks(event: Event) -> frozenset[tuple[int, int]]:
    """Every time of day of the event's sessions and deadlines, in every zone there is."""
    if event.key in _CLOCKS:
        return _CLOCKS[event.key]
    instants = [t for s in event.sessions for t in (s.start, s.end)]
    s = event.sponsorship
    if s is not None and (s.deadline.astimezone(event.tzinfo).hour, s.deadline.minute) != (23, 59):
        instants.append(s.deadline)  # 23:59 stands for "a date only": not a time the file gives
    out = set()
    for name in zoneinfo.available_timezones():
        tz = zoneinfo.ZoneInfo(name)
        out |= {(t.astimezone(tz).hour, t.astimezone(tz).minute) for t in instants}
    _CLOCKS[event.key] = frozenset(out)
    return _CLOCKS[event.key]


_COMPUTED: dict[str, frozenset[int]] = {}


def computed_numbers(event: Event) -> frozenset[int]:
    """Numbers the bot derives: days left before the deadlines, days and sessions of the event."""
    if event.key not in _COMPUTED:
        _COMPUTED[event.key] = frozenset(_computed(event))
    return _COMPUTED[event.key]


def _computed(event: Event) -> set[int]:
    out = {len(event.sessions), (event.dates.last_day - event.dates.first_day).days + 1}
    if event.sponsorship is not None:
        out.add((event.sponsorship.deadline - NOW).days)
    reg = event.registration
    if reg is not None and reg.closes is not None:
        out.add((reg.closes - NOW).days)
    out |= {round((s.end - s.start).total_seconds() / 3600) for s in event.sessions}  # "it lasts 2 hours"
    for s in event.sessions:  # the day a session starts or ends in any zone ("Friday, 12 February" in Tokyo)
        for name in zoneinfo.available_timezones():
            out |= {t.astimezone(zoneinfo.ZoneInfo(name)).day for t in (s.start, s.end)} | {s.start.year}
    return out


def invented(text: str, question: str, event: Event, events: list[Event]) -> list[str]:
    """What a reply states that neither the event file, the question nor the bot's wording holds (nor
    the file of another event the reply names, as when it corrects a date that is another event's)."""
    titles = {ev.key: {ev.display_title(lang) for lang in ("en", "es")} for ev in events}
    named = [ev for ev in events if ev is not event and any(t in text for t in titles[ev.key])]
    source = " ".join(raw(ev.key) for ev in (event, *named))
    own = set(_WORDS.findall(folded(source + " " + question)))
    found = [e for e in _EMAIL.findall(text) if e not in source]
    times = {(int(h), int(m)) for h, m in _CLOCK.findall(text)}
    found += [f"{h:02d}:{m:02d}" for h, m in sorted(times - clocks(event))]
    allowed = {int(n) for n in _NUMBER.findall(source + " " + question)} | computed_numbers(event)
    found += [n for n in _NUMBER.findall(_CLOCK.sub(" ", text)) if int(n) not in allowed]
    found += [n for n in _NAME.findall(text) if folded(n) not in own and folded(n) not in wording()]
    return found


@pytest.mark.parametrize("name", SETS)
def test_no_reply_states_a_fact_the_event_file_does_not_hold(name: str) -> None:
    registry = EventRegistry(EVENTS_DIR)
    events = registry.all()
    engine = Engine(I18n(strict=True))
    problems = []
    for q in load(LABELLED / f"{name}.toml"):
        event = registry.get(q.event)
        assert event is not None
        reply = engine.answer(q.text, event=event, events=events, lang=q.lang, now=NOW)
        about = registry.get(reply.event_key)
        assert about is not None
        bad = invented(visible(reply.html), q.text, about, events)
        if bad:
            problems.append(f"{q.id}: {bad}")
    assert problems == []


def test_a_deadline_given_as_a_date_only_has_no_time() -> None:
    registry = EventRegistry(EVENTS_DIR)
    event = registry.get("rsd2026")
    assert event is not None
    engine = Engine(I18n(strict=True))
    asked = (
        ("en", "sponsorship deadline?", "31 March 2026"),
        ("es", "plazo patrocinio?", "31 de marzo de 2026"),
    )
    for lang, text, day in asked:
        reply = engine.answer(text, event=event, events=registry.all(), lang=lang, now=NOW)
        assert day in visible(reply.html) and "23:59" not in visible(reply.html)


def test_the_checker_catches_an_invented_time_number_and_name() -> None:
    registry = EventRegistry(EVENTS_DIR)
    event, events = registry.get("rsd2026"), registry.all()
    assert event is not None
    assert invented("Deadline: 31 March 2026, 23:59", "", event, events) == ["23:59"]
    assert invented("Up to 47 officials", "", event, events) == ["47"]
    assert invented("Write to Zoltrax at zoltrax@example.org", "", event, events) == [
        "zoltrax@example.org",
        "Zoltrax",
    ]
    # Another event's facts count only where the reply names that event ("… is another event: …")
    assert "2021" in invented("10–11 February 2021", "", event, events)
    other = next(ev for ev in events if ev.key == "mfa2021")
    named = f"10–11 February 2021 is another event: {other.display_title('en')}"
    assert invented(named, "", event, events) == []
