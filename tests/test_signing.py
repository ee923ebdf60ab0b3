"""Organisers' buttons are signed with SIGNING_KEY when set, so rotating the bot token keeps them valid."""

from __future__ import annotations

from bot.config import load_settings
from bot.signing import signed, verified

KEY = "a-stable-signing-key-0123456789"


def _settings(token: str, key: str | None = None):
    extra = {"SIGNING_KEY": key} if key else {}
    return load_settings(_env_file=None, BOT_TOKEN=token, **extra)


def test_buttons_survive_a_token_rotation_with_a_signing_key() -> None:
    data = signed(_settings("111:old-token", KEY), "dec", "42:approve")
    assert verified(_settings("222:new-token", KEY), data) == "42:approve"


def test_without_a_signing_key_the_token_signs_and_forgeries_fail() -> None:
    data = signed(_settings("111:old-token"), "dec", "42:approve")
    assert verified(_settings("111:old-token"), data) == "42:approve"
    assert verified(_settings("222:new-token"), data) is None
    assert verified(_settings("111:old-token", KEY), data) is None
    assert verified(_settings("111:old-token"), data[:-1] + ("A" if data[-1] != "A" else "B")) is None
