"""Rendering Fluent messages to Telegram HTML outside a Turn (services, the answering engine)."""

from __future__ import annotations

from bot.i18n import I18n
from bot.text import Html, escape


class Renderer:
    """Messages in one language; text arguments are escaped unless they are already `Html`."""

    def __init__(self, i18n: I18n, lang: str) -> None:
        self.i18n = i18n
        self.lang = lang

    def t(self, msg_id: str, **args: object) -> Html:
        """The message `msg_id`, formatted, as HTML."""
        return Html(self.i18n.t(self.lang, msg_id, **{k: escape(v) for k, v in args.items()}))

    def join(self, parts: list[str], sep: str = "\n") -> Html:
        """Several HTML fragments as one, skipping empty ones."""
        return Html(sep.join(p for p in parts if p))
