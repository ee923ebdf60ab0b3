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
from telegram.error import TelegramError

from bot.app import ALLOWED_UPDATES, build_application
from bot.application import BotApplication
from bot.config import Settings
from bot.web import WebServer
from storage.db import Database

log = logging.getLogger(__name__)
POLLING_TASK = "Updater:start_polling:polling_task"  # python-telegram-bot's name for its polling loop
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
    try:
        await app.initialize()
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
    finally:
        await server.stop()
        await _wind_down(app)
    return 0


async def serve_polling(settings: Settings) -> int:
    """Poll for updates while holding the polling lock (waiting as a standby until it is free). A refused
    token (InvalidToken) ends python-telegram-bot's polling loop only: it is raised here, once the bot has
    stopped, so that the process exits and a supervisor restarts it rather than staying alive and deaf."""
    stop = stop_signal()
    async with polling_lock(settings.database_url, stop) as held:
        if not held:
            return 0
        app = build_application(settings)
        try:
            await app.initialize()
            assert app.updater is not None
            await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES, error_callback=polling_failed)
            polling = polling_task()
            await app.start()
            await until_stopped(stop, polling)
            log.info("stopping: no new updates; finishing those in flight")
        finally:
            await _wind_down(app)
    return 0


def polling_failed(exc: TelegramError) -> None:
    """start_polling's error_callback: one line per failed getUpdates (python-telegram-bot retries it)."""
    log.warning("polling for updates failed (%s: %s); retrying", type(exc).__name__, exc)


def polling_task() -> asyncio.Task[None] | None:
    """python-telegram-bot's polling loop, found right after start_polling (before it can end). It retries
    every error but InvalidToken, which ends it."""
    task = next((t for t in asyncio.all_tasks() if t.get_name() == POLLING_TASK), None)
    if task is None:
        log.warning("the polling loop cannot be watched: a refused token will not stop the bot")
    return task


async def until_stopped(stop: asyncio.Event, polling: asyncio.Task[None] | None) -> None:
    """Wait for `stop`, or for the polling loop to end: then raise what ended it (InvalidToken)."""
    waiting = asyncio.ensure_future(stop.wait())
    await asyncio.wait({waiting} | ({polling} if polling else set()), return_when=asyncio.FIRST_COMPLETED)
    if waiting.done():
        return
    waiting.cancel()
    assert polling is not None
    if not polling.cancelled():
        polling.result()
    raise RuntimeError("python-telegram-bot's polling loop stopped on its own")


async def _wind_down(app: BotApplication) -> None:
    """Stop polling, stop the application (in-flight updates finish), shut down; whatever was started."""
    if app.updater and app.updater.running:
        with contextlib.suppress(TelegramError):
            await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


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
