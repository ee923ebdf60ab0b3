"""Safe text for Telegram's HTML parse mode and Telegram's length limit."""

from __future__ import annotations

import html
import re

# Telegram's limit, in characters of the text as shown (after HTML tags and entities are parsed).
TELEGRAM_LIMIT = 4096
_TOKEN = re.compile(r"<[^<>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);|.", re.DOTALL)
_MARKUP = re.compile(r"<[^<>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);")  # _TOKEN's tags and entities
_BREAKS = ("\n\n", "\n", " ")
Stack = list[tuple[str, str]]  # the tags open at a point: (name, opening tag)


class Html(str):
    """A string that is already valid Telegram HTML and must not be escaped again."""


def escape(value: object) -> object:
    """Escape a Fluent argument unless it is marked as HTML or is not text."""
    if isinstance(value, Html) or not isinstance(value, str):
        return value
    return html.escape(value, quote=False)


def shorten(text: str, limit: int, note: str) -> str:
    """Plain `text` at most `limit` characters long: beyond it, its head (cut between words if possible)
    followed by `note`, which says it was shortened."""
    if len(text) <= limit:
        return text
    room = max(limit - len(note), 1)
    head = text[:room]
    space = head.rfind(" ")
    if space > room // 2:
        head = head[:space]
    return head.rstrip() + note


def _width(token: str) -> int:
    """How many characters a token shows: none for a tag, one for an entity."""
    if token.startswith("<") and token.endswith(">") and len(token) > 1:
        return 0
    return len(html.unescape(token)) if token.startswith("&") and len(token) > 1 else len(token)


def visible_length(text: str) -> int:
    """The length Telegram counts: HTML text as shown (every reply is measured: only the markup is looked
    at one by one, the rest counts as it is)."""
    return len(text) - sum(len(m) - _width(m) for m in _MARKUP.findall(text))


def _tag_name(token: str) -> str:
    return token.strip("</>").split(maxsplit=1)[0].lower() if len(token) > 2 else ""


def _after(stack: Stack, token: str) -> Stack:
    """The open tags once `token` is read."""
    if not (token.startswith("<") and token.endswith(">")) or len(token) < 3:
        return stack
    name = _tag_name(token)
    if token.startswith("</"):
        found = [i for i, (open_name, _) in enumerate(stack) if open_name == name]
        return stack[: found[-1]] if found else stack
    return [*stack, (name, token)]


def _cut(tokens: list[str], start: int, limit: int, stack: Stack) -> tuple[int, Stack]:
    """Where the chunk starting at `start` ends (a token index), and the tags open there."""
    shown, i = 0, start
    breaks: dict[str, tuple[int, Stack]] = {}
    while i < len(tokens) and shown + _width(tokens[i]) <= limit:
        shown += _width(tokens[i])
        stack = _after(stack, tokens[i])
        i += 1
        for sep in _BREAKS:
            if "".join(tokens[max(start, i - len(sep)) : i]) == sep:
                breaks[sep] = (i, stack)
                break
    if i >= len(tokens):
        return i, stack
    for sep in _BREAKS:  # a paragraph, else a line, else a word break, if it keeps the chunk well filled
        if sep in breaks and breaks[sep][0] - start > (i - start) // 2:
            return breaks[sep]
    return max(breaks.values(), key=lambda b: b[0]) if breaks else (max(i, start + 1), stack)


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split HTML text into messages Telegram accepts: each shows at most `limit` characters, breaks at a
    paragraph, then a line, then a word, never inside a tag or an entity, and closes and reopens the tags
    open across a break."""
    if visible_length(text) <= limit:
        return [text]
    tokens = _TOKEN.findall(text)
    chunks: list[str] = []
    start, stack = 0, Stack()
    while start < len(tokens):
        end, after = _cut(tokens, start, limit, stack)
        body = ("".join(t for _, t in stack) + "".join(tokens[start:end])).rstrip()
        if visible_length(body):
            chunks.append(body + "".join(f"</{name}>" for name, _ in reversed(after)))
        start, stack = end, after
        while start < len(tokens) and tokens[start] in ("\n", " "):
            start += 1
    return chunks or [text]


# Telegram's answer to a tag its Bot API version does not know (a self-hosted server older than the tag):
# "Can't parse entities: unsupported start tag "tg-time" at byte offset 12".
_REFUSED_TAG = re.compile(r"unsupported start tag \"([A-Za-z][\w-]*)\"", re.IGNORECASE)


def refused_tag(description: str) -> str | None:
    """The tag a Bot API error says it cannot parse, if that is what it says."""
    found = _REFUSED_TAG.search(description)
    return found.group(1).lower() if found else None


def without_tag(text: str, tag: str) -> str:
    """HTML `text` with every `<tag …>` and `</tag>` removed and what they enclosed kept."""
    name = re.escape(tag)
    pattern = rf"<{name}(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>|</{name}\s*>"
    return re.sub(pattern, "", text, flags=re.IGNORECASE)


def fallback_html(text: str, description: str) -> str | None:
    """`text` without the tag a Bot API error (`description`) refused, or None when the error is not about
    a tag, or `text` has none of it (sending it again would fail the same way)."""
    tag = refused_tag(description)
    if tag is None:
        return None
    plainer = without_tag(text, tag)
    return plainer if plainer != text else None
