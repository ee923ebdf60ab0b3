"""Acting as users: messages, commands, media, button presses and blocking, queued as updates."""

from __future__ import annotations

from typing import Any

from .chat_methods import member_json
from .entities import detect_entities
from .media import guess_mime, image_size, sample_png
from .reading import Reader
from .state import JSON, CallbackRecord, Chat, MessageRecord, User, clone, now


class ControlError(ValueError):
    """Misuse of the control API (unknown user, button not on the message, ...)."""


class Injector(Reader):
    """User-side actions mixed into the controller; each returns the Update it queued."""

    @property
    def bot_username(self) -> str:
        """The bot's username (without @)."""
        return self.state.bot.username or ""

    def block(self, user_id: int, blocked: bool = True) -> JSON:
        """Mark that the user blocked (or unblocked) the bot; queues my_chat_member like Telegram."""
        user = self._known_user(user_id)
        user.blocked = blocked
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        payload = {"chat": self.state.chats[user_id].to_json(), "from": user.to_json(), "date": now()}
        payload.update(
            old_chat_member=member_json(self.state.bot, old), new_chat_member=member_json(self.state.bot, new)
        )
        return self.state.updates.push("my_chat_member", payload)

    # --- acting as a user ----------------------------------------------------------------------

    def inject_message(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        reply_to: int | MessageRecord | None = None,
    ) -> JSON:
        """A text message from a user (commands get bot_command entities); returns the Update."""
        content: JSON = {"text": text}
        if entities := detect_entities(text):
            content["entities"] = entities
        return self._incoming(user_id, chat_id, content, reply_to)

    def inject_command(
        self,
        user_id: int,
        command: str,
        payload: str | None = None,
        *,
        chat_id: int | None = None,
        mention: bool = False,
    ) -> JSON:
        """/command[@bot] [payload], e.g. a deep link /start rsd2026."""
        text = f"/{command.lstrip('/')}" + (f"@{self.bot_username}" if mention else "")
        return self.inject_message(user_id, f"{text} {payload}" if payload else text, chat_id=chat_id)

    def inject_sticker(self, user_id: int, emoji: str = "👍", *, chat_id: int | None = None) -> JSON:
        """A sticker message."""
        stored = self.state.new_file("sticker", b"RIFF\x00\x00\x00\x00WEBPVP8X", mime_type="image/webp")
        sticker = {**stored.to_json(), "width": 512, "height": 512, "type": "regular"}
        sticker.update(is_animated=False, is_video=False, emoji=emoji)
        return self._incoming(user_id, chat_id, {"sticker": sticker})

    def inject_photo(
        self,
        user_id: int,
        data: bytes | None = None,
        *,
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> JSON:
        """A photo message (a small PNG when no data is given)."""
        data = data if data is not None else sample_png()
        width, height = image_size(data) or (1, 1)
        stored = self.state.new_file(
            "photo", data, mime_type=guess_mime(None, "image/jpeg"), width=width, height=height
        )
        return self._incoming(user_id, chat_id, {"photo": [stored.to_json()], **_caption(caption)})

    def inject_document(
        self,
        user_id: int,
        data: bytes,
        file_name: str = "file.bin",
        *,
        mime_type: str | None = None,
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> JSON:
        """A document message; the bot can getFile and download it."""
        mime = mime_type or guess_mime(file_name, None)
        stored = self.state.new_file("document", data, file_name=file_name, mime_type=mime)
        return self._incoming(user_id, chat_id, {"document": stored.to_json(), **_caption(caption)})

    def inject_callback(
        self,
        user_id: int,
        *,
        data: str | None = None,
        label: str | None = None,
        message_id: int | None = None,
        chat_id: int | None = None,
        force: bool = False,
    ) -> JSON:
        """Press an inline button (by label or callback_data) on a bot message; force=True sends any data."""
        user = self._known_user(user_id)
        chat = self._chat_for(user, chat_id)
        record = self._button_message(chat.id, label, data, message_id, force)
        button = record.find_button(label, data)
        if button is None and not (force and data is not None):
            raise ControlError(
                f"no button {label or data!r} on message {record.message_id}: {record.buttons}"
            )
        if button is not None and "callback_data" not in button:
            raise ControlError(f"button {button.get('text')!r} has no callback_data")
        payload = button["callback_data"] if button is not None else data
        query_id = self.state.new_id()
        self.state.callbacks[query_id] = CallbackRecord(
            query_id, user.id, chat.id, record.message_id, payload
        )
        query = {"id": query_id, "from": user.to_json(), "message": clone(record.json)}
        query.update(chat_instance=str((chat.id * 2654435761) % 2**63), data=payload)
        return self.state.updates.push("callback_query", query)

    def _known_user(self, user_id: int) -> User:
        """A registered user or ControlError."""
        if user_id not in self.state.users:
            raise ControlError(f"unknown user {user_id}; create it with add_user()/user() first")
        return self.state.users[user_id]

    def _group(self, chat_id: int) -> Chat:
        """A registered group or ControlError."""
        chat = self.state.chats.get(chat_id)
        if chat is None or chat.user is not None:
            raise ControlError(f"unknown group {chat_id}; create it with add_group() first")
        return chat

    def _chat_for(self, user: User, chat_id: int | None) -> Chat:
        """The user's private chat, or a group they are (made) a member of."""
        if chat_id is None or chat_id == user.id:
            return self.state.chats[user.id]
        chat = self._group(chat_id)
        if chat.members.get(user.id, "left") in ("left", "kicked"):
            chat.members[user.id] = "member"
        return chat

    def _incoming(self, user_id: int, chat_id: int | None, content: JSON, reply_to: Any = None) -> JSON:
        """Store a user message and queue it as an update (unless privacy mode hides it)."""
        user = self._known_user(user_id)
        chat = self._chat_for(user, chat_id)
        message: JSON = {"message_id": chat.next_message_id(), "from": user.to_json(), "chat": chat.to_json()}
        message["date"] = now()
        if reply_to is not None:
            target_id = reply_to.message_id if isinstance(reply_to, MessageRecord) else reply_to
            target = self.state.message(chat.id, target_id)
            if target is None:
                raise ControlError(f"message {target_id} not found in chat {chat.id}")
            message["reply_to_message"] = self.state.quoted(target)
        message.update(content)
        self.state.add_message(chat, message, from_bot=False)
        if chat.user is not None:
            user.started = True
            if user.blocked:
                self.block(user.id, False)
        if not self._visible_to_bot(chat, message):
            return {"message": message}
        return self.state.updates.push("message", message)

    def _visible_to_bot(self, chat: Chat, message: JSON) -> bool:
        """Privacy mode: in groups a non-admin bot only sees commands, replies to it and mentions."""
        if (
            not self.state.privacy_mode
            or chat.user is not None
            or chat.bot_status in ("administrator", "creator")
        ):
            return True
        text = message.get("text") or message.get("caption") or ""
        replied = message.get("reply_to_message", {}).get("from", {}).get("id") == self.state.bot.id
        return replied or text.startswith("/") or f"@{self.bot_username}".lower() in text.lower()

    def _button_message(
        self, chat_id: int, label: str | None, data: str | None, message_id: int | None, force: bool
    ) -> MessageRecord:
        """The bot message to press a button on: the given one, else the latest carrying that button."""
        if message_id is not None:
            record = self.state.message(chat_id, message_id)
            if record is None or not record.from_bot:
                raise ControlError(f"no bot message {message_id} in chat {chat_id}")
            return record
        candidates = list(reversed(self.state.bot_messages(chat_id)))
        for record in candidates:
            if record.find_button(label, data):
                return record
        with_keyboard = [r for r in candidates if r.inline_buttons]
        if force and (with_keyboard or candidates):
            return (with_keyboard or candidates)[0]
        shown = [(r.message_id, r.buttons) for r in with_keyboard[:3]]
        raise ControlError(
            f"no bot message in chat {chat_id} has a button {label or data!r}; latest: {shown}"
        )


def _caption(caption: str | None) -> JSON:
    """caption + detected caption_entities for user media messages."""
    if not caption:
        return {}
    entities = detect_entities(caption)
    return {"caption": caption, **({"caption_entities": entities} if entities else {})}
