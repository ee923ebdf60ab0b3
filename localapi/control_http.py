"""HTTP routes under /control/ exposing the controller (try mode, other processes, curl).

Arguments come from the query string and/or a JSON body; answers are {"ok": true, "result": ...},
or {"ok": false, "error": "..."} with 400 (bad arguments / control misuse) or 408 (wait timed out).
GET /control/ lists every route with its description.
"""

from __future__ import annotations

import base64
import functools
import inspect
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .faults import Fault, RateLimit
from .state import JSON, MessageRecord

if TYPE_CHECKING:
    from .control import Controller

Args = dict[str, Any]
RouteFunc = Callable[["Controller", Args], Any]
ROUTES: list[tuple[str, str, RouteFunc]] = []
_dumps = functools.partial(json.dumps, ensure_ascii=False, default=str)


def route(method: str, path: str) -> Callable[[RouteFunc], RouteFunc]:
    """Register a control route; its docstring is shown by GET /control/."""

    def register(func: RouteFunc) -> RouteFunc:
        ROUTES.append((method, path, func))
        return func

    return register


def _int(args: Args, key: str, default: int | None = None) -> int | None:
    """An integer argument (query strings arrive as text)."""
    value = args.get(key)
    return default if value in (None, "") else int(value)


def _flag(args: Args, key: str, default: bool = False) -> bool:
    """A boolean argument."""
    value = args.get(key, default)
    return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")


def _bytes(args: Args) -> bytes | None:
    """File content given as data_base64 (or plain text as data)."""
    if args.get("data_base64") is not None:
        return base64.b64decode(args["data_base64"])
    return args["data"].encode() if args.get("data") is not None else None


def message_json(record: MessageRecord, with_data: bool = False) -> JSON:
    """A stored message for the control API (file bytes as base64 on request)."""
    out = record.snapshot()
    if with_data and record.data is not None:
        out["data_base64"] = base64.b64encode(record.data).decode()
    return out


def _messages(api: Controller, args: Args, records: list[MessageRecord]) -> JSON:
    """{"mark": ..., "messages": [...]} answer."""
    return {"mark": api.mark(), "messages": [message_json(r, _flag(args, "with_data")) for r in records]}


@route("GET", "/")
def _index(api: Controller, a: Args) -> list[JSON]:
    """This list of routes."""
    return [{"method": m, "path": f"/control{p}", "doc": (f.__doc__ or "").strip()} for m, p, f in ROUTES]


@route("GET", "/mark")
def _mark(api: Controller, a: Args) -> int:
    """Current change mark (use as `since`)."""
    return api.mark()


@route("POST", "/users")
def _user(api: Controller, a: Args) -> JSON:
    """Create a user: {id, first_name?, last_name?, username?, language_code?, started?}."""
    fields = {k: a[k] for k in ("last_name", "username", "language_code", "started") if k in a}
    return api.add_user(int(a["id"]), a.get("first_name"), **fields).to_json()


@route("POST", "/groups")
def _group(api: Controller, a: Args) -> JSON:
    """Create a group: {id, title?, members?: {user_id: status}, supergroup?, username?, bot_status?}."""
    members = {int(uid): status for uid, status in (a.get("members") or {}).items()}
    chat = api.add_group(
        int(a["id"]),
        a.get("title", "Test group"),
        members=members,
        supergroup=_flag(a, "supergroup", True),
        username=a.get("username"),
        bot_status=a.get("bot_status", "member"),
    )
    return chat.to_json()


@route("POST", "/members")
def _member(api: Controller, a: Args) -> None:
    """Set a member status: {chat_id, user_id, status}."""
    api.set_member(int(a["chat_id"]), int(a["user_id"]), a.get("status", "member"))


@route("POST", "/block")
def _block(api: Controller, a: Args) -> JSON:
    """The user blocks (or with blocked=false unblocks) the bot: {user_id, blocked?}."""
    return api.block(int(a["user_id"]), _flag(a, "blocked", True))


@route("POST", "/message")
def _message(api: Controller, a: Args) -> JSON:
    """A user sends text: {user_id, text, chat_id?, reply_to?} -> Update."""
    chat_id, reply_to = _int(a, "chat_id"), _int(a, "reply_to")
    return api.inject_message(int(a["user_id"]), a["text"], chat_id=chat_id, reply_to=reply_to)


@route("POST", "/command")
def _command(api: Controller, a: Args) -> JSON:
    """A user sends /command [payload]: {user_id, command, payload?, chat_id?, mention?} -> Update."""
    user_id, chat_id = int(a["user_id"]), _int(a, "chat_id")
    return api.inject_command(
        user_id, a["command"], a.get("payload"), chat_id=chat_id, mention=_flag(a, "mention")
    )


@route("POST", "/callback")
def _callback(api: Controller, a: Args) -> JSON:
    """A user presses a button: {user_id, label? | data?, message_id?, chat_id?, force?} -> Update."""
    return api.inject_callback(
        int(a["user_id"]),
        data=a.get("data"),
        label=a.get("label"),
        message_id=_int(a, "message_id"),
        chat_id=_int(a, "chat_id"),
        force=_flag(a, "force"),
    )


