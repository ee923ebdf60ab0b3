"""Questions that ask which of the events something is ("which of the 3 events was online?", "¿cuál de
los tres eventos es el de apoyo a Ecuador y Perú?"): the reply names the event the question describes
(by an organisation, its format, a field visit, a country in its title, its dates), else the one
selected, with its dates and place."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.claims import party_aliases
from bot.answers.datecheck import check_event_dates
from bot.answers.model import Part, Query
from bot.countries import name as country_name
from bot.events.common import EventFormat
from bot.events.models import Event
from bot.folding import fold, words
from bot.present.event import when, where

_COUNT = r"(?:two|three|four|2|3|4|dos|tres|cuatro)"
_EN = r"(?:events?|meetings?|dialogues?|debates?|conferences?|invitations?)"
_ES = r"(?:eventos?|reuniones|reunion|dialogos?|debates?|conferencias?|invitaciones|invitacion)"
_WHICH = re.compile(
    rf"\bof (?:the |these |those )?{_COUNT} {_EN}\b.*\bwhich\b|"
    rf"\bde (?:los|las|estos|esos) {_COUNT} {_ES}\b.*\bcual\b|"
    rf"\b(?:which|what)(?: one)? of (?:the |these |those |your )?{_COUNT} {_EN}\b|"
    rf"\b(?:which|what) {_EN} (?:is|was|will|has|had|were)\b|"
    rf"\bcual(?:es)? de (?:los|las|estos|esos|estas|esas) {_COUNT} {_ES}\b|"
    rf"\b(?:cual|que) {_ES} (?:es|era|fue|sera|tiene|tenia|tuvo)\b"
)
_FORMATS = {
    EventFormat.VIRTUAL: re.compile(r"\b(?:online|virtual|virtualmente|en linea|remote|zoom)\b"),
    EventFormat.IN_PERSON: re.compile(r"\b(?:in person|presencial|face to face|in situ)\b"),
}


def asks_which_event(text: str) -> bool:
    """Whether a question asks which of the events something is."""
    return _WHICH.search(fold(text)) is not None


def _fits(q: Query, event: Event) -> int:
    """How many things the question says of the event it means hold for `event`."""
    folded = fold(q.text)
    joined = f" {' '.join(words(q.text))} "
    titles = " ".join(words(f"{event.title.en} {event.title.es}"))
    named = [" ".join(words(country_name(c, lang))) for c in q.countries for lang in ("en", "es")]
    found = [
        any(f" {a} " in joined for a in party_aliases(event)),
        event.format is not None and bool(_FORMATS.get(event.format, re.compile("^$")).search(folded)),
        q.has("FIELD") and event.field_visit is not None,
        any(n and f" {n} " in f" {titles} " for n in named),
        check_event_dates(q.text, event) is True,
    ]
    return sum(found)


def meant(q: Query) -> Event:
    """The one event the question's description fits best; the selected one when none stands out."""
    scores = {ev.key: _fits(q, ev) for ev in q.events} or {q.event.key: 0}
    best = max(scores.values())
    tops = [ev for ev in q.events if scores[ev.key] == best]
    return q.event if best == 0 or q.event in tops or len(tops) > 1 else tops[0]


def which_event(q: Query) -> Part:
    """The event named: its title, dates and place (or format)."""
    spot = where(q.event, q.lang, q.r.i18n)
    html = q.r.t(
        "answer-which-is",
        title=q.event.display_title(q.lang),
        when=when(q.event, q.lang),
        where=f" · {spot}" if spot else "",
    )
    return q.known(html)


def named_first(q: Query, parts: list[Part], intents: list[str]) -> tuple[Query, list[Part], list[str]]:
    """The reply to a which-event question: the event meant, named first, then what is known of what was
    asked about it (about the selected event, so kept only when that is the one meant)."""
    kept = [i for i, part in enumerate(parts) if part.known]  # what it asks is which event
    if (other := meant(q)) is not q.event:
        q, kept = replace(q, event=other), []
    return q, [which_event(q), *(parts[i] for i in kept)], ["which_event", *(intents[i] for i in kept)]
