"""Inline keyboards, labelled through Fluent."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import encode
from bot.events.models import Event
from bot.i18n import LANGUAGES
from bot.turn import Turn

MENU_LAYOUT = (
    ("programme", "sponsorship"),
    ("logistics", "register"),
    ("ask", "my-registration"),
    ("language", "event"),
)
MENU_LABELS = {
    "programme": "menu-programme",
    "sponsorship": "menu-sponsorship",
    "logistics": "menu-logistics",
    "register": "menu-register",
    "ask": "menu-ask",
    "my-registration": "menu-my-registration",
    "language": "menu-language",
    "event": "menu-switch-event",
}


def main_menu(turn: Turn) -> InlineKeyboardMarkup:
    """The main menu of an event."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(turn.plain(MENU_LABELS[item]), callback_data=encode("menu", item))
                for item in row
            ]
            for row in MENU_LAYOUT
        ]
    )


def language_menu(turn: Turn) -> InlineKeyboardMarkup:
    """One button per language, each in its own language."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(turn.plain(f"language-name-{lang}"), callback_data=encode("lang", lang))]
            for lang in LANGUAGES
        ]
    )


def event_label(turn: Turn, event: Event, now: datetime) -> str:
    """An event's button label, marking past and current events."""
    title = event.short_title.get(turn.lang) if event.short_title else event.title.get(turn.lang)
    status = event.status(now)
    if status == "past":
        return turn.plain("events-past-label", title=title)
    if status == "current":
        return turn.plain("events-current-label", title=title)
    return title


def events_menu(turn: Turn, events: Iterable[Event], offer_past: bool) -> InlineKeyboardMarkup:
    """One button per event, plus 'past events' when there are some not shown."""
    rows = [
        [InlineKeyboardButton(event_label(turn, ev, turn.now), callback_data=encode("ev", ev.key))]
        for ev in events
    ]
    if offer_past:
        rows.append([InlineKeyboardButton(turn.plain("events-show-past"), callback_data=encode("evpast"))])
    return InlineKeyboardMarkup(rows)
