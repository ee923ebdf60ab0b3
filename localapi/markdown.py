"""Telegram's MarkdownV2 and legacy Markdown parse modes, following tdlib's rules and errors."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from .entities import SPACES, Entity, ParseError, TextBuilder, byte_offset, check_link, sort_entities
from .html import DATE_TIME_FORMAT

RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "pre_code": "PreCode",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}
_TOGGLES = {"__": "underline", "||": "spoiler", "_": "italic", "*": "bold", "~": "strikethrough"}


@dataclass
class _Open:
    """An entity whose end marker has not been seen yet."""

    kind: str
    offset: int
    index: int
    part_index: int
    language: str = ""


@dataclass
class _Quote:
    """A block quotation being collected line by line."""

    offset: int
    expandable: bool


def _escapable(text: str, i: int) -> bool:
    """Whether text[i] is a backslash escaping a character with code 1..126."""
    return text[i] == "\\" and i + 1 < len(text) and 0 < ord(text[i + 1]) < 127


def _pre_start(text: str, i: int) -> tuple[str, str, int]:
    """After an opening ``` at i-3: (kind, language, index of the first content character)."""
    n, end = len(text), i
    while end < n and text[end] not in SPACES and text[end] != "`":
        end += 1
    kind, language = "pre", ""
    if end != i and end < n and text[end] != "`":
        kind, language, i = "pre_code", text[i:end], end
    if i < n and text[i] in "\r\n":
        i += 2 if i + 1 < n and text[i + 1] in "\r\n" and text[i] != text[i + 1] else 1
    return kind, language, i


def _link_entity(kind: str, url: str) -> Entity | None:
    """The entity for a closed [text](url) or ![emoji](tg://...) construct."""
    if kind == "text_link":
        checked = check_link(url)
        return {"type": "text_link", "url": checked} if checked else None
    parts = urlsplit(url)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    if parts.scheme == "tg" and parts.netloc == "emoji" and query.get("id", "").isdigit():
        return {"type": "custom_emoji", "custom_emoji_id": query["id"]}
    if parts.scheme == "tg" and parts.netloc == "time":
        if not query.get("unix", "").isdigit():
            raise ParseError("Invalid Unix time specified")
        entity: Entity = {"type": "date_time", "unix_time": int(query["unix"])}
        if "format" in query:
            if not DATE_TIME_FORMAT.fullmatch(query["format"]):
                raise ParseError("Invalid date and time format specified")
            entity["date_time_format"] = query["format"]
        return entity
    raise ParseError("Custom emoji entity must contain a tg://emoji URL")


def parse_markdown_v2(text: str) -> tuple[str, list[Entity]]:
    """Parse MarkdownV2 into (visible text, entities with UTF-16 offsets)."""
    out, entities, stack = TextBuilder(), [], []
    quote: _Quote | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        in_code = bool(stack) and stack[-1].kind in ("code", "pre", "pre_code")
        if (i == 0 or text[i - 1] == "\n") and not in_code:
            expandable = text.startswith("**>", i)
            if ch == ">" or expandable:
                if quote is not None and expandable and not quote.expandable:
                    _close_quote(entities, quote, out.u16 - 1)
                    quote = None
                if quote is None:
                    quote = _Quote(out.u16, expandable)
                i += 3 if expandable else 1
                continue
            if quote is not None:
                _close_quote(entities, quote, out.u16 - 1)
                quote = None
        if _escapable(text, i):
            out.add(text[i + 1])
            i += 2
            continue
        if in_code and ch != "`":
            out.add(ch)
            i += 1
            continue
        if ch not in RESERVED:
            out.add(ch)
            i += 1
            continue
        top = stack[-1] if stack else None
        quote_end = quote is not None and quote.expandable and text.startswith("||", i)
        if quote_end and (top is None or top.kind != "spoiler") and (i + 2 == n or text[i + 2] == "\n"):
            _close_quote(entities, quote, out.u16)
            quote = None
            i += 2
            continue
        if ch == "]" and top is not None and top.kind in ("text_link", "custom_emoji"):
            i = _close_link(text, i, stack.pop(), out, entities)
            continue
        if ch == "`":
            is_pre = text.startswith("```", i)
            if top is not None and (top.kind == "code" or (is_pre and top.kind != "code" and in_code)):
                stack.pop()
                _emit(entities, top, out.u16)
                i += 3 if is_pre and top.kind != "code" else 1
                continue
            if is_pre:
                kind, language, start = _pre_start(text, i + 3)
                stack.append(_Open(kind, out.u16, i, len(out.parts), language))
                i = start
            else:
                stack.append(_Open("code", out.u16, i, len(out.parts)))
                i += 1
            continue
        marker = text[i : i + 2] if text[i : i + 2] in ("__", "||") else ch
        if marker in _TOGGLES:
            kind = _TOGGLES[marker]
            if top is not None and top.kind == kind:
                stack.pop()
                _emit(entities, top, out.u16)
            else:
                stack.append(_Open(kind, out.u16, i, len(out.parts)))
            i += len(marker)
        elif ch == "[" or text.startswith("![", i):
            stack.append(_Open("text_link" if ch == "[" else "custom_emoji", out.u16, i, len(out.parts)))
            i += 1 if ch == "[" else 2
        else:
            raise ParseError(f"Character '{ch}' is reserved and must be escaped with the preceding '\\'")
    if stack:
        top = stack[-1]
        raise ParseError(
            f"Can't find end of {_NAMES[top.kind]} entity at byte offset {byte_offset(text, top.index)}"
        )
    if quote is not None:
        _close_quote(entities, quote, out.u16)
    return out.text(), sort_entities(entities)


