"""The worker processes that draw /stats charts and build /export files, away from the event loop."""

from __future__ import annotations

import asyncio
import os
import sys
from concurrent.futures.process import BrokenProcessPool

import pytest

from bot.clock import FixedClock
from bot.localrun import RunningBot
from bot.offload import WorkerPool, offload
from localapi import LocalBotApi
from tests.conftest import make_settings
from tests.support.waiting import PATIENCE, eventually


async def test_offloaded_work_runs_in_another_process_and_outlives_a_dead_worker() -> None:
    pool = WorkerPool()
    try:
        assert await pool.run(os.getpid) != os.getpid()
        with pytest.raises(BrokenProcessPool):
            await pool.run(os._exit, 3)  # the worker dies (and again on the one retry)
        assert await pool.run(sum, [1, 2, 3]) == 6  # a fresh pool
    finally:
        pool.shutdown()


async def test_a_worker_does_not_outlive_a_bot_killed_outright() -> None:
    code = "import asyncio, os, signal\nfrom bot.offload import offload\n" + (
        "print(asyncio.run(offload(os.getpid)), flush=True)\nsignal.pause()"
    )
    bot = await asyncio.create_subprocess_exec(sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE)
    assert bot.stdout is not None
    worker = int(await asyncio.wait_for(bot.stdout.readline(), PATIENCE))
    bot.kill()  # SIGKILL: no exit handler runs
    await bot.wait()
    await eventually(lambda: not _alive(worker))  # the worker outlived the bot otherwise


async def test_the_workers_stop_when_the_application_shuts_down(
    local_api: LocalBotApi, database_url: str, clock: FixedClock
) -> None:
    running = RunningBot(make_settings(local_api, database_url), clock)
    await running.start()
    try:
        worker = await offload(os.getpid)
        assert _alive(worker)
    finally:
        await running.stop()
    await eventually(lambda: not _alive(worker))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
