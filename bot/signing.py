"""Signed callback data: organisers' buttons that only the bot can make (a forged press is refused)."""

from __future__ import annotations

import base64
import hashlib
import hmac

from bot.callbacks import encode
from bot.config import Settings

SIGNATURE_LENGTH = 11  # base64 characters of the HMAC kept in callback data (64 bits)


def _key(settings: Settings) -> bytes:
    """The signing key, derived from the bot token (which never leaves the server)."""
    return hashlib.sha256(b"delegatebot/callback-data\0" + settings.token().encode()).digest()


def _signature(settings: Settings, text: str) -> str:
    digest = hmac.new(_key(settings), text.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:SIGNATURE_LENGTH]


def signed(settings: Settings, kind: str, arg: str) -> str:
    """Callback data `kind:arg:signature`: only the bot can make a button that passes `verified`."""
    return encode(kind, f"{arg}:{_signature(settings, f'{kind}:{arg}')}")


def verified(settings: Settings, data: str | None) -> str | None:
    """The argument of signed callback data, or None when the data is forged or malformed."""
    kind, _, rest = (data or "").partition(":")
    arg, _, signature = rest.rpartition(":")
    if not kind or not arg or not hmac.compare_digest(signature, _signature(settings, f"{kind}:{arg}")):
        return None
    return arg
