"""Telegram's HTML parse_mode: a strict parser following tdlib's rules and error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .entities import SPACES, Entity, ParseError, TextBuilder, byte_offset, check_link, sort_entities

_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
}
SUPPORTED_TAGS = frozenset({*_SIMPLE, "a", "code", "pre", "span", "blockquote", "tg-emoji", "tg-time"})
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
DATE_TIME_FORMAT = re.compile(r"r|w?[dD]?[tT]?")
_PLAIN = re.compile(r"[^&<]*")


@dataclass
class _Open:
    """A start tag waiting for its end tag."""

    tag: str
    attrs: dict[str, str]
    offset: int
    part_index: int
    extra: dict[str, str] = field(default_factory=dict)


def decode_entity(text: str, i: int) -> tuple[str, int] | None:
    """Decode the HTML entity starting at text[i] == '&'; None if it is not one Telegram knows."""
    j, n = i + 1, len(text)
    if j < n and text[j] == "#":
        j += 1
        hexa = j < n and text[j] in "xX"
        j += hexa
        digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
        start = j
        while j < n and text[j] in digits:
            j += 1
        if j == start:
            return None
        code = int(text[start:j], 16 if hexa else 10)
        if code == 0 or code > 0x10FFFF:
            return None
        if 0xD800 <= code <= 0xDFFF:
            raise ParseError(
                "Text contains invalid Unicode characters after decoding HTML entities, "
                "check for unmatched surrogate code units"
            )
        char = chr(code)
    else:
        while j < n and text[j].isascii() and text[j].isalpha():
            j += 1
        if text[i + 1 : j] not in _NAMED:
            return None
        char = _NAMED[text[i + 1 : j]]
    if j < n and text[j] == ";":
        j += 1
    return char, j


def parse_html(text: str) -> tuple[str, list[Entity]]:
    """Parse Telegram HTML into (visible text, entities with UTF-16 offsets)."""
    out = TextBuilder()
    entities: list[Entity] = []
    stack: list[_Open] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "&" and (decoded := decode_entity(text, i)) is not None:
            out.add(decoded[0])
            i = decoded[1]
        elif ch != "<":
            run = _PLAIN.match(text, i + 1)  # a run of plain text up to the next '&' or '<', in one chunk
            out.add(text[i : run.end()])
            i = run.end()
        elif i + 1 < n and text[i + 1] != "/":
            i = _start_tag(text, i, stack, out)
        else:
            i = _end_tag(text, i, stack, out, entities)
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    for entity in entities:
        entity.pop("_language", None)
    return out.text(), sort_entities(entities)


def _skip_spaces(text: str, j: int) -> int:
    """Index of the first non-space character at or after j."""
    while j < len(text) and text[j] in SPACES:
        j += 1
    return j


def _start_tag(text: str, begin: int, stack: list[_Open], out: TextBuilder) -> int:
    """Parse a start tag at text[begin] == '<', push it and return the index after it."""
    n, at = len(text), byte_offset(text, begin)
    j = begin + 1
    while j < n and text[j] not in SPACES and text[j] != ">":
        j += 1
    if j >= n:
        raise ParseError(f"Unclosed start tag at byte offset {at}")
    tag = text[begin + 1 : j].lower()
    if tag not in SUPPORTED_TAGS:
        raise ParseError(f'Unsupported start tag "{tag}" at byte offset {at}')
    attrs: dict[str, str] = {}
    while j < n and text[j] != ">":
        j = _skip_spaces(text, j)
        if j >= n or text[j] == ">":
            break
        name_start = j
        while j < n and text[j] not in SPACES and text[j] not in "=>":
            j += 1
        name = text[name_start:j].lower()
        if not name:
            raise ParseError(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
        j = _skip_spaces(text, j)
        if j >= n or text[j] != "=":
            if tag == "blockquote" and name == "expandable":
                attrs[name] = ""
                continue
            raise ParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" at byte offset {at}'
            )
        j = _skip_spaces(text, j + 1)
        if j >= n:
            raise ParseError(f'Unclosed start tag "{tag}" at byte offset {at}')
        if text[j] not in "'\"":
            token = j
            while j < n and ((text[j].isascii() and text[j].isalnum()) or text[j] in ".-"):
                j += 1
            value = text[token:j].lower()
            if j < n and text[j] not in SPACES and text[j] != ">":
                raise ParseError(f"Unexpected end of name token at byte offset {byte_offset(text, token)}")
        else:
            quote, chars = text[j], []
            j += 1
            while j < n and text[j] != quote:
                if text[j] == "&" and (decoded := decode_entity(text, j)) is not None:
                    chars.append(decoded[0])
                    j = decoded[1]
                    continue
                chars.append(text[j])
                j += 1
            j += j < n
            value = "".join(chars)
        if j >= n:
            raise ParseError(f"Unclosed start tag at byte offset {at}")
        attrs.setdefault(name, value)
    if j >= n:
        raise ParseError(f"Unclosed start tag at byte offset {at}")
    if tag == "span" and attrs.get("class") != "tg-spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
    stack.append(_Open(tag, attrs, out.u16, len(out.parts)))
    return j + 1


def _end_tag(text: str, begin: int, stack: list[_Open], out: TextBuilder, entities: list[Entity]) -> int:
    """Parse an end tag at text[begin] == '<', emit its entity and return the index after it."""
    at = byte_offset(text, begin)
    if not stack:
        raise ParseError(f"Unexpected end tag at byte offset {at}")
    n, j = len(text), begin + 2
    while j < n and text[j] not in SPACES and text[j] != ">":
        j += 1
    name = text[begin + 2 : j].lower()
    j = _skip_spaces(text, j)
    if j >= n or text[j] != ">":
        raise ParseError(f"Unclosed end tag at byte offset {at}")
    top = stack[-1]
    if name and name != top.tag:
        raise ParseError(f'Unmatched end tag at byte offset {at}, expected "</{top.tag}>", found "</{name}>"')
    stack.pop()
    length = out.u16 - top.offset
    if length > 0:
        entity = _entity(top, out)
        if entity is not None:
            _append(entities, {"offset": top.offset, "length": length, **entity})
    return j + 1


def _entity(top: _Open, out: TextBuilder) -> Entity | None:
    """The entity (without offset/length) produced by a closed tag."""
    tag, attrs = top.tag, top.attrs
    if tag in _SIMPLE:
        return {"type": _SIMPLE[tag]}
    if tag == "span":
        return {"type": "spoiler"}
    if tag == "a":
        url = check_link(attrs.get("href") or out.since(top.part_index))
        return {"type": "text_link", "url": url} if url else None
    if tag == "code":
        klass = attrs.get("class", "")
        language = klass[len("language-") :] if klass.startswith("language-") else ""
        return {"type": "code", "_language": language}
    if tag == "pre":
        return {"type": "pre"}
    if tag == "blockquote":
        return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
    if tag == "tg-emoji":
        emoji_id = attrs.get("emoji-id", "")
        if not emoji_id.isdigit() or int(emoji_id) == 0:
            raise ParseError("Invalid custom emoji identifier specified")
        return {"type": "custom_emoji", "custom_emoji_id": emoji_id}
    unix = attrs.get("unix", "")
    if not unix.isdigit():
        raise ParseError("Invalid Unix time specified")
    entity: Entity = {"type": "date_time", "unix_time": int(unix)}
    if "format" in attrs:
        if not DATE_TIME_FORMAT.fullmatch(attrs["format"]):
            raise ParseError("Invalid date and time format specified")
        entity["date_time_format"] = attrs["format"]
    return entity


def _append(entities: list[Entity], entity: Entity) -> None:
    """Append an entity, merging a <pre><code class="language-x"> pair into one pre entity."""
    last = entities[-1] if entities else None
    if (
        last is not None
        and (last["offset"], last["length"]) == (entity["offset"], entity["length"])
        and {last["type"], entity["type"]} == {"pre", "code"}
    ):
        language = last.get("_language") or entity.get("_language")
        last.clear()
        last.update({"type": "pre", "offset": entity["offset"], "length": entity["length"]})
        if language:
            last["language"] = language
        return
    entities.append(entity)
