"""The one factory that builds the bot: production, tests, benchmarks and the try mode all use it.

It is the one place where long-lived objects are made: the runtime (settings, clock, database, messages,
events), the answering engine, the outbox dispatcher and the idle-conversation job.
"""

from __future__ import annotations

import functools
import logging
import ssl
from datetime import timedelta

import certifi
from telegram import Bot, Update
from telegram.ext import ApplicationBuilder, ContextTypes

from bot.answers.engine import Engine
from bot.application import BotApplication
from bot.clock import Clock, clock_from
from bot.config import Settings
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from bot.inbox import Inbox, InboxBot
from bot.metrics import Metrics
from bot.processor import ChatOrderedProcessor
from bot.ratelimit import ResilientRateLimiter
from bot.request import AiohttpRequest
from bot.runtime import Runtime
from bot.workers import expiry
from bot.workers.broadcasts import BroadcastWorker
from bot.workers.liveness import Liveness
from bot.workers.outbox import Dispatcher
from handlers import register_all
from handlers.common import BotContext
from storage.db import Database

log = logging.getLogger(__name__)
UNLIMITED = {"overall_max_rate": 0, "group_max_rate": 0}
TIMEOUTS = {"connect_timeout": 10.0, "read_timeout": 20.0, "write_timeout": 20.0}
POOL_SIZE = 256  # connections to the Bot API, as python-telegram-bot's builder sets by default


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context (certifi's CA certificates) for every Bot API client of the process: loading the
    certificates takes 50 ms, and a process has three clients."""
    return ssl.create_default_context(cafile=certifi.where())


def _request(pool_size: int) -> AiohttpRequest:
    """A Bot API client with the bot's timeouts and the process's TLS context (see bot/request.py)."""
    return AiohttpRequest(pool_size, **TIMEOUTS, tls=_tls())


ALLOWED_UPDATES = Update.ALL_TYPES


def file_url_for(base_url: str) -> str:
    """Telegram serves files under /file/bot<token> next to /bot<token>."""
    head, sep, _ = base_url.rpartition("/bot")
    return f"{head}/file/bot" if sep else base_url.rstrip("/") + "/file/bot"


def broadcast_bot(settings: Settings) -> Bot:
    """The client broadcasts are sent with: a connection pool of its own, so that interactive replies never
    wait for a free connection behind them, and no client-side limiter (the shared pace is the limit)."""
    return Bot(
        settings.token(),
        base_url=settings.bot_api_base_url,
        base_file_url=file_url_for(settings.bot_api_base_url),
        request=_request(settings.broadcast_lanes + 2),
    )


def build_application(
    settings: Settings,
    clock: Clock | None = None,
    strict_messages: bool = False,
    flood_limits: bool = True,
) -> BotApplication:
    """Build the Application (not initialised): handlers wired, runtime and workers in bot_data.

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
    metrics = Metrics()
    bot = InboxBot(
        settings.token(),
        base_url=settings.bot_api_base_url,
        base_file_url=file_url_for(settings.bot_api_base_url),
        request=_request(POOL_SIZE),
        get_updates_request=_request(1),
        rate_limiter=ResilientRateLimiter(
            max_retries=3, metrics=metrics, **({} if flood_limits else UNLIMITED)
        ),
        inbox=Inbox(runtime.db, runtime.clock),
    )
    app = (
        ApplicationBuilder()
        .application_class(BotApplication)
        .bot(bot)
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(ChatOrderedProcessor(settings.update_workers))
        .build()
    )
    assert isinstance(app, BotApplication)
    app.bot_data["runtime"] = runtime
    app.bot_data["metrics"] = metrics
    app.bot_data["answer_engine"] = Engine(i18n)
    limiter = bot.rate_limiter
    share = limiter.share if isinstance(limiter, ResilientRateLimiter) else None
    app.bot_data["liveness"] = liveness = Liveness(runtime.db, share)
    app.bot_data["outbox"] = Dispatcher(app.bot, runtime, liveness)
    app.bot_data["broadcasts"] = BroadcastWorker(broadcast_bot(settings), app.bot, runtime, liveness, metrics)
    expiry.schedule(app, timedelta(minutes=settings.conversation_timeout_minutes))
    register_all(app)
    return app
