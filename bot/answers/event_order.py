"""Which of two events came first ("which came first, this one or the OAS dialogue?", "¿este fue antes o
después del debate del 4 de diciembre?"): both events' dates, the earlier one first, from their files."""

from __future__ import annotations

import re

from bot.answers.refs import SWITCH_AT, EventFinder
from bot.events.models import Event
from bot.folding import fold, words
from bot.present.event import when
from bot.present.render import Renderer
from bot.text import Html

_ORDER = re.compile(
    r"\b(?:which (?:one )?(?:came|comes|was|is|happened|took place|goes) (?:first|earlier|before)|"
    r"before or after|earlier or later|cual (?:fue|es|va|vino|se hizo|paso) (?:primero|antes)|"
    r"(?:fue|es|sera|va) antes o despues|antes o despues de)\b"
)

_THIS = re.compile(r"\b(?:this|este|esta|this one|el nuestro|the current)\b")


def asks_order(text: str) -> bool:
    """Whether a question asks which of two events came first."""
    return _ORDER.search(fold(text)) is not None


def event_order(
    r: Renderer, text: str, event: Event, events: list[Event], finder: EventFinder
) -> Html | None:
    """Both events' dates, earlier first, when the question asks which came first and names another event
    (the current one being the other, unless it names two others)."""
    if not asks_order(text):
        return None
    scores = finder.scores(words(text), event.key)
    named = sorted(
        (k for k, s in scores.items() if k != event.key and s >= SWITCH_AT), key=lambda k: -scores[k]
    )
    if not named:
        return None
    rest = sorted((k for k in scores if k not in (event.key, named[0])), key=lambda k: -scores[k])
    # "¿cuál fue primero, el debate de financiación o el de las Américas libres de minas?": no "this one",
    # and a second other event named at least as much as the current one: those two are compared
    if len(named) == 1 and rest and 0 < scores[event.key] <= scores[rest[0]] and not _THIS.search(fold(text)):
        named.append(rest[0])
    keys = named[:2] if len(named) > 1 else [event.key, named[0]]
    pair = sorted((ev for ev in events if ev.key in keys), key=lambda ev: ev.dates.first_day)
    if len(pair) != 2 or pair[0].dates.first_day == pair[1].dates.first_day:
        return None
    first, second = pair
    return r.t(
        "answer-event-order",
        first=first.display_title(r.lang),
        first_when=when(first, r.lang),
        second=second.display_title(r.lang),
        second_when=when(second, r.lang),
    )
