"""Run the real bot inside this process against a Bot API endpoint (the try mode, tests, benchmarks)."""

from __future__ import annotations

from bot.app import ALLOWED_UPDATES, build_application
from bot.application import BotApplication
from bot.clock import Clock
from bot.config import Settings


class RunningBot:
    """Start and stop the Application with long polling, without taking over the event loop.

    Uses python-telegram-bot's own sequence (initialize, start polling, start; then the reverse), which
    BotApplication extends with the database, the place index and the workers.
    """

    def __init__(
        self, settings: Settings, clock: Clock | None = None, strict: bool = False, flood_limits: bool = True
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.strict = strict
        self.flood_limits = flood_limits
        self.app: BotApplication | None = None

    async def start(self) -> BotApplication:
        """Build a fresh Application (as a restarted process would) and start polling."""
        app = build_application(
            self.settings, self.clock, strict_messages=self.strict, flood_limits=self.flood_limits
        )
        await app.initialize()
        await app.updater.start_polling(poll_interval=0, timeout=5, allowed_updates=ALLOWED_UPDATES)
        await app.start()
        self.app = app
        return app

    async def stop(self) -> None:
        """Stop polling and release everything (the database engine included)."""
        app, self.app = self.app, None
        if app is None:
            return
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

    async def restart(self) -> BotApplication:
        """Stop, then start a new Application on the same database: a process restart."""
        await self.stop()
        return await self.start()

    async def __aenter__(self) -> RunningBot:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
