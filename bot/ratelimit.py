"""Telegram's limits: wait out 429s (AIORateLimiter) and retry transient network failures."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]


class ResilientRateLimiter(AIORateLimiter):
    """AIORateLimiter (flood limits, RetryAfter) plus a few retries with backoff on timeouts and 5xx.

    A 400 (BadRequest) or 403 (Forbidden) is final and is raised at once. A retried send whose first
    attempt did reach Telegram may show twice; a duplicate is better than a lost answer.
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
                if attempt == self._transient_retries or endpoint == "getUpdates":
                    raise
                log.warning("%s failed (%s); retrying", endpoint, type(exc).__name__)
                await asyncio.sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")
