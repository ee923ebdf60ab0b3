"""Where the person asking is ("I'm in Amman, when do I log in?", "estoy en Quito, ¿cuándo empieza?"): a
question of when, from a place, asks for the times in that place's zone."""

from __future__ import annotations

import re

from bot import places
from bot.events.models import Event
from bot.folding import fold, words

_HERE = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|i'?ll be|i will be|we'?ll be|based|estoy|estamos|estare|estaremos|"
    r"me encuentro|nos encontramos|vivo|vivimos|conecto|conectamos|connecting|joining)\s+"
    r"(?:en|in|at|from|desde)\b"
)


def asks_from_here(text: str, skip: frozenset[str]) -> bool:
    """Whether a message says the asker is in a place the index knows."""
    found = _HERE.search(fold(text))
    return found is not None and places.index().find(words(text[found.end() :]), skip) is not None


def quoted_offset(text: str, event: Event) -> frozenset[str] | None:
    """When the UTC offset a question writes is one the invitation announced times in ("la invitación dice
    GMT+1 Suiza, ¿qué hora es en Londres?"), the words of those announcements: the question quotes them,
    and the place it asks about is another one."""
    offset = places.offset_zone(text)
    if offset is None:
        return None
    labels = [
        a.label
        for a in event.announced_times
        if a.utc_offset and places.offset_zone(f"UTC{a.utc_offset}") == offset
    ]
    return frozenset(w for label in labels for lang in ("en", "es") for w in words(label.get(lang))) or None