@route("POST", "/sticker")
def _sticker(api: Controller, a: Args) -> JSON:
    """A user sends a sticker: {user_id, emoji?, chat_id?} -> Update."""
    return api.inject_sticker(int(a["user_id"]), a.get("emoji", "👍"), chat_id=_int(a, "chat_id"))


@route("POST", "/photo")
def _photo(api: Controller, a: Args) -> JSON:
    """A user sends a photo: {user_id, data_base64?, caption?, chat_id?} -> Update."""
    return api.inject_photo(
        int(a["user_id"]), _bytes(a), caption=a.get("caption"), chat_id=_int(a, "chat_id")
    )


@route("POST", "/document")
def _document(api: Controller, a: Args) -> JSON:
    """A user sends a file: {user_id, data_base64 | data, file_name?, mime_type?, caption?, chat_id?}."""
    return api.inject_document(
        int(a["user_id"]),
        _bytes(a) or b"",
        a.get("file_name", "file.bin"),
        mime_type=a.get("mime_type"),
        caption=a.get("caption"),
        chat_id=_int(a, "chat_id"),
    )


@route("GET", "/messages")
def _bot_messages(api: Controller, a: Args) -> JSON:
    """Bot messages sent/edited after `since` (default all): ?chat_id&since&include_deleted&with_data."""
    since, deleted = _int(a, "since", 0) or 0, _flag(a, "include_deleted")
    return _messages(api, a, api.messages_since(since, _int(a, "chat_id"), include_deleted=deleted))


@route("GET", "/wait")
async def _wait(api: Controller, a: Args) -> JSON:
    """Long-poll for bot messages: ?chat_id&count=1&timeout=5&since (408 on timeout)."""
    count, timeout = _int(a, "count", 1) or 1, float(a.get("timeout", 5.0))
    return _messages(
        api, a, await api.wait_for_messages(_int(a, "chat_id"), count, timeout, _int(a, "since"))
    )


@route("GET", "/callbacks")
def _callbacks(api: Controller, a: Args) -> list[JSON]:
    """Callback queries and the bot's answers: ?user_id."""
    return [r.to_json() for r in api.callback_queries(_int(a, "user_id"))]


@route("GET", "/commands")
def _commands(api: Controller, a: Args) -> list[JSON]:
    """Registered commands: ?scope=<BotCommandScope JSON>&language_code."""
    scope = json.loads(a["scope"]) if a.get("scope") else None
    return api.commands(scope, a.get("language_code", ""))


@route("GET", "/calls")
def _calls(api: Controller, a: Args) -> list[JSON]:
    """The Bot API call log: ?method&errors_only."""
    return [c.to_json() for c in api.calls(a.get("method"), errors_only=_flag(a, "errors_only"))]


@route("GET", "/faults")
def _faults(api: Controller, a: Args) -> list[JSON]:
    """Active faults."""
    return [f.to_json() for f in api.faults.faults]


@route("POST", "/faults")
def _add_fault(api: Controller, a: Args) -> JSON:
    """Add a fault: {method, error_code?, description?, retry_after?, delay?, times?, chat_id?}."""
    return api.add_fault(Fault.from_json(a)).to_json()


@route("DELETE", "/faults")
def _clear_faults(api: Controller, a: Args) -> None:
    """Remove all faults."""
    api.clear_faults()


@route("POST", "/rate_limit")
def _rate_limit(api: Controller, a: Args) -> bool:
    """Flood limits: {"enabled": false} or RateLimit fields (global_per_second, chat_per_second...)."""
    fields = {k: v for k, v in a.items() if k != "enabled"}
    api.set_rate_limit(RateLimit(**fields) if _flag(a, "enabled", True) else None)
    return True


def _handler(api: Controller, func: RouteFunc) -> Callable[[web.Request], Any]:
    """Wrap a route function: merge query + JSON body, answer {"ok", "result"} or {"ok": false, "error"}."""

    async def handle(request: web.Request) -> web.Response:
        args: Args = dict(request.query)
        try:
            if request.body_exists:
                body = await request.json()
                args.update(body if isinstance(body, dict) else {})
            result = func(api, args)
            if inspect.isawaitable(result):
                result = await result
        except TimeoutError as exc:
            return web.json_response({"ok": False, "error": str(exc)}, status=408, dumps=_dumps)
        except (ValueError, KeyError, TypeError) as exc:
            error = f"{type(exc).__name__}: {exc}"
            return web.json_response({"ok": False, "error": error}, status=400, dumps=_dumps)
        return web.json_response({"ok": True, "result": result}, dumps=_dumps)

    return handle


def add_control_routes(app: web.Application, api: Controller) -> None:
    """Register every /control/... route on the app."""
    for method, path, func in ROUTES:
        app.router.add_route(method, f"/control{path}", _handler(api, func))
