"""Waiting on state, never on a fixed sleep: one re-read loop with one generous deadline.

The bot commits an update's transaction before it sends any reply, so a test that has seen a reply reads the
database directly. What happens in the background (the outbox dispatcher's posts, messages, e-mails, and
how it records them) is waited for here, re-reading until the expected state is reached.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
# Long enough for a loaded 2-core machine; a passing test never waits for it, only a failing one does.
PATIENCE = 30.0
_POLL = 0.05


async def eventually(
    read: Callable[[], T | Awaitable[T]], ok: Callable[[T], object] = bool, timeout: float = PATIENCE
) -> T:
    """Re-read (a table, an inbox, the call log) until `ok` accepts what is read; return it."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = read()
        if inspect.isawaitable(value):
            value = await value
        if ok(value):  # type: ignore[arg-type]
            return value  # type: ignore[return-value]
        if loop.time() > deadline:
            raise AssertionError(f"not as expected within {timeout:g} s: {value!r}")
        await asyncio.sleep(_POLL)
