"""Shared by the organisers' features: their language, signed button data, who is acting, where to post."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.i18n import format_datetime
from bot.runtime import Runtime
from bot.services.audit import Organiser
from bot.services.notify_render import Action
from handlers.callbacks import encode

SIGNATURE_LENGTH = 11  # base64 characters of the HMAC kept in callback data (64 bits)


class OrgText:
    """Messages for organisers, in ORGANISER_LANGUAGE whoever presses or types."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.lang = rt.settings.organiser_language

    def t(self, msg_id: str, **args: object) -> str:
        """HTML: text arguments are escaped."""
        return self.rt.i18n.html(self.lang, msg_id, **args)

    def plain(self, msg_id: str, **args: object) -> str:
        """Plain text (alerts)."""
        return self.rt.i18n.t(self.lang, msg_id, **args)

    def when(self, instant: datetime | None, event_key: str | None) -> str:
        """An instant in the event's time zone, naming the zone."""
        if instant is None:
            return "?"
        event = self.rt.events.get(event_key) if event_key else None
        tz = event.tzinfo if event else UTC
        zone = event.timezone.rsplit("/", 1)[-1].replace("_", " ") if event else "UTC"
        return self.plain("flow-when", time=format_datetime(instant, self.lang, tz), zone=zone)


def acting(update: Update) -> Organiser:
    """The organiser behind an update, with the name Telegram shows for them."""
    user = update.effective_user
    assert user is not None
    return Organiser(user.id, user.full_name or str(user.id))


def _key(rt: Runtime) -> bytes:
    """The signing key, derived from the bot token (which never leaves the server)."""
    return hashlib.sha256(b"delegatebot/callback-data\0" + rt.settings.token().encode()).digest()


def _signature(rt: Runtime, text: str) -> str:
    digest = hmac.new(_key(rt), text.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:SIGNATURE_LENGTH]


def signed(rt: Runtime, kind: str, arg: str) -> str:
    """Callback data `kind:arg:signature`: only the bot can make a button that passes `verified`."""
    return encode(kind, f"{arg}:{_signature(rt, f'{kind}:{arg}')}")


def verified(rt: Runtime, data: str | None) -> str | None:
    """The argument of signed callback data, or None when the data is forged or malformed."""
    kind, _, rest = (data or "").partition(":")
    arg, _, signature = rest.rpartition(":")
    if not kind or not arg or not hmac.compare_digest(signature, _signature(rt, f"{kind}:{arg}")):
        return None
    return arg


def keyboard(rt: Runtime, actions: tuple[Action, ...]) -> InlineKeyboardMarkup | None:
    """Signed buttons in one row."""
    if not actions:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(a.label, callback_data=signed(rt, a.kind, a.arg)) for a in actions]]
    )


def organisers_chat(rt: Runtime, event_key: str | None) -> int | None:
    """Where an event's notices go: the event's own organisers' chat, else ORGANISER_CHAT_ID."""
    event = rt.events.get(event_key) if event_key else None
    own = event.registration.organiser_chat_id if event and event.registration else None
    return own or rt.settings.organiser_chat_id
