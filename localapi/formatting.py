"""Turn (text, parse_mode, entities) parameters into the text and entities Telegram stores."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .entities import Entity, ParseError, merge_detected, trim, user_link_id
from .html import parse_html
from .markdown import parse_markdown, parse_markdown_v2
from .state import bad_request

PARSERS: dict[str, Callable[[str], tuple[str, list[Entity]]]] = {
    "html": parse_html,
    "markdownv2": parse_markdown_v2,
    "markdown": parse_markdown,
}
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024


def explicit_entities(raw: Any) -> list[Entity]:
    """Validate an explicit entities array, keeping every field (e.g. date_time's) verbatim."""
    if not isinstance(raw, list):
        raise bad_request("can't parse entities JSON object")
    out = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise bad_request('can\'t parse MessageEntity: Field "type" must be of type String')
        try:
            offset, length = int(item["offset"]), int(item["length"])
        except (KeyError, TypeError, ValueError):
            raise bad_request('can\'t parse MessageEntity: Field "offset" must be of type Number') from None
        if offset >= 0 and length > 0:
            out.append({**item, "offset": offset, "length": length})
    return out


def format_text(
    text: str | None,
    parse_mode: str | None,
    entities: Any = None,
    *,
    caption: bool = False,
    users: Mapping[int, Mapping[str, Any]] | None = None,
) -> tuple[str, list[Entity]]:
    """Parse, trim and validate a message text (or caption) like Telegram; raises ApiError."""
    raw = text or ""
    if entities is not None:
        visible, found = raw, explicit_entities(entities)
    elif parse_mode:
        parser = PARSERS.get(parse_mode.lower())
        if parser is None:
            raise bad_request("unsupported parse_mode")
        try:
            visible, found = parser(raw)
        except ParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    else:
        visible, found = raw, []
    visible, found = trim(visible, found)
    limit = CAPTION_LIMIT if caption else MESSAGE_LIMIT
    if not visible and not caption:
        raise bad_request("message text is empty")
    if len(visible) > limit:
        raise bad_request("message caption is too long" if caption else "message is too long")
    return visible, _mentions(merge_detected(visible, found), users or {})


def _mentions(entities: list[Entity], users: Mapping[int, Mapping[str, Any]]) -> list[Entity]:
    """Turn text_link entities pointing at tg://user?id=N of known users into text_mention."""
    out = []
    for entity in entities:
        user_id = user_link_id(entity.get("url")) if entity["type"] == "text_link" else None
        if user_id is not None and user_id in users:
            entity = {"type": "text_mention", "offset": entity["offset"], "length": entity["length"]}
            entity["user"] = dict(users[user_id])
        out.append(entity)
    return out
