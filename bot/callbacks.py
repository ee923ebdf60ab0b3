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
# The menu screens that come in parts: a short first message, then one button per further part.
SCREENS = ("programme", "sponsorship", "logistics")
PART = "part"  # part:<screen>:<part>:<event>, e.g. part:programme:agenda:va2020 (unsigned, like menu:)
DATA_LIMIT = 64  # bytes: Telegram's limit, so longer data was not made by the bot
DIGITS_MAX = 18  # any number the bot writes fits in a signed 64-bit integer
ID_MAX = 2**31 - 1  # the largest row id an INTEGER primary key holds (PostgreSQL)


@dataclass(frozen=True)
class Callback:
    """A parsed button press: its kind and its argument."""

    kind: str
    arg: str


def encode(kind: str, arg: str = "") -> str:
    """Callback data for a button; kept well under Telegram's 64 bytes."""
    data = f"{kind}:{arg}"
    if len(data.encode()) > DATA_LIMIT:
        raise ValueError(f"callback data too long: {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    """Parse callback data; None when it is not ours."""
    if not data or ":" not in data or len(data.encode()) > DATA_LIMIT:
        return None
    kind, arg = data.split(":", 1)
    return Callback(kind, arg)


@dataclass(frozen=True)
class PartPress:
    """A press of a screen's part button: which screen, which part, of which event."""

    screen: str
    part: str
    event: str


def encode_part(screen: str, part: str, event: str) -> str:
    """Callback data of a part button (an event key of 32 characters still fits)."""
    return encode(PART, f"{screen}:{part}:{event}")


def decode_part(data: str | None) -> PartPress | None:
    """A part button's screen, part and event; None when the data is not one (the part and the event are
    checked by whoever reads them: they may be unknown, or gone since the button was sent)."""
    cb = decode(data)
    if cb is None or cb.kind != PART:
        return None
    fields = cb.arg.split(":")
    if len(fields) != 3 or not all(fields) or fields[0] not in SCREENS:
        return None
    return PartPress(*fields)


def number(text: str | None, maximum: int = ID_MAX) -> int | None:
    """A number as the bot writes it in callback data (ASCII digits, no leading zero, at most
    `maximum`, a row id by default); None for anything else, such as '²', which str.isdigit() accepts."""
    if not text or len(text) > DIGITS_MAX or not text.isascii() or not text.isdigit():
        return None
    if text != "0" and text.startswith("0"):
        return None
    value = int(text)
    return value if value <= maximum else None
