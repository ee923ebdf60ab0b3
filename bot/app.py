"""The one factory that builds the bot: production, tests, benchmarks and the try mode all use it."""

from __future__ import annotations

import logging

from telegram import BotCommand, BotCommandScopeDefault, Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from bot.clock import Clock, clock_from
from bot.config import Settings
from bot.events.registry import EventRegistry
from bot.i18n import LANGUAGES, I18n
from bot.ratelimit import ResilientRateLimiter
from bot.runtime import Runtime
from handlers import outbox, register_all
from handlers.common import BotContext
from storage.db import Database

log = logging.getLogger(__name__)
UNLIMITED = {"overall_max_rate": 0, "group_max_rate": 0}
COMMANDS = (
    "start",
    "event",
    "register",
    "myregistration",
    "timezone",
    "language",
    "help",
    "cancel",
    "mydata",
    "forget",
)


def file_url_for(base_url: str) -> str:
    """Telegram serves files under /file/bot<token> next to /bot<token>."""
    head, sep, _ = base_url.rpartition("/bot")
    return f"{head}/file/bot" if sep else base_url.rstrip("/") + "/file/bot"


def build_application(
    settings: Settings,
    clock: Clock | None = None,
    strict_messages: bool = False,
    flood_limits: bool = True,
) -> Application:
    """Build the Application (not started): handlers wired, runtime in bot_data.

    `strict_messages` makes a missing Fluent message or argument an error (tests use it).
    `flood_limits=False` lifts the self-imposed 30 messages/s pacing (benchmarks of our own overhead);
    429s are still waited out and transient errors retried.
    """
    i18n = I18n(strict=strict_messages)
    runtime = Runtime(
        settings=settings,
        clock=clock or clock_from(settings.now),
        db=Database(settings.database_url),
        i18n=i18n,
        events=EventRegistry(settings.events_dir, min_interval=settings.events_reload_seconds),
    )
    app = (
        ApplicationBuilder()
        .token(settings.token())
        .base_url(settings.bot_api_base_url)
        .base_file_url(file_url_for(settings.bot_api_base_url))
        .context_types(ContextTypes(context=BotContext))
        .rate_limiter(ResilientRateLimiter(max_retries=3, **({} if flood_limits else UNLIMITED)))
        .connect_timeout(10)
        .read_timeout(20)
        .write_timeout(20)
        .post_init(_post_init)
        .post_stop(outbox.stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    app.bot_data["runtime"] = runtime
    register_all(app)
    return app


async def _post_init(app: Application) -> None:
    runtime: Runtime = app.bot_data["runtime"]
    await runtime.db.migrate()
    runtime.events.refresh(force=True)
    log.info("serving %d event(s)", len(runtime.events.all()))
    outbox.start(app)
    for lang in LANGUAGES:
        commands = [BotCommand(c, runtime.i18n.t(lang, f"cmd-{c}")) for c in COMMANDS]
        code = None if lang == "en" else lang
        await app.bot.set_my_commands(commands, scope=BotCommandScopeDefault(), language_code=code)


async def _post_shutdown(app: Application) -> None:
    runtime: Runtime = app.bot_data["runtime"]
    await outbox.stop(app)  # already stopped after polling stopped, unless run by RunningBot
    await runtime.db.dispose()


ALLOWED_UPDATES = Update.ALL_TYPES
