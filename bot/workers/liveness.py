"""This process's sign of life in the database (see storage.processes): a beat every few seconds while it
runs, removed when it stops. Whatever a process claims (outbox messages, broadcast sends) is claimed in its
name, so a process killed outright frees its claims within storage.processes.STALE seconds, while a slow
but living one keeps them however long a send takes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import uuid
from collections.abc import Callable

from storage.db import Database
from storage.processes import STALE, Processes

log = logging.getLogger(__name__)
BEAT = STALE / 4  # seconds between two signs of life


class Liveness:
    """Beats for one process (one per Application)."""

    def __init__(self, db: Database, on_count: Callable[[int], None] | None = None) -> None:
        self.db = db
        self.id = uuid.uuid4().hex
        self.on_count = on_count  # told how many processes are alive, after each beat
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Say this process is alive, then keep saying it."""
        if self._task is None:
            await self._beat()
            self._task = asyncio.create_task(self._loop(), name="liveness")

    async def stop(self) -> None:
        """Stop beating and say this process is gone (what it still holds is free at once)."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        try:
            async with self.db.session() as session:
                await Processes(session).gone(self.id)
        except Exception as exc:  # the database is down: the claims are freed once the beats are stale
            log.warning("could not record this process's stop: %s", type(exc).__name__)

    async def _beat(self) -> None:
        async with self.db.session() as session:
            await Processes(session).beat(self.id, os.getpid())
            living = len(await Processes(session).living())
        if self.on_count is not None:
            self.on_count(living)

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(BEAT)
            try:
                await self._beat()
            except Exception as exc:  # the database may be down for a while: beat again later
                log.warning("sign of life not recorded: %s", type(exc).__name__)
