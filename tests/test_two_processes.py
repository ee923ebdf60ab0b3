"""Two `delegatebot webhook` processes on one PostgreSQL database behind a round-robin proxy: many delegates
register, one process is killed mid-run (and restarted, as a supervisor would), and every registration and
organisers' notice exists once."""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import signal
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from localapi import LocalBotApi
from storage.models import Broadcast
from tests.conftest import DEFAULT_NOW
from tests.support.broadcasts import begin_broadcast
from tests.support.database import rows
from tests.support.process import start, webhook_env
from tests.support.registration import EN, Stored, drive, open_rsvp, rsvp_steps
from tests.support.smtp import free_port
from tests.support.waiting import PATIENCE, eventually

GROUP = -1001234500077
DELEGATES = 8
pytestmark = pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL"), reason="several processes share one PostgreSQL database"
)


async def ready(port: int) -> bool:
    """Whether the bot on `port` answers /readyz with 200."""
    try:
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/readyz") as response:
            return response.status == 200
    except aiohttp.ClientConnectionError:
        return False


class RoundRobin:
    """A tiny reverse proxy: each request goes to the next backend; a backend that refuses is skipped."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self._next = itertools.cycle(range(len(backends)))
        self.port = free_port()

    async def forward(self, request: web.Request) -> web.Response:
        body = await request.read()
        for _ in self.backends:
            port = self.backends[next(self._next)]
            try:
                async with (
                    aiohttp.ClientSession() as http,
                    http.post(
                        f"http://127.0.0.1:{port}{request.path}", data=body, headers=request.headers
                    ) as response,
                ):
                    return web.Response(status=response.status)
            except aiohttp.ClientConnectionError:
                continue
        return web.Response(status=502)


async def test_two_webhook_processes_one_killed_lose_and_double_nothing(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    local_api.add_group(GROUP, "ISU organisers")
    ports = [free_port(), free_port()]
    proxy = RoundRobin(ports)
    app = web.Application()
    app.router.add_post("/telegram/hook", proxy.forward)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", proxy.port).start()

    def env(port: int) -> dict[str, str]:
        values = webhook_env(local_api, database_url, port)
        values["WEBHOOK_URL"] = f"http://127.0.0.1:{proxy.port}/telegram/hook"
        return {**values, "ORGANISER_CHAT_ID": str(GROUP)}

    procs = [await start("webhook", env(p), tmp_path, tmp_path / f"bot{i}.log") for i, p in enumerate(ports)]
    for port in ports:
        await eventually(lambda port=port: ready(port), timeout=3 * PATIENCE)
    users = [local_api.user(4600 + n, first_name=f"D{n}", language_code="en") for n in range(DELEGATES)]

    async def register(n: int) -> None:
        await open_rsvp(users[n])
        steps = rsvp_steps(EN, f"Delegate {n}", "Peru", f"d{n}@example.org")
        await drive(users[n], steps)
        pressed = local_api.mark()
        await users[n].press(EN.confirm)
        await local_api.wait_for_messages(users[n].id, 1, 3 * PATIENCE, since=pressed)

    async def persist(n: int) -> None:
        """As a person would: a reply lost with the killed process (replies are sent at most once, after
        the commit) leaves them waiting; they cancel and register again."""
        for _ in range(3):
            try:
                await register(n)
                return
            except TimeoutError:
                await users[n].send("/cancel")
                await users[n].replies(1, PATIENCE)
        raise AssertionError(f"delegate {n} could not register")

    try:
        first = asyncio.gather(*(persist(n) for n in range(DELEGATES // 2)))
        await eventually(lambda: Stored(database_url).registrations(), lambda regs: len(regs) >= 1)
        procs[0].kill()  # mid-run
        await procs[0].wait()
        procs[0] = await start("webhook", env(ports[0]), tmp_path, tmp_path / "bot0-restarted.log")
        await eventually(lambda: ready(ports[0]), timeout=3 * PATIENCE)
        await asyncio.gather(first, *(persist(n) for n in range(DELEGATES // 2, DELEGATES)))
        registrations = await Stored(database_url).registrations()
        assert sorted(r.user_id for r in registrations) == [u.id for u in users]
        references = [r.reference for r in registrations]

        def posts() -> list[str]:
            return [m.text for m in local_api.messages_since(0, GROUP)]

        await eventually(posts, lambda texts: all(any(ref in t for t in texts) for ref in references))
        counts = {ref: sum(len(re.findall(ref, t)) for t in posts()) for ref in references}
        duplicated = sum(c - 1 for c in counts.values())
        assert duplicated <= 1, counts  # at least once; a crash between sending and recording may repeat one

        # A broadcast to everyone: both processes send it, together under the rate, each person once.
        marked = local_api.mark()
        broadcast_id, count = await begin_broadcast(database_url, "Both processes: one notice.", DEFAULT_NOW)
        assert count == len(users)
        await eventually(
            lambda: rows(database_url, Broadcast, Broadcast.id == broadcast_id),
            lambda found: found[0].status == "done",
            timeout=3 * PATIENCE,
        )
        received = {u.id: local_api.messages_since(marked, u.id) for u in users}
        assert {
            user: len([m for m in found if "one notice" in (m.text or "")])
            for user, found in received.items()
        } == {u.id: 1 for u in users}
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
                await proc.wait()
        await runner.cleanup()
