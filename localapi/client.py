"""LocalUser: a small façade to act as one Telegram user and read the bot's replies."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from .state import DEFAULT_WAIT, JSON, CallbackRecord, MessageRecord, User

if TYPE_CHECKING:
    from .control import Controller


class LocalUser:
    """One simulated user in one chat (their private chat unless bound to a group with in_chat())."""

    def __init__(self, api: Controller, user: User, chat_id: int | None = None) -> None:
        self.api = api
        self.user = user
        self.chat_id = user.id if chat_id is None else chat_id
        self._mark = api.mark()

    def __repr__(self) -> str:
        return f"LocalUser(id={self.id}, chat_id={self.chat_id}, language_code={self.user.language_code!r})"

    @property
    def id(self) -> int:
        """The user id."""
        return self.user.id

    def in_chat(self, chat_id: int) -> LocalUser:
        """The same user acting in another chat (e.g. a group created with add_group)."""
        return LocalUser(self.api, self.user, chat_id)

    def _group_chat(self) -> int | None:
        """chat_id argument for the controller (None for the private chat)."""
        return None if self.chat_id == self.id else self.chat_id

    async def _act(self, action: Any, *args: Any, **kwargs: Any) -> JSON:
        """Take a mark (replies() counts from here), then perform an injection."""
        self._mark = self.api.mark()
        update = action(*args, **kwargs)
        await asyncio.sleep(0)
        return update

    async def send(self, text: str, *, reply_to: int | MessageRecord | None = None) -> JSON:
        """Send a text ("/start rsd2026" becomes a command with a deep-link payload); returns the Update."""
        inject = self.api.inject_message
        return await self._act(inject, self.id, text, chat_id=self._group_chat(), reply_to=reply_to)

    async def press(
        self,
        label: str | None = None,
        *,
        data: str | None = None,
        message: int | MessageRecord | None = None,
        force: bool = False,
    ) -> JSON:
        """Press a button by label or data on the latest bot message having it (force=True: forged data)."""
        message_id = message.message_id if isinstance(message, MessageRecord) else message
        if label is not None and message_id is None and not force and not self._has_inline(label):
            keyboard = self.reply_keyboard()
            if keyboard is not None and label in keyboard.buttons:
                return await self.send(label)
        inject = self.api.inject_callback
        return await self._act(
            inject,
            self.id,
            label=label,
            data=data,
            message_id=message_id,
            chat_id=self._group_chat(),
            force=force,
        )

    async def send_sticker(self, emoji: str = "👍") -> JSON:
        """Send a sticker."""
        return await self._act(self.api.inject_sticker, self.id, emoji, chat_id=self._group_chat())

    async def send_photo(self, data: bytes | None = None, caption: str | None = None) -> JSON:
        """Send a photo (a small PNG by default)."""
        return await self._act(
            self.api.inject_photo, self.id, data, caption=caption, chat_id=self._group_chat()
        )

    async def send_document(
        self,
        data: bytes,
        file_name: str = "file.bin",
        *,
        mime_type: str | None = None,
        caption: str | None = None,
    ) -> JSON:
        """Send a document."""
        inject = self.api.inject_document
        return await self._act(
            inject, self.id, data, file_name, mime_type=mime_type, caption=caption, chat_id=self._group_chat()
        )

    async def replies(self, count: int = 1, timeout: float = DEFAULT_WAIT) -> list[MessageRecord]:
        """Bot messages sent or edited in this chat since my last action (waits for at least count)."""
        return await self.api.wait_for_messages(self.chat_id, count, timeout, since=self._mark)

    async def reply(self, timeout: float = DEFAULT_WAIT) -> MessageRecord:
        """The first bot message sent or edited since my last action."""
        return (await self.replies(1, timeout))[0]

    @property
    def messages(self) -> list[MessageRecord]:
        """All live bot messages in this chat, oldest first."""
        return self.api.bot_messages(self.chat_id)

    @property
    def last(self) -> MessageRecord | None:
        """The newest live bot message in this chat."""
        return self.api.last_bot_message(self.chat_id)

    @property
    def answers(self) -> list[CallbackRecord]:
        """My callback queries with the bot's answers."""
        return self.api.callback_queries(self.id)

    def reply_keyboard(self) -> MessageRecord | None:
        """The bot message whose reply keyboard is currently shown, if any."""
        for record in reversed(self.messages):
            markup = record.markup or {}
            if "keyboard" in markup:
                return record
            if markup.get("remove_keyboard"):
                return None
        return None

    def _has_inline(self, label: str) -> bool:
        """Whether some bot message here has an inline button with this label."""
        return any(r.find_button(label=label) for r in self.messages)

    def block(self) -> JSON:
        """Block the bot (further sends to me fail with 403)."""
        return self.api.block(self.id, True)

    def unblock(self) -> JSON:
        """Unblock the bot."""
        return self.api.block(self.id, False)
