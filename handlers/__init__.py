"""Telegram handlers, one module per feature, each exposing `register(app)`."""

from __future__ import annotations

from telegram.ext import Application

from handlers import (
    ask,
    audit,
    decisions,
    errors,
    export,
    fallback,
    help,
    info,
    invite,
    language,
    lookup,
    menu,
    outbox,
    privacy,
    registration,
    relay,
    start,
    stats,
    timezone,
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
    registration,
    stats,
    export,
    lookup,
    privacy,
    decisions,
    relay,
    invite,
    audit,
    outbox,
)


def register_all(app: Application) -> None:
    """Wire every feature, then the fallbacks and the error handler."""
    for feature in FEATURES:
        feature.register(app)
    fallback.register(app)
    errors.register(app)
