"""Reading what the bot did, and async waits for tests (marks, new messages, conditions)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from .state import DEFAULT_WAIT, JSON, CallbackRecord, CallRecord, MessageRecord
from .store import BotState


class Reader:
    """Read-side helpers mixed into the controller; expects a `state: BotState` attribute."""

    state: BotState

    def bot_messages(
        self, chat_id: int | None = None, *, include_deleted: bool = False
    ) -> list[MessageRecord]:
        """Messages the bot sent (current text after edits), oldest first."""
        return self.state.bot_messages(chat_id, include_deleted=include_deleted)

    def last_bot_message(self, chat_id: int | None = None) -> MessageRecord | None:
        """The newest live bot message in a chat (or anywhere)."""
        messages = self.bot_messages(chat_id)
        return messages[-1] if messages else None

    def callback_queries(
        self, user_id: int | None = None, *, answered: bool | None = None
    ) -> list[CallbackRecord]:
        """Callback queries users sent, with the bot's answers (record.answer)."""
        records = [r for r in self.state.callbacks.values() if user_id is None or r.user_id == user_id]
        return [r for r in records if answered is None or r.answered == answered]

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Commands the bot registered for a scope (default scope) and language."""
        scope = scope or {"type": "default"}
        if "chat_id" in scope:
            scope = {**scope, "chat_id": str(scope["chat_id"])}
        return [
            dict(c) for c in self.state.commands.get((json.dumps(scope, sort_keys=True), language_code), [])
        ]

    def calls(self, method: str | None = None, *, errors_only: bool = False) -> list[CallRecord]:
        """The Bot API call log (optionally one method, case-insensitive, or only failed calls)."""
        return [
            c
            for c in self.state.calls
            if (method is None or c.method.lower() == method.lower()) and (c.ok is False or not errors_only)
        ]

    def mark(self) -> int:
        """A position in the change history; pass it to messages_since()/wait_for_messages()."""
        return self.state.seq

    def messages_since(
        self, mark: int, chat_id: int | None = None, *, include_deleted: bool = False
    ) -> list[MessageRecord]:
        """Bot messages sent or edited after mark: new ones in send order, then edits in edit order."""
        records = [r for r in self.bot_messages(chat_id, include_deleted=include_deleted) if r.seq > mark]
        return sorted(records, key=lambda r: r.created_seq if r.created_seq > mark else r.seq)

    async def wait_for_messages(
        self,
        chat_id: int | None = None,
        count: int = 1,
        timeout: float = DEFAULT_WAIT,
        since: int | None = None,
    ) -> list[MessageRecord]:
        """Wait until at least `count` bot messages were sent/edited after `since` (default: now)."""
        since = self.mark() if since is None else since
        try:
            await self.wait_until(lambda: len(self.messages_since(since, chat_id)) >= count, timeout)
        except TimeoutError:
            got = [r.text for r in self.messages_since(since, chat_id)]
            errors = [f"{c.method}: {c.description}" for c in self.calls(errors_only=True)[-5:]]
            raise TimeoutError(
                f"waited {timeout}s for {count} bot message(s) in chat {chat_id}; got {len(got)}: {got!r}; "
                f"recent API errors: {' | '.join(errors) or 'none'}"
            ) from None
        return self.messages_since(since, chat_id)

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = DEFAULT_WAIT) -> Any:
        """Wait until predicate() is truthy (re-checked on every state change); returns its value."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not (value := predicate()):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s")
            await self.state.changed.wait(remaining)
        return value
