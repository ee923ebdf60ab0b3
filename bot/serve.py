"""Serving for real: webhook mode (`delegatebot webhook`), and the polling leader lock (`delegatebot run`).

Both stop on SIGTERM or SIGINT the same way: stop taking updates, finish the ones in flight, stop the
workers between two messages, close the database, exit 0. Updates received but not processed are in the
database and are processed by the next start (or by another process).

Polling: Telegram serves getUpdates to one client at a time, so only one process polls. It holds a lock
(a PostgreSQL advisory lock on its own connection; on SQLite, a file lock next to the database); another
process waits as a standby and takes over when the first one dies (its connection, and the lock, go with it).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.app import ALLOWED_UPDATES, build_application
from bot.application import BotApplication
from bot.config import Settings
from bot.web import WebServer
from storage.db import Database

log = logging.getLogger(__name__)
POLLING_LOCK = 0x64656C65  # "dele": the advisory lock key of the polling process
STANDBY_RETRY_SECONDS = 2.0


def stop_signal() -> asyncio.Event:
    """An event set by SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def serve_webhook(settings: Settings) -> int:
    """Register the webhook, serve updates, health and metrics until told to stop."""
    if not settings.webhook_url or settings.webhook_secret is None:
        raise ValueError("WEBHOOK_URL and WEBHOOK_SECRET are needed in webhook mode")
    secret = settings.webhook_secret.get_secret_value()
    stop = stop_signal()
    app = build_application(settings)
    path = urlsplit(settings.webhook_url).path or "/"
    server = WebServer(app, path, secret, settings.webhook_listen, settings.webhook_port)
    await app.initialize()
    try:
        await app.bot.set_webhook(
            settings.webhook_url,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
            max_connections=settings.webhook_max_connections,
        )
        await app.start()
        await server.start()
        await stop.wait()
        log.info("stopping: no new updates; finishing those in flight")
        await server.stop()
        await app.stop()
    finally:
        await app.shutdown()
    return 0


async def serve_polling(settings: Settings) -> int:
    """Poll for updates while holding the polling lock (waiting as a standby until it is free)."""
    stop = stop_signal()
    async with polling_lock(settings.database_url, stop) as held:
        if not held:
            return 0
        app = build_application(settings)
        await app.initialize()
        try:
            await _poll(app, stop)
        finally:
            await app.shutdown()
    return 0


async def _poll(app: BotApplication, stop: asyncio.Event) -> None:
    assert app.updater is not None
    await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
    await app.start()
    await stop.wait()
    log.info("stopping: no new updates; finishing those in flight")
    await app.updater.stop()
    await app.stop()


@contextlib.asynccontextmanager
async def polling_lock(database_url: str, stop: asyncio.Event) -> AsyncIterator[bool]:
    """Hold the polling lock for the duration; True once held, False if told to stop while waiting."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        async with _file_lock(Path(url.database or "delegatebot.sqlite3"), stop) as held:
            yield held
        return
    db = Database(database_url)
    try:
        async with db.engine.connect() as conn:
            held = await _wait(stop, lambda: _try_advisory(conn))
            yield held
    finally:
        await db.dispose()


async def _try_advisory(conn: AsyncConnection) -> bool:
    got = await conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": POLLING_LOCK})
    await conn.commit()  # the lock is held by the session, not the transaction
    return bool(got)


@contextlib.asynccontextmanager
async def _file_lock(database: Path, stop: asyncio.Event) -> AsyncIterator[bool]:
    path = database.with_name(database.name + ".polling.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:

        async def attempt() -> bool:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True

        yield await _wait(stop, attempt)


async def _wait(stop: asyncio.Event, attempt: Callable[[], Awaitable[bool]]) -> bool:
    """Try until the lock is ours (True) or we are told to stop (False)."""
    announced = False
    while not stop.is_set():
        if await attempt():
            log.info("polling lock held: this process polls for updates")
            return True
        if not announced:
            log.info("another process polls for updates: standing by")
            announced = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), STANDBY_RETRY_SECONDS)
    return False
