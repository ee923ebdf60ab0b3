"""The pending-update queue behind getUpdates, with Telegram's offset/long-poll semantics."""

from __future__ import annotations

import asyncio
import logging

from .state import JSON, ApiError, Signal

log = logging.getLogger(__name__)

# Update types Telegram only sends when explicitly listed in allowed_updates.
OPT_IN_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
MAX_TIMEOUT = 50.0


class UpdateQueue:
    """Updates waiting to be fetched; ids increase, confirmed ones (id < offset) are forgotten."""

    def __init__(self, first_update_id: int = 1) -> None:
        self.pending: list[JSON] = []
        self.next_id = first_update_id
        self.allowed: list[str] = []
        self.closed = False
        self._signal = Signal()
        self._poll_generation = 0

    def accepts(self, kind: str) -> bool:
        """Whether the current allowed_updates setting lets updates of this type through."""
        return kind in self.allowed if self.allowed else kind not in OPT_IN_TYPES

    def push(self, kind: str, payload: JSON) -> JSON:
        """Create an update of the given type; it is queued only if allowed_updates accepts it."""
        update = {"update_id": self.next_id, kind: payload}
        self.next_id += 1
        if self.accepts(kind):
            self.pending.append(update)
            self._signal.notify()
        else:
            log.debug("update %s of type %s filtered out by allowed_updates", update["update_id"], kind)
        return update

    def repeat(self, update: JSON) -> None:
        """Deliver an update again with its id, as Telegram does when it believes delivery failed."""
        self.pending.append(dict(update))
        self._signal.notify()

    def confirm(self, offset: int | None) -> None:
        """Forget updates below offset (or keep only the last -offset ones for a negative offset)."""
        if not offset:
            return
        if offset < 0:
            self.pending = self.pending[offset:]
        else:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]

    def drop_pending(self) -> None:
        """Forget every pending update (deleteWebhook/setWebhook drop_pending_updates)."""
        self.pending.clear()

    def close(self) -> None:
        """Release all long polls (server shutdown)."""
        self.closed = True
        self._signal.notify()

    async def get(
        self, offset: int | None, limit: int, timeout: float, allowed: list[str] | None
    ) -> list[JSON]:
        """getUpdates: confirm, then wait up to timeout seconds for at least one update."""
        if allowed is not None:
            self.allowed = list(allowed)
        self.confirm(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self._signal.notify()  # a newer getUpdates terminates older ones (409), as on Telegram
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(max(timeout, 0.0), MAX_TIMEOUT)
        while not self.pending and not self.closed:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await self._signal.wait(remaining)
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
        return [dict(u) for u in self.pending[: max(1, min(limit, 100))]]

    def touch(self) -> None:
        """Wake whoever waits for a change (webhook delivery settled, webhook set)."""
        self._signal.notify()

    async def wait_for_change(self, timeout: float) -> bool:
        """Wait until the queue changes (used by tests that watch delivery)."""
        return await self._signal.wait(timeout)