def _emit(entities: list[Entity], top: _Open, end: int) -> None:
    """Append the entity for a closed marker if it is not empty."""
    if end <= top.offset:
        return
    entity: Entity = {"type": "pre" if top.kind == "pre_code" else top.kind}
    entity.update({"offset": top.offset, "length": end - top.offset})
    if top.language:
        entity["language"] = top.language
    entities.append(entity)


def _close_quote(entities: list[Entity], quote: _Quote, end: int) -> None:
    """Append a (possibly expandable) blockquote entity ending at end."""
    if end > quote.offset:
        kind = "expandable_blockquote" if quote.expandable else "blockquote"
        entities.append({"type": kind, "offset": quote.offset, "length": end - quote.offset})


def _close_link(text: str, i: int, top: _Open, out: TextBuilder, entities: list[Entity]) -> int:
    """Handle ']' closing a link or custom emoji at i; return the index after the construct."""
    n, i = len(text), i + 1
    if i < n and text[i] == "(":
        url_index, j, chars = i + 1, i + 1, []
        while j < n and text[j] != ")":
            if _escapable(text, j):
                chars.append(text[j + 1])
                j += 2
                continue
            chars.append(text[j])
            j += 1
        if j >= n:
            raise ParseError(f"Can't find end of a URL at byte offset {byte_offset(text, url_index)}")
        url, i = "".join(chars), j + 1
    else:
        url = out.since(top.part_index)
    entity = _link_entity(top.kind, url)
    if entity is not None and out.u16 > top.offset:
        entities.append({**entity, "offset": top.offset, "length": out.u16 - top.offset})
    return i


def parse_markdown(text: str) -> tuple[str, list[Entity]]:
    """Parse legacy Markdown (*bold* _italic_ `code` ```pre``` [text](url))."""
    out, entities = TextBuilder(), []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.add(text[i + 1])
            i += 2
            continue
        if ch not in "_*`[":
            out.add(ch)
            i += 1
            continue
        begin, end_char, i = i, "]" if ch == "[" else ch, i + 1
        is_pre, language = ch == "`" and text.startswith("``", i), ""
        if is_pre:
            _, language, i = _pre_start(text, i + 2)
        offset, part_index = out.u16, len(out.parts)
        while i < n and (text[i] != end_char or (is_pre and not text.startswith("```", i))):
            out.add(text[i])
            i += 1
        if i >= n:
            raise ParseError(
                f"Can't find end of the entity starting at byte offset {byte_offset(text, begin)}"
            )
        length = out.u16 - offset
        if ch == "[":
            url = out.since(part_index)
            close = text.find(")", i + 2) if text.startswith("(", i + 1) else -1
            if close >= 0:
                url, i = text[i + 2 : close], close
            checked = check_link(url)
            if checked and length:
                entities.append({"type": "text_link", "offset": offset, "length": length, "url": checked})
        elif length:
            kind = "pre" if is_pre else {"*": "bold", "_": "italic", "`": "code"}[ch]
            entities.append({"type": kind, "offset": offset, "length": length})
            if language:
                entities[-1]["language"] = language
        i += 3 if is_pre else 1
    return out.text(), sort_entities(entities)
