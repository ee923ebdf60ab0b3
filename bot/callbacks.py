"""Callback data: short, parseable strings; anything else is stale or forged and is refused."""

from __future__ import annotations

from dataclasses import dataclass

MENU_ITEMS = (
    "programme",
    "sponsorship",
    "logistics",
    "register",
    "ask",
    "my-registration",
    "language",
    "event",
)


@dataclass(frozen=True)
class Callback:
    """A parsed button press: its kind and its argument."""

    kind: str
    arg: str


def encode(kind: str, arg: str = "") -> str:
    """Callback data for a button; kept well under Telegram's 64 bytes."""
    data = f"{kind}:{arg}"
    if len(data.encode()) > 64:
        raise ValueError(f"callback data too long: {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    """Parse callback data; None when it is not ours."""
    if not data or ":" not in data:
        return None
    kind, arg = data.split(":", 1)
    return Callback(kind, arg)
