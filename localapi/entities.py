"""Message entity helpers: UTF-16 offsets, trimming, link checks and auto-detected entities."""

from __future__ import annotations

import re
from typing import Any

Entity = dict[str, Any]

SPACES = " \t\n\r\f\v\0"
# Entities that may overlap (contain or be contained in) auto-detected ones such as urls.
FORMATTING = frozenset(
    {"bold", "italic", "underline", "strikethrough", "spoiler", "blockquote", "expandable_blockquote"}
)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_ALLOWED_SCHEMES = frozenset({"http", "https", "ftp", "tg", "ton", "tonsite"})
_USER_LINK = re.compile(r"^tg://user\?id=(\d+)$")
_DETECTORS = (
    ("url", re.compile(r"(?i)(?<![\w@])https?://[^\s<>\"]*[^\s<>\".,:;!?)\]'}]")),
    ("email", re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w.-])")),
    ("bot_command", re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])")),
    ("mention", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}(?![\w@])")),
    ("hashtag", re.compile(r"(?<![\w#])#\w*[^\W\d]\w*")),
)


class ParseError(Exception):
    """A parse_mode markup error; the message uses Telegram's wording."""


def utf16_len(text: str) -> int:
    """Length of text in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of the character at index (Telegram reports parse errors in bytes)."""
    return len(text[:index].encode("utf-8", "surrogatepass"))


class TextBuilder:
    """Accumulates parsed visible text and tracks its UTF-16 length."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.u16 = 0

    def add(self, chunk: str) -> None:
        """Append visible text."""
        self.parts.append(chunk)
        self.u16 += utf16_len(chunk)

    def since(self, index: int) -> str:
        """Visible text appended after the given part index."""
        return "".join(self.parts[index:])

    def text(self) -> str:
        """The visible text so far."""
        return "".join(self.parts)


def sort_entities(entities: list[Entity]) -> list[Entity]:
    """Order entities like Telegram: by offset, outer (longer) entities first."""
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def check_link(url: str) -> str | None:
    """Normalise a link like Telegram does (adds http:// and a trailing /); None if unusable."""
    url = url.strip(SPACES)
    if not url or any(ch in SPACES for ch in url):
        return None
    match = _SCHEME.match(url)
    if match is None:
        if ":" in url.split("/", 1)[0] and not re.match(r"^[\w.-]+:\d+", url):
            return None
        url = "http://" + url
    elif match.group(1).lower() not in _ALLOWED_SCHEMES:
        return None
    if url.lower().startswith(("tg:", "ton:")):
        return url
    head, rest = url.split("://", 1)
    host_end = next((i for i, ch in enumerate(rest) if ch in "/?#"), len(rest))
    if host_end == 0:
        return None
    if host_end == len(rest) or rest[host_end] != "/":
        rest = rest[:host_end] + "/" + rest[host_end:]
    return f"{head}://{rest}"


def user_link_id(url: str | None) -> int | None:
    """The user id of a tg://user?id=N link, if it is one."""
    match = _USER_LINK.match(url or "")
    return int(match.group(1)) if match else None


def trim(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Strip leading/trailing whitespace like Telegram, shifting and clipping entities."""
    left = text.lstrip(SPACES)
    lead = len(text) - len(left)  # whitespace is BMP: code points == UTF-16 units
    result = left.rstrip(SPACES)
    total = utf16_len(result)
    out: list[Entity] = []
    for entity in entities:
        start = max(int(entity["offset"]) - lead, 0)
        end = min(int(entity["offset"]) + int(entity["length"]) - lead, total)
        if end > start:
            out.append({**entity, "offset": start, "length": end - start})
    return result, sort_entities(out)


def detect_entities(text: str) -> list[Entity]:
    """Entities Telegram finds by itself: urls, emails, bot commands, mentions, hashtags."""
    found: list[tuple[int, int, str]] = []
    for kind, pattern in _DETECTORS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if all(end <= s or start >= e for s, e, _ in found):
                found.append((start, end, kind))
    entities = []
    for start, end, kind in found:
        offset = utf16_len(text[:start])
        entities.append({"type": kind, "offset": offset, "length": utf16_len(text[start:end])})
    return sort_entities(entities)


def merge_detected(text: str, entities: list[Entity]) -> list[Entity]:
    """Add auto-detected entities that do not clash with explicit non-formatting entities."""
    blocking = [e for e in entities if e["type"] not in FORMATTING]
    extra = [
        d
        for d in detect_entities(text)
        if all(
            d["offset"] + d["length"] <= b["offset"] or d["offset"] >= b["offset"] + b["length"]
            for b in blocking
        )
    ]
    return sort_entities([*entities, *extra])
