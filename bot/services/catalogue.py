"""Which events to offer a person, and in what order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.events.models import Event
from bot.events.registry import EventRegistry


@dataclass(frozen=True)
class Listing:
    """Events to show as buttons, and whether a 'past events' button should follow."""

    events: list[Event]
    offer_past: bool


def listing(registry: EventRegistry, now: datetime, include_past: bool = False) -> Listing:
    """Current and upcoming events first; past ones only when asked (most recent first)."""
    if include_past:
        past = [ev for ev in registry.all() if ev.status(now) == "past"]
        return Listing(sorted(past, key=lambda ev: ev.sort_key, reverse=True), offer_past=False)
    shown = registry.visible(now)
    has_past = any(ev.status(now) == "past" for ev in registry.all())
    return Listing(shown, offer_past=has_past)
