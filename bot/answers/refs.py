"""Which event a question names, when it names one: year, month, city, country, distinctive title words.

Weights: a year or the city's name is strong (3), the event's country 2, a month or a title word found
in no other event's title 1.5, a title word some other events share 0.75. Country names never count
as title words ("Ecuador y Perú pueden pedir patrocinio" does not name the 2021 dialogue).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from babel.dates import get_month_names

from bot.answers.acronyms import own_acronyms
from bot.answers.claims import party_names
from bot.answers.countries import country_names
from bot.answers.lang import COMMON, EN_MARKERS, ES_MARKERS
from bot.countries import name as country_name
from bot.events.common import EventFormat
from bot.events.models import Event
from bot.folding import words
from bot.i18n import BABEL_LOCALES

YEAR, CITY, COUNTRY, MONTH, DISTINCT, SHARED, KEY, HOST = 3.0, 3.0, 2.0, 1.5, 1.5, 0.75, 4.0, 2.0
SWITCH_AT, SWITCH_MARGIN, CLOSE = 2.0, 1.5, 1.0
_YEAR = re.compile(r"^(19|20)\d\d$")
KIND_WORDS = frozenset({"dialogo", "debate", "dialogue", "conferencia", "conference"})
_KINDS = "dialogo|debate|dialogue|conferencia|conference|reunion|meeting|evento|event|thing|one"
# "el diálogo de la OEA", "that OAS dialogue": an organiser's name as the event's (not "¿lo organiza la OEA?")
_HOSTED = ("(?:{k}) (?:de la|del|de) {a}", "{a} (?:{k})", "(?:el|la|the one) (?:de la|del|de|by the|by) {a}")
FORMAT, IN_COUNTRY = 1.0, 3.0
# "the one that was online": the format names an event when the current one has another
_FORMAT_WORDS = {EventFormat.VIRTUAL: frozenset({"virtual", "online", "linea", "zoom", "webinar"})}
_CAMEL = re.compile(r"[A-Z][a-z]+|[a-z]+")


def month_words(month: int) -> set[str]:
    """A month's folded names in both languages."""
    return {words(get_month_names("wide", locale=loc)[month])[0] for loc in BABEL_LOCALES.values()}


def _months(first: date, last: date) -> set[int]:
    span = (last.year - first.year) * 12 + last.month - first.month
    return {((first.month - 1 + i) % 12) + 1 for i in range(min(span, 11) + 1)}


@dataclass
class EventRefs:
    """The words by which a question can name one event."""

    key: str
    years: set[str] = field(default_factory=set)
    months: set[str] = field(default_factory=set)
    title: set[str] = field(default_factory=set)
    phrases: list[tuple[str, float]] = field(default_factory=list)
    own: set[str] = field(default_factory=set)  # words of its summary and duration: its own topics
    hosts: set[str] = field(default_factory=set)  # its organisers' names and acronyms
    format: str | None = None


def event_refs(event: Event, ignore: set[str], plain: set[str]) -> EventRefs:
    """Years and months of the event's dates, its city and country names, and its title words."""
    dates = event.dates
    refs = EventRefs(event.key, {str(dates.first_day.year), str(dates.last_day.year)})
    refs.hosts = {a for p in event.organisers for a in party_names(p) if len(a) >= 3}
    refs.format = event.format
    # "the Mine Free Americas one": the words of its own link ("bit.ly/MineFreeAmericas")
    for url in {event.contact.url, *(link.url for link in event.links)} - {None}:
        slug = _CAMEL.findall(str(url).rstrip("/").rsplit("/", 1)[-1])
        if len(slug) >= 2 and all(len(w) >= 4 for w in slug):
            refs.phrases.append((" ".join(w.lower() for w in slug), KEY))
    for text in (event.summary, dates.duration_note):
        if text is not None:
            refs.own |= set(words(f"{text.es} {text.en}")) - KIND_WORDS  # "debate" still names an event
    for month in _months(dates.first_day, dates.last_day):
        refs.months |= month_words(month)
    for lang in BABEL_LOCALES:
        if event.city:
            refs.phrases.append((" ".join(words(event.city.get(lang))), CITY))
        if event.country:
            country = " ".join(words(country_name(event.country, lang)))
            refs.phrases.append((country, COUNTRY))
            # "the one in El Salvador": where it is held
            refs.phrases += [(f"{at} {country}", IN_COUNTRY) for at in ("en", "in")]
    texts = [event.title.es, event.title.en]
    if event.short_title:
        texts += [event.short_title.es, event.short_title.en]
    for text in texts:
        for word in words(text):
            if _YEAR.match(word):
                refs.years.add(word)
            elif len(word) >= 4 and word not in ignore:
                refs.title.add(word)
    # "the RSD" names the dialogue its texts define as "Regional Stakeholder Dialogue (RSD)"
    refs.phrases += [(acronym, KEY) for acronym in own_acronyms(event)]
    # "the financing debate" names the 2020 event by its session's title, whose words are topics
    # ("financing") that only count where no other event's title has them.
    for session in event.sessions:
        if session.title:
            for word in words(f"{session.title.es} {session.title.en}"):
                if len(word) >= 4 and word not in plain:
                    refs.title.add(word)
    return refs


