"""BotState: everything the local Bot API server knows, shared by methods and the control API."""

from __future__ import annotations

import itertools
import mimetypes
import secrets
from typing import Any

from .state import (
    JSON,
    CallbackRecord,
    CallRecord,
    Chat,
    MessageRecord,
    Signal,
    StoredFile,
    User,
    bad_request,
    clone,
    forbidden,
)
from .updates import UpdateQueue

_FOLDERS = {"document": "documents", "photo": "photos", "sticker": "stickers"}
_FILE_ID_PREFIX = {"document": "BQACAgIAAxkBAA", "photo": "AgACAgIAAxkBAA", "sticker": "CAACAgIAAxkBAA"}


class BotState:
    """Users, chats, messages, files, commands, updates and the call log of one bot."""

    def __init__(self, token: str, bot_username: str, bot_name: str = "Local Test Bot") -> None:
        self.token = token
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self.bot = User(id=bot_id, first_name=bot_name, username=bot_username, is_bot=True)
        self.privacy_mode = False
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.messages: dict[int, dict[int, MessageRecord]] = {}
        self.files: dict[str, StoredFile] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.calls: list[CallRecord] = []
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.texts: dict[tuple[str, str], str] = {}  # (name|description|short_description, language)
        self.webhook: JSON = {"url": ""}
        self.updates = UpdateQueue()
        self.changed = Signal()
        self.seq = 0
        self._ids = itertools.count(1)

    # --- users and chats -------------------------------------------------------------------

    def add_user(self, user: User) -> User:
        """Register (or replace) a user and their private chat."""
        self.users[user.id] = user
        chat = self.chats.get(user.id)
        if chat is None:
            self.chats[user.id] = Chat(id=user.id, type="private", user=user)
        else:
            chat.user = user
        return user

    def add_chat(self, chat: Chat) -> Chat:
        """Register (or replace) a group chat."""
        self.chats[chat.id] = chat
        return chat

    def chat(self, ref: Any) -> Chat:
        """Resolve a chat_id (number or @username); 400 chat not found otherwise."""
        if isinstance(ref, str) and ref.startswith("@"):
            name = ref[1:].lower()
            for chat in self.chats.values():
                username = chat.user.username if chat.user else chat.username
                if chat.type != "private" and username and username.lower() == name:
                    return chat
            raise bad_request("chat not found")
        try:
            chat_id = int(ref)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        if chat_id not in self.chats:
            raise bad_request("chat not found")
        return self.chats[chat_id]

    def check_can_send(self, chat: Chat) -> None:
        """403 errors Telegram gives when the bot may not write to a chat."""
        if chat.user is not None:
            if chat.user.blocked:
                raise forbidden("bot was blocked by the user")
            if not chat.user.started:
                raise forbidden("bot can't initiate conversation with a user")
        elif chat.bot_status == "kicked":
            raise forbidden(f"bot was kicked from the {chat.type} chat")
        elif chat.bot_status == "left":
            raise forbidden(f"bot is not a member of the {chat.type} chat")

    # --- messages ----------------------------------------------------------------------------

    def bump(self) -> int:
        """Advance the change counter used by mark()/messages_since()."""
        self.seq += 1
        return self.seq

    def add_message(self, chat: Chat, message: JSON, *, from_bot: bool, **extra: Any) -> MessageRecord:
        """Store a new message and notify waiters."""
        seq = self.bump()
        record = MessageRecord(chat.id, message["message_id"], message, from_bot, seq, seq, **extra)
        self.messages.setdefault(chat.id, {})[record.message_id] = record
        self.changed.notify()
        return record

    def touch(self, record: MessageRecord, previous: JSON | None = None) -> None:
        """Mark a message as changed (edited or deleted) and notify waiters."""
        if previous is not None:
            record.history.append(previous)
        record.seq = self.bump()
        self.changed.notify()

    def message(self, chat_id: int, message_id: Any) -> MessageRecord | None:
        """A live (not deleted) message, if it exists."""
        try:
            record = self.messages.get(chat_id, {}).get(int(message_id))
        except (TypeError, ValueError):
            return None
        return None if record is None or record.deleted else record

    def bot_messages(self, chat_id: int | None = None, include_deleted: bool = False) -> list[MessageRecord]:
        """Messages the bot sent, in order (all chats when chat_id is None)."""
        chats = [chat_id] if chat_id is not None else list(self.messages)
        records = [r for c in chats for r in self.messages.get(c, {}).values() if r.from_bot]
        records = [r for r in records if include_deleted or not r.deleted]
        return sorted(records, key=lambda r: r.created_seq)

    @staticmethod
    def quoted(record: MessageRecord) -> JSON:
        """A message as embedded in reply_to_message (without its own reply)."""
        message = clone(record.json)
        message.pop("reply_to_message", None)
        return message

    # --- files -------------------------------------------------------------------------------

    def new_file(self, kind: str, data: bytes, **fields: Any) -> StoredFile:
        """Store bytes under fresh file ids and a file_path like Telegram's."""
        number = next(self._ids)
        name = fields.get("file_name") or ""
        ext = name.rsplit(".", 1)[-1] if "." in name else None
        if ext is None:
            guessed = mimetypes.guess_extension(fields.get("mime_type") or "") or ""
            ext = guessed.lstrip(".") or {"photo": "jpg", "sticker": "webp"}.get(kind, "bin")
        stored = StoredFile(
            file_id=_FILE_ID_PREFIX.get(kind, "BQACAgIAAxkBAA") + secrets.token_urlsafe(24),
            file_unique_id="AgAD" + secrets.token_urlsafe(9),
            kind=kind,
            data=data,
            file_path=f"{_FOLDERS.get(kind, 'documents')}/file_{number}.{ext}",
            **fields,
        )
        self.files[stored.file_id] = stored
        return stored

    def file_by_path(self, path: str) -> StoredFile | None:
        """The file served at /file/bot<token>/<path>."""
        return next((f for f in self.files.values() if f.file_path == path), None)

    # --- ids ---------------------------------------------------------------------------------

    def new_id(self) -> str:
        """A fresh opaque id (callback query ids)."""
        return str(4_000_000_000_000_000 + next(self._ids) * 7919)
