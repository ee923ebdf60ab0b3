"""Safe text for Telegram's HTML parse mode and Telegram's length limit."""

from __future__ import annotations

import html

TELEGRAM_LIMIT = 4096


class Html(str):
    """A string that is already valid Telegram HTML and must not be escaped again."""


def escape(value: object) -> object:
    """Escape a Fluent argument unless it is marked as HTML or is not text."""
    if isinstance(value, Html) or not isinstance(value, str):
        return value
    return html.escape(value, quote=False)


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split text into chunks under `limit`, at paragraph, then line, then word breaks."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = rest.rfind(sep, 0, limit)
            if cut > 0:
                break
        if cut <= 0:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest or not chunks:
        chunks.append(rest)
    return chunks
