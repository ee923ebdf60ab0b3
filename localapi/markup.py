"""reply_markup validation like Telegram's (inline keyboards, reply keyboards, remove/force reply)."""

from __future__ import annotations

from typing import Any

from .entities import check_link
from .state import JSON, bad_request

INLINE_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)


def validate_markup(markup: Any) -> JSON | None:
    """Check reply_markup like Telegram (button data size, button kinds); returns it unchanged."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        for button in _rows(markup["inline_keyboard"], "inline_keyboard", "InlineKeyboardMarkup"):
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
            if not INLINE_ACTIONS & button.keys():
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                raise bad_request("BUTTON_DATA_INVALID")
            if button.get("url") is not None and check_link(str(button["url"])) is None:
                raise bad_request("BUTTON_URL_INVALID")
    elif "keyboard" in markup:
        for button in _rows(markup["keyboard"], "keyboard", "ReplyKeyboardMarkup"):
            if not isinstance(button, str) and not (
                isinstance(button, dict) and isinstance(button.get("text"), str)
            ):
                raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')
    elif markup.get("remove_keyboard") is not True and markup.get("force_reply") is not True:
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


def _rows(rows: Any, field: str, kind: str) -> list[Any]:
    """Flatten a keyboard, checking it is an array of arrays."""
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(f'Field "{field}" of the {kind} must be an Array of Arrays')
    return [button for row in rows for button in row]
