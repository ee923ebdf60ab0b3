"""Signed callback data: organisers' buttons that only the bot can make (a forged press is refused)."""

from __future__ import annotations

import base64
import hashlib
import hmac

from bot.callbacks import decode, encode
from bot.config import Settings

SIGNATURE_LENGTH = 11  # base64 characters of the HMAC kept in callback data (64 bits)


def _key(settings: Settings) -> bytes:
    """The signing key: derived from SIGNING_KEY, so that rotating the bot token keeps the buttons already
    posted working; without it, from the bot token (which never leaves the server either)."""
    secret = settings.signing_key.get_secret_value() if settings.signing_key else settings.token()
    return hashlib.sha256(b"delegatebot/callback-data\0" + secret.encode()).digest()


def _signature(settings: Settings, text: str) -> str:
    digest = hmac.new(_key(settings), text.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:SIGNATURE_LENGTH]


def signed(settings: Settings, kind: str, arg: str) -> str:
    """Callback data `kind:arg:signature`: only the bot can make a button that passes `verified`."""
    return encode(kind, f"{arg}:{_signature(settings, f'{kind}:{arg}')}")


def verified(settings: Settings, data: str | None) -> str | None:
    """The argument of signed callback data, or None when the data is forged or malformed."""
    parsed = decode(data)
    if parsed is None or not parsed.arg.isascii():
        return None  # compare_digest refuses non-ASCII text, and the bot never signs any
    arg, _, signature = parsed.arg.rpartition(":")
    expected = _signature(settings, f"{parsed.kind}:{arg}")
    if not parsed.kind or not arg or not hmac.compare_digest(signature, expected):
        return None
    return arg
