"""What every update needs: settings, clock, database, messages, events. Built once per application."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from storage.db import Database


@dataclass(frozen=True)
class Runtime:
    """Long-lived collaborators shared by all handlers."""

    settings: Settings
    clock: Clock
    db: Database
    i18n: I18n
    events: EventRegistry
