"""The one way messages are rendered: Fluent messages in one language, as Telegram HTML or as plain text.

Turns (a delegate's language), the organisers' voice (ORGANISER_LANGUAGE), services and the answering
engine all use it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.i18n import I18n, format_datetime
from bot.text import Html

if TYPE_CHECKING:
    from bot.events.registry import EventRegistry


class Renderer:
    """Messages in one language; text arguments are escaped unless they are already `Html`."""

    def __init__(self, i18n: I18n, lang: str, events: EventRegistry | None = None) -> None:
        self.i18n = i18n
        self.lang = lang
        self.events = events

    def t(self, msg_id: str, **args: object) -> Html:
        """The message `msg_id`, formatted, as HTML."""
        return self.i18n.html(self.lang, msg_id, **args)

    def plain(self, msg_id: str, **args: object) -> str:
        """The message for plain-text places (button labels, alerts): nothing is escaped."""
        return self.i18n.t(self.lang, msg_id, **args)

    def join(self, parts: list[str], sep: str = "\n") -> Html:
        """Several HTML fragments as one, skipping empty ones."""
        return Html(sep.join(p for p in parts if p))

    def when(self, instant: datetime | None, event_key: str | None) -> str:
        """An instant in the event's time zone, naming the zone ('?' when unknown)."""
        if instant is None:
            return "?"
        event = self.events.get(event_key) if self.events is not None and event_key else None
        tz = event.tzinfo if event else UTC
        zone = event.timezone.rsplit("/", 1)[-1].replace("_", " ") if event else "UTC"
        return self.plain("flow-when", time=format_datetime(instant, self.lang, tz), zone=zone)
