"""Bot API methods about the bot itself, updates, webhooks, commands, callbacks and files."""

from __future__ import annotations

import json
import re
from typing import Any

from .methods import Params, api_method
from .state import JSON, ApiError, bad_request
from .store import BotState

SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_TEXT_LIMITS = {"name": 64, "description": 512, "short_description": 120}
_NOT_FOUND_QUERY = "query is too old and response timeout expired or query ID is invalid"


@api_method("getMe")
def get_me(state: BotState, p: Params) -> JSON:
    """The bot's User object with its capabilities."""
    return {
        **state.bot.to_json(),
        "can_join_groups": True,
        "can_read_all_group_messages": not state.privacy_mode,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@api_method("getUpdates")
async def get_updates(state: BotState, p: Params) -> list[JSON]:
    """Long polling with Telegram's offset/limit/timeout/allowed_updates semantics."""
    if state.webhook.get("url"):
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete "
            "the webhook first",
        )
    allowed = p.decoded("allowed_updates")
    if allowed is not None and not isinstance(allowed, list):
        raise bad_request("can't parse allowed_updates JSON object")
    offset, limit = p.integer("offset"), p.integer("limit", 100) or 100
    return await state.updates.get(offset, limit, p.number("timeout"), allowed)


@api_method("setWebhook")
def set_webhook(state: BotState, p: Params) -> bool:
    """Store the webhook; pending and new updates are then delivered to it (localapi/webhook.py). Being
    local, this server also accepts http:// URLs on 127.0.0.1 and localhost."""
    url = p.string("url", "") or ""
    local = url.lower().startswith(("http://127.0.0.1", "http://localhost"))
    if url and not url.lower().startswith("https://") and not local:
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if p.flag("drop_pending_updates"):
        state.updates.drop_pending()
    state.webhook = {"url": url}
    for key in ("max_connections", "ip_address", "secret_token"):
        if p.has(key):
            state.webhook[key] = p.get(key)
    if p.has("allowed_updates"):
        state.webhook["allowed_updates"] = state.updates.allowed = p.decoded("allowed_updates") or []
    state.updates.touch()
    return True


@api_method("deleteWebhook")
def delete_webhook(state: BotState, p: Params) -> bool:
    """Remove the webhook, optionally dropping pending updates."""
    if p.flag("drop_pending_updates"):
        state.updates.drop_pending()
    state.webhook = {"url": ""}
    return True


@api_method("getWebhookInfo")
def get_webhook_info(state: BotState, p: Params) -> JSON:
    """The stored webhook and the number of pending updates."""
    info = {"url": state.webhook.get("url", ""), "has_custom_certificate": False}
    info["pending_update_count"] = len(state.updates.pending)
    info.update({k: v for k, v in state.webhook.items() if k in ("max_connections", "allowed_updates")})
    return info


@api_method("close", "logOut")
def close(state: BotState, p: Params) -> bool:
    """Accepted and ignored."""
    return True


def _command_key(p: Params) -> tuple[str, str]:
    """(canonical scope JSON, language code) identifying a command list."""
    scope = p.decoded("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    if scope["type"] in ("chat", "chat_administrators", "chat_member"):
        scope = {**scope, "chat_id": str(scope.get("chat_id"))}
    language = p.string("language_code", "") or ""
    if language and not re.fullmatch(r"[a-z]{2}", language):
        raise bad_request("invalid language code specified")
    return json.dumps(scope, sort_keys=True), language


@api_method("setMyCommands")
def set_my_commands(state: BotState, p: Params) -> bool:
    """Store the command list for a scope and language."""
    commands = p.decoded("commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    clean = []
    for item in commands:
        if not isinstance(item, dict) or not _COMMAND.fullmatch(str(item.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(item.get("description", "")).strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        clean.append({"command": item["command"], "description": item["description"]})
    key = _command_key(p)
    if clean:
        state.commands[key] = clean
    else:
        state.commands.pop(key, None)
    return True


@api_method("getMyCommands")
def get_my_commands(state: BotState, p: Params) -> list[JSON]:
    """The command list stored for exactly this scope and language."""
    return [dict(c) for c in state.commands.get(_command_key(p), [])]


@api_method("deleteMyCommands")
def delete_my_commands(state: BotState, p: Params) -> bool:
    """Forget the command list for a scope and language."""
    state.commands.pop(_command_key(p), None)
    return True


def _text_setting(field: str) -> tuple[Any, Any]:
    """setMy<Field> / getMy<Field> implementations for name, description, short_description."""

    def setter(state: BotState, p: Params) -> bool:
        value = p.string(field, "") or ""
        if len(value) > _TEXT_LIMITS[field]:
            raise bad_request(f"{field.replace('_', ' ')} is too long")
        state.texts[(field, p.string("language_code", "") or "")] = value
        return True

    def getter(state: BotState, p: Params) -> JSON:
        language = p.string("language_code", "") or ""
        default = state.bot.first_name if field == "name" and not language else ""
        return {field: state.texts.get((field, language), default)}

    return setter, getter


for _field, _suffix in (
    ("name", "Name"),
    ("description", "Description"),
    ("short_description", "ShortDescription"),
):
    _set, _get = _text_setting(_field)
    api_method(f"setMy{_suffix}")(_set)
    api_method(f"getMy{_suffix}")(_get)


@api_method("answerCallbackQuery")
def answer_callback_query(state: BotState, p: Params) -> bool:
    """Record the answer to a callback query (each query can be answered once)."""
    record = state.callbacks.get(p.string("callback_query_id", "") or "")
    if record is None or record.answered:
        raise bad_request(_NOT_FOUND_QUERY)
    text = p.string("text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    record.answered = True
    record.answer = {"text": text, "show_alert": p.flag("show_alert"), "url": p.string("url")}
    record.answer["cache_time"] = p.integer("cache_time", 0)
    state.changed.notify()
    return True


@api_method("getFile")
def get_file(state: BotState, p: Params) -> JSON:
    """File info with a file_path downloadable under /file/bot<token>/."""
    stored = state.files.get(p.string("file_id", "") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    if len(stored.data) > 20 * 1024 * 1024:
        raise bad_request("file is too big")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
        "file_path": stored.file_path,
    }
