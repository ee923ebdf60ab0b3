"""Shared by the organisers' features: their language, signed button data, who is acting."""

from __future__ import annotations

from telegram import Update

from bot import signing
from bot.present.render import Renderer
from bot.runtime import Runtime
from bot.services.audit import Organiser


def OrgText(rt: Runtime) -> Renderer:
    """Messages for organisers, in ORGANISER_LANGUAGE whoever presses or types."""
    return Renderer(rt.i18n, rt.settings.organiser_language, rt.events)


def acting(update: Update) -> Organiser:
    """The organiser behind an update, with the name Telegram shows for them."""
    user = update.effective_user
    assert user is not None
    return Organiser(user.id, user.full_name or str(user.id))


def signed(rt: Runtime, kind: str, arg: str) -> str:
    """Callback data only the bot can make (see bot/signing.py)."""
    return signing.signed(rt.settings, kind, arg)


def verified(rt: Runtime, data: str | None) -> str | None:
    """The argument of signed callback data, or None when the data is forged or malformed."""
    return signing.verified(rt.settings, data)
