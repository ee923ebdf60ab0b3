"""Updates from different chats are processed concurrently; each chat's updates keep their order.

One delegate waiting on Telegram (a 429, a slow answer) or an organiser's long /export then holds up only
their own chat. Each update is still one unit of work (bot/unit.py), so concurrency never shares a
transaction; the database keeps updates that touch the same rows consistent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

BACKLOG = 10_000  # updates accepted at once (each waits for its chat's turn and a working slot)


def chat_key(update: object) -> int | None:
    """What orders updates: the chat, else the user (inline queries), else nothing."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """At most `workers` updates at work at once; one at a time per chat, in the order received.

    python-telegram-bot starts a task per update in the order they arrive; asyncio's locks wake waiters
    first-in first-out, so a chat's updates run in arrival order.
    """

    def __init__(self, workers: int) -> None:
        super().__init__(max_concurrent_updates=BACKLOG)
        self.workers = workers
        self._working = asyncio.Semaphore(workers)
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's earlier updates, then for a working slot, then process."""
        key = chat_key(update)
        if key is None:
            async with self._working:
                await coroutine
            return
        lock, users = self._chats.get(key, (asyncio.Lock(), 0))
        self._chats[key] = (lock, users + 1)
        try:
            async with lock, self._working:
                await coroutine
        finally:
            lock, users = self._chats[key]
            if users == 1:
                del self._chats[key]
            else:
                self._chats[key] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to release (python-telegram-bot waits for the updates in flight)."""
