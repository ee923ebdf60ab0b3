"""Telegram's limits, honoured per chat and overall, without stopping the world.

- Pacing: at most `overall_max_rate` messages a second to chats, and `group_max_rate` a minute to each group
  (Telegram's documented limits), so 429s are rare.
- A 429 holds only what it concerns: a request to one chat waits out `retry_after` for that chat alone
  (every later request to that chat waits too); a request without a chat holds the other chat-less ones.
  Other delegates are answered meanwhile.
- Transient failures (a refused connection, a 5xx, waiting too long for a free connection) are retried with
  backoff. A 400 or 403 is final. A message whose request timed out while Telegram was answering is not sent
  again: Telegram may have delivered it (the person would see it twice).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter

from bot.metrics import Metrics

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]
SENDS = ("send", "copy", "forward")  # methods that post a message (what Telegram's per-group limit counts)
Result = bool | JSONDict | list[JSONDict]


class ResilientRateLimiter(BaseRateLimiter[int]):
    """Paces requests, waits out 429s for the chat concerned only, retries transient failures."""

    def __init__(
        self,
        overall_max_rate: float = 30,
        group_max_rate: float = 20,
        max_retries: int = 3,
        transient_retries: int = 2,
        backoff: float = 0.5,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics
        self._overall_rate = overall_max_rate
        self._overall = AsyncLimiter(overall_max_rate, 1) if overall_max_rate else None
        self._share = 1
        self._group_rate = group_max_rate
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._held_until: dict[int | str | None, float] = {}
        self._max_retries = max_retries
        self._transient_retries = transient_retries
        self._backoff = backoff

    def share(self, processes: int) -> None:
        """Take an equal share of the overall rate with the other processes alive (Telegram's limit is the
        bot's, whichever process sends); called as processes come and go (bot/workers/liveness.py)."""
        processes = max(1, processes)
        if processes != self._share and self._overall_rate:
            self._share = processes
            self._overall = AsyncLimiter(self._overall_rate / processes, 1)
            log.info(
                "sending at most %.1f messages a second: 1 of %d processes",
                self._overall_rate / processes,
                processes,
            )

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        chat = data.get("chat_id")
        retries = rate_limit_args or self._max_retries
        for attempt in range(retries + 1):
            await self._wait_for_hold(chat)
            try:
                return await self._transient(callback, args, kwargs, endpoint, chat)
            except RetryAfter as exc:
                if attempt == retries:
                    raise
                wait = exc.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                log.info("%s: flood limit for chat %s, waiting %s s", endpoint, chat, seconds)
                loop = asyncio.get_running_loop()
                self._held_until[chat] = max(self._held_until.get(chat, 0), loop.time() + seconds + 0.1)
        raise AssertionError("unreachable")

    async def _wait_for_hold(self, chat: int | str | None) -> None:
        loop = asyncio.get_running_loop()
        while (until := self._held_until.get(chat, 0)) > loop.time():
            await asyncio.sleep(until - loop.time())
        self._held_until.pop(chat, None)

    async def _transient(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        chat: int | str | None,
    ) -> Result:
        for attempt in range(self._transient_retries + 1):
            try:
                async with self._paced(chat, endpoint.startswith(SENDS)):
                    return await self._call(callback, args, kwargs, endpoint)
            except (BadRequest, Forbidden, RetryAfter):
                raise
            except NetworkError as exc:
                last = attempt == self._transient_retries
                if last or endpoint == "getUpdates" or _maybe_delivered(exc, endpoint):
                    raise
                log.warning("%s failed (%s); retrying", endpoint, type(exc).__name__)
                await asyncio.sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")

    async def _call(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
    ) -> Result:
        """The request itself, counted (with its error, if any) for /metrics."""
        if self._metrics is None:
            return await callback(*args, **kwargs)
        self._metrics.api_calls.labels(endpoint).inc()
        try:
            return await callback(*args, **kwargs)
        except TelegramError as exc:
            self._metrics.api_errors.labels(endpoint, _code(exc)).inc()
            raise

    @contextlib.asynccontextmanager
    async def _paced(self, chat: int | str | None, sends: bool):
        """Take a slot of the overall rate (requests to a chat) and, for a message posted to a group, of the
        group's rate."""
        async with contextlib.AsyncExitStack() as stack:
            if chat is not None and self._overall is not None:
                await stack.enter_async_context(self._overall)
            if _is_group(chat) and self._group_rate and sends:
                limiter = self._groups.setdefault(chat, AsyncLimiter(self._group_rate, 60))  # type: ignore[index]
                await stack.enter_async_context(limiter)
            yield


def _code(exc: TelegramError) -> str:
    """429, 403, 400, timeout, or 5xx/network."""
    for kind, code in ((RetryAfter, "429"), (Forbidden, "403"), (BadRequest, "400"), (TimedOut, "timeout")):
        if isinstance(exc, kind):
            return code
    return "5xx/network"


def _is_group(chat: int | str | None) -> bool:
    """Groups and channels have negative ids (or an @username)."""
    with contextlib.suppress(ValueError, TypeError):
        return int(chat) < 0  # type: ignore[arg-type]
    return isinstance(chat, str)


def _maybe_delivered(exc: NetworkError, endpoint: str) -> bool:
    """A send that timed out after its request left (not one still waiting for a connection) may have
    reached Telegram."""
    sends = endpoint.startswith(SENDS)
    return sends and isinstance(exc, TimedOut) and "pool timeout" not in exc.message.lower()
