"""Telegram's limits: wait out 429s (AIORateLimiter) and retry transient network failures."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]


class ResilientRateLimiter(AIORateLimiter):
    """AIORateLimiter (flood limits, RetryAfter) plus a few retries with backoff on timeouts and 5xx.

    A 400 (BadRequest) or 403 (Forbidden) is final and is raised at once. A message whose request timed out
    while Telegram was answering is not sent again: Telegram may have delivered it (the person would see it
    twice). A timeout waiting for a free connection, a refused connection or a 5xx is retried.
    """

    def __init__(self, transient_retries: int = 2, backoff: float = 0.5, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._transient_retries = transient_retries
        self._backoff = backoff

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        for attempt in range(self._transient_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                raise
            except NetworkError as exc:
                if (
                    attempt == self._transient_retries
                    or endpoint == "getUpdates"
                    or _maybe_delivered(exc, endpoint)
                ):
                    raise
                log.warning("%s failed (%s); retrying", endpoint, type(exc).__name__)
                await asyncio.sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")


def _maybe_delivered(exc: NetworkError, endpoint: str) -> bool:
    """A send that timed out after its request left (not one still waiting for a connection) may have
    reached Telegram."""
    sends = endpoint.startswith(("send", "copy", "forward"))
    return sends and isinstance(exc, TimedOut) and "pool timeout" not in exc.message.lower()
