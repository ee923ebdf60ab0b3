"""Webhook delivery, as Telegram does it: pending updates are POSTed to the webhook URL with the secret
token header, up to `max_connections` at a time; an update is forgotten once answered 2xx, else sent again
after a short pause (Telegram retries for a day). A local server accepts http:// URLs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

import aiohttp

from .state import JSON

if TYPE_CHECKING:
    from .store import BotState

log = logging.getLogger(__name__)
RETRY_SECONDS = 0.5


class WebhookDelivery:
    """The delivery loop of one local Bot API server."""

    def __init__(self, state: BotState) -> None:
        self.state = state
        self.attempts: list[tuple[int, int]] = []  # (update_id, HTTP status or 0 for no answer)
        self._task: asyncio.Task[None] | None = None
        self._in_flight: set[int] = set()
        self._deliveries: set[asyncio.Task[None]] = set()
        self._stopping = False

    def start(self) -> None:
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._loop(), name="local-api-webhook")

    async def stop(self) -> None:
        # The loop is asked to end rather than cancelled: it waits on a wait_for, whose cancellation
        # Python 3.11 can lose.
        self._stopping = True
        self.state.updates.touch()
        task, self._task = self._task, None
        if task is not None:
            await task
        for running in list(self._deliveries):
            running.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await running

    async def _loop(self) -> None:
        async with aiohttp.ClientSession() as http:
            while not self._stopping:
                url = self.state.webhook.get("url")
                limit = int(self.state.webhook.get("max_connections") or 40)
                due = [u for u in self.state.updates.pending if u["update_id"] not in self._in_flight]
                if url and due and len(self._in_flight) < limit:
                    for update in due[: limit - len(self._in_flight)]:
                        self._in_flight.add(update["update_id"])
                        task = asyncio.create_task(self._deliver(http, url, update))
                        self._deliveries.add(task)
                        task.add_done_callback(self._deliveries.discard)
                await self.state.updates.wait_for_change(RETRY_SECONDS)

    async def _deliver(self, http: aiohttp.ClientSession, url: str, update: JSON) -> None:
        headers = {}
        if self.state.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = str(self.state.webhook["secret_token"])
        status = 0
        try:
            async with http.post(
                url, json=update, headers=headers, timeout=aiohttp.ClientTimeout(total=60)
            ) as r:
                status = r.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.info("webhook delivery of update %s failed: %s", update["update_id"], type(exc).__name__)
        self.attempts.append((update["update_id"], status))
        if 200 <= status < 300:
            self.state.updates.pending = [u for u in self.state.updates.pending if u is not update]
        else:
            await asyncio.sleep(RETRY_SECONDS)
        self._in_flight.discard(update["update_id"])
        self.state.updates.touch()
