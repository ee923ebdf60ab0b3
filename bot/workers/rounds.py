"""A worker that runs in rounds: every POLL_SECONDS, or at once when kicked; stopped between two steps of a
round (the worker checks `_stopping` where a step ends), cut short after STOP_GRACE seconds."""

from __future__ import annotations

import asyncio
import contextlib
import logging

log = logging.getLogger(__name__)
POLL_SECONDS = 1.0
STOP_GRACE = 10.0  # seconds a stop waits for the step under way (a message being sent); then cut short


class Rounds:
    """The loop; subclasses say what one round does (`run`)."""

    name = "worker"

    def __init__(self) -> None:
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def kick(self) -> None:
        """Run a round soon: there may be something to do."""
        self._wake.set()

    def begin(self) -> None:
        """Start the loop (once)."""
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._loop(), name=self.name)

    async def end(self) -> None:
        """Ask the loop to stop after the step under way, and wait for it (at most STOP_GRACE seconds)."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), STOP_GRACE)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def run(self) -> object:
        raise NotImplementedError

    async def _loop(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
            self._wake.clear()
            if self._stopping:
                return
            try:
                await self.run()
            except Exception:  # the database may be down for a while: log, and try again next round
                log.exception("%s round failed", self.name)
