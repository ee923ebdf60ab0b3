"""Plain state of the local Bot API: errors, users, chats, messages, files and call records."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]
# How long the waiting helpers wait by default: generous for a loaded machine; a passing wait returns at once.
DEFAULT_WAIT = 30.0
MEMBER_STATUSES = ("creator", "administrator", "member", "restricted", "left", "kicked")


class ApiError(Exception):
    """A Bot API failure, answered as {"ok": false, "error_code": ..., "description": ...}."""

    def __init__(
        self,
        code: int,
        description: str,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id

    def to_json(self) -> JSON:
        """The Telegram-shaped error body."""
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        if self.migrate_to_chat_id is not None:
            body["parameters"] = {"migrate_to_chat_id": self.migrate_to_chat_id}
        return body


def bad_request(detail: str) -> ApiError:
    """400 "Bad Request: <detail>"."""
    return ApiError(400, f"Bad Request: {detail}")


def forbidden(detail: str) -> ApiError:
    """403 "Forbidden: <detail>"."""
    return ApiError(403, f"Forbidden: {detail}")


def too_many_requests(retry_after: int) -> ApiError:
    """429 with parameters.retry_after, as Telegram's flood control answers."""
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


@dataclass
class User:
    """A Telegram user (or the bot itself)."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False
    blocked: bool = False
    started: bool = True

    def to_json(self) -> JSON:
        """The Bot API User object."""
        out: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


@dataclass
class Chat:
    """A private chat (id == user id), group or supergroup."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    user: User | None = None
    members: dict[int, str] = field(default_factory=dict)
    bot_status: str = "member"
    last_message_id: int = 0

    def to_json(self) -> JSON:
        """The Bot API Chat object."""
        out: JSON = {"id": self.id}
        if self.user is not None:
            out.update({k: v for k, v in self.user.to_json().items() if k in ("first_name", "last_name")})
            if self.user.username:
                out["username"] = self.user.username
        else:
            out["title"] = self.title or ""
            if self.username:
                out["username"] = self.username
        out["type"] = self.type
        return out

    def next_message_id(self) -> int:
        """Allocate the next message id of this chat (shared by user and bot messages)."""
        self.last_message_id += 1
        return self.last_message_id

    def status_of(self, user_id: int) -> str:
        """Membership status of a user in this chat."""
        if self.user is not None:
            return "member" if user_id == self.user.id else "left"
        return self.members.get(user_id, "left")


@dataclass
class StoredFile:
    """A file known to the server (uploaded by the bot or sent by a user)."""

    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int = 0
    height: int = 0

    def to_json(self) -> JSON:
        """The Document / PhotoSize / Sticker-ish object for this file."""
        out: JSON = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        if self.kind == "document":
            out.update({k: v for k, v in (("file_name", self.file_name), ("mime_type", self.mime_type)) if v})
        else:
            out.update({"width": self.width, "height": self.height})
        out["file_size"] = len(self.data)
        return out


@dataclass
class MessageRecord:
    """A message stored in a chat, with its current JSON and the history of edits."""

    chat_id: int
    message_id: int
    json: JSON
    from_bot: bool
    created_seq: int
    seq: int
    params: JSON = field(default_factory=dict)
    markup: JSON | None = None
    file: StoredFile | None = None
    history: list[JSON] = field(default_factory=list)
    deleted: bool = False

    @property
    def text(self) -> str | None:
        """Current text, or caption for media messages."""
        return self.json.get("text", self.json.get("caption"))

    @property
    def entities(self) -> list[JSON]:
        """Current entities (or caption entities)."""
        return list(self.json.get("entities", self.json.get("caption_entities", [])))

    @property
    def buttons(self) -> list[str]:
        """Labels of all buttons (inline or reply keyboard), row by row."""
        rows = (self.markup or {}).get("inline_keyboard") or (self.markup or {}).get("keyboard") or []
        return [b if isinstance(b, str) else b.get("text", "") for row in rows for b in row]

    @property
    def inline_buttons(self) -> list[JSON]:
        """Inline keyboard buttons of the current markup."""
        return [b for row in (self.markup or {}).get("inline_keyboard") or [] for b in row]

    def find_button(self, label: str | None = None, data: str | None = None) -> JSON | None:
        """The inline button with this label (visible text) or callback_data, if present."""
        for button in self.inline_buttons:
            if (label is not None and button.get("text") == label) or (
                data is not None and button.get("callback_data") == data
            ):
                return button
        return None

    @property
    def document(self) -> JSON | None:
        """The document object, if this is a document message."""
        return self.json.get("document")

    @property
    def data(self) -> bytes | None:
        """Bytes of the attached document/photo/sticker, if any."""
        return self.file.data if self.file else None

    def snapshot(self) -> JSON:
        """A JSON-friendly description for the control API."""
        out: JSON = {"chat_id": self.chat_id, "message_id": self.message_id, "from_bot": self.from_bot}
        out.update({"text": self.text, "message": clone(self.json), "reply_markup": self.markup})
        out.update({"deleted": self.deleted, "edits": len(self.history), "seq": self.seq})
        return out


@dataclass
class CallRecord:
    """One Bot API call as the server saw it."""

    method: str
    params: JSON
    time: float
    duration: float = 0.0
    ok: bool = True
    result: Any = None
    error_code: int | None = None
    description: str | None = None

    def to_json(self) -> JSON:
        """A JSON-friendly description for the control API."""
        return dict(self.__dict__)


@dataclass
class CallbackRecord:
    """A callback query sent by a user and the bot's answer to it."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str | None
    answered: bool = False
    answer: JSON | None = None

    def to_json(self) -> JSON:
        """A JSON-friendly description for the control API."""
        return dict(self.__dict__)


class Signal:
    """A broadcast 'something changed' notification that any number of tasks can await."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Wake every current waiter."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, timeout: float) -> bool:
        """Wait for the next notify(); False on timeout."""
        try:
            await asyncio.wait_for(self._event.wait(), max(timeout, 0))
        except TimeoutError:
            return False
        return True


def clone(message: JSON) -> JSON:
    """A deep copy of a JSON value (a message): by a JSON round trip, several times faster than
    copy.deepcopy on a message with a keyboard, which the bot's replies carry."""
    return json.loads(json.dumps(message))


def now() -> int:
    """Current Unix time as Telegram reports it."""
    return int(time.time())
