"""Worker processes for CPU-bound work on plain data (/stats charts, /export workbooks), away from the
bot's event loop, started on first use and stopped with the application (BotApplication.shutdown).

Drawing or writing in a thread was not enough: Agg's rendering and openpyxl's writing hold the GIL for long
stretches (a 10,000-row workbook stalled the loop for 0.85 s), so `offload` runs such work in another
process, given and returning plain data only.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")


class WorkerPool:
    """Processes for CPU-bound work on plain data, started on first use.

    They start from a fresh interpreter ('forkserver', else 'spawn'), never a fork of the bot: a fork
    would copy its event loop, threads and open connections mid-use. One core is left to the event loop.
    """

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self.workers = max(1, min(2, (os.cpu_count() or 2) - 1))

    def _started(self) -> ProcessPoolExecutor:
        if self._executor is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context(method), initializer=_prepare_worker
            )
        return self._executor

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker. A pool broken by a worker's death (killed, out of memory) is replaced,
        and the call tried once more."""
        executor = self._started()
        try:
            return await _submit(executor, fn, *args)
        except BrokenProcessPool:
            self._discard(executor)
            return await _submit(self._started(), fn, *args)

    def _discard(self, executor: ProcessPoolExecutor) -> None:
        """Forget a broken pool, unless a concurrent call already replaced it (keep the replacement)."""
        if self._executor is executor:
            self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)

    def shutdown(self) -> None:
        """Stop the workers (they are started again when next needed)."""
        if self._executor is not None:
            self._discard(self._executor)


async def _submit(executor: ProcessPoolExecutor, fn: Callable[..., T], *args: Any) -> T:
    """Submitted from a thread: a submission may start a worker, and waits meanwhile for the fork server
    (which imports the main module first), up to a few hundred ms the event loop should not wait."""
    future = await asyncio.to_thread(executor.submit, fn, *args)
    return await asyncio.wrap_future(future)


def _prepare_worker() -> None:
    """Once per worker: exit with the bot, and import the libraries now, not in the middle of an
    organiser's first request. A bot killed outright (SIGKILL, out of memory) cannot stop its workers,
    which would otherwise wait for work forever, keeping the fork server alive too."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.backends.backend_agg
    import openpyxl  # noqa: F401


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


WORKERS = WorkerPool()


async def offload(fn: Callable[..., T], *args: Any) -> T:
    """Run `fn(*args)` in a worker process (arguments and result pickled: pass plain data)."""
    return await WORKERS.run(fn, *args)


def shutdown() -> None:
    """Stop the workers (the application's shutdown; a later `offload` starts them again)."""
    WORKERS.shutdown()
