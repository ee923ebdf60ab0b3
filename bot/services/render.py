"""Rendering Fluent messages to Telegram HTML outside a Turn (services, the answering engine)."""

from __future__ import annotations

from bot.i18n import I18n
from bot.text import Html


class Renderer:
    """Messages in one language; text arguments are escaped unless they are already `Html`."""

    def __init__(self, i18n: I18n, lang: str) -> None:
        self.i18n = i18n
        self.lang = lang

    def t(self, msg_id: str, **args: object) -> Html:
        """The message `msg_id`, formatted, as HTML."""
        return self.i18n.html(self.lang, msg_id, **args)

    def join(self, parts: list[str], sep: str = "\n") -> Html:
        """Several HTML fragments as one, skipping empty ones."""
        return Html(sep.join(p for p in parts if p))