_NAMING = frozenset({"was", "fue", "era", "an", "the", "el", "la", "que", "one", "uno"})


def _as_name(ws: list[str], said: frozenset[str]) -> bool:
    """ "the online one", "el que fue virtual": a format naming an event (not "can I follow it online?")."""
    return any(w in said and i > 0 and ws[i - 1] in _NAMING for i, w in enumerate(ws))


class EventFinder:
    """Scores how strongly a question names each event."""

    def __init__(self, events: list[Event], lexicon_words: set[str]) -> None:
        country_words = {w for name in country_names() for w in name.split()}
        common = COMMON - KIND_WORDS
        plain = ES_MARKERS | EN_MARKERS | common | country_words
        self.refs = [event_refs(ev, set(lexicon_words) | plain, plain) for ev in events]
        self.spread = Counter(w for r in self.refs for w in r.title)
        hosts = Counter(a for r in self.refs for a in r.hosts)
        self.hosted = {
            r.key: [
                re.compile(rf"(?:^| ){p.format(k=_KINDS, a=re.escape(a))} ")
                for a in r.hosts
                if hosts[a] == 1
                for p in _HOSTED
            ]
            for r in self.refs
        }
        self.all = len(self.refs)

    def scores(self, ws: list[str], current: str | None = None) -> dict[str, float]:
        """Event key -> how strongly the words name it. Decision: a word of another event's title that
        is also a topic of the current event's own summary ("cuántos días se dedican al desminado?" asked
        about the San Salvador dialogue) is that topic, not the other event's name."""
        joined = f" {' '.join(ws)} "
        topics = next((r.own for r in self.refs if r.key == current), set())
        mode = next((r.format for r in self.refs if r.key == current), None)
        out: dict[str, float] = {}
        for r in self.refs:
            present = set(ws) - (topics if r.key != current else set())
            score = (
                KEY * (r.key in present) + YEAR * bool(present & r.years) + MONTH * bool(present & r.months)
            )
            score += max((w for phrase, w in r.phrases if f" {phrase} " in joined), default=0.0)
            score += HOST * any(x.search(joined) for x in self.hosted[r.key])
            if r.format != mode and _as_name(ws, _FORMAT_WORDS.get(r.format, frozenset())):
                score += FORMAT
            for word in present & r.title:
                if self.spread[word] < self.all or self.all == 1:
                    score += DISTINCT if self.spread[word] == 1 else SHARED
            out[r.key] = score
        return out

    def named(self, ws: list[str], current: str) -> tuple[str | None, list[str]]:
        """Another event the question clearly names (or None), and the candidates when it is ambiguous."""
        scores = self.scores(ws, current)
        mine = scores.get(current, 0.0)
        others = sorted(((s, k) for k, s in scores.items() if k != current and s - mine >= SWITCH_MARGIN))
        others.reverse()
        if not others or others[0][0] < SWITCH_AT:
            return None, []
        close = [k for s, k in others if others[0][0] - s < CLOSE]
        return (others[0][1], []) if len(close) == 1 else (None, close)
