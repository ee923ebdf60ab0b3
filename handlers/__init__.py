"""Telegram handlers, one module per feature, each exposing `register(app)`."""

from __future__ import annotations

from telegram.ext import Application

from handlers import (
    ask,
    errors,
    fallback,
    help,
    info,
    language,
    menu,
    notifications,
    privacy,
    registration,
    start,
    timezone,
)
from handlers.organisers import (
    audit,
    broadcast,
    codes,
    decide,
    decisions,
    export,
    floor,
    invite,
    lookup,
    relay,
    stats,
)

# Order matters: handlers share one group and the first match wins, so the fallback comes last.
FEATURES = (
    start,
    menu,
    language,
    help,
    info,
    ask,
    timezone,
    notifications,
    registration,
    stats,
    export,
    lookup,
    privacy,
    decisions,
    decide,
    relay,
    invite,
    codes,
    floor,
    audit,
    broadcast,
)


def register_all(app: Application) -> None:
    """Wire every feature, then the fallbacks and the error handler."""
    for feature in FEATURES:
        feature.register(app)
    fallback.register(app)
    errors.register(app)
