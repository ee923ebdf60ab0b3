"""End-to-end update handling: the real bot vs a bare python-telegram-bot echo, over the local Bot API.

Both run without the 30 messages/s pacing that production applies for Telegram's flood limits, so the
figures show the bot's own cost per update (database session, user row, Fluent rendering).

Prints throughput (updates/s), p50/p99 latency from injecting an update to the bot's reply, and the
resident memory growth for N distinct users, for both, and the ratios.
Run: `.venv/bin/python bench/updates.py` (BENCH_USERS, BENCH_DATABASE_URL to change the load or database).
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "true")

from telegram import Update  # noqa: E402
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes  # noqa: E402

from bot.clock import FixedClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.localrun import RunningBot  # noqa: E402
from localapi import LocalBotApi  # noqa: E402
from tests.conftest import DEFAULT_NOW, EVENTS_DIR  # noqa: E402

TOKEN = "123456:BENCH"
USERS = int(os.environ.get("BENCH_USERS", "300"))


def rss_mib() -> float:
    """Peak resident set size of this process, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def drive(api: LocalBotApi, first_user: int) -> tuple[float, list[float]]:
    """Each user sends /help once, one after the other; returns (updates/s, latencies in ms)."""
    latencies = []
    start = time.perf_counter()
    for i in range(USERS):
        user = api.user(first_user + i, first_name="U", language_code="es" if i % 2 else "en")
        t0 = time.perf_counter()
        await user.send("/help")
        await user.replies(1, timeout=10)
        latencies.append((time.perf_counter() - t0) * 1000)
    return USERS / (time.perf_counter() - start), latencies


async def baseline() -> tuple[float, list[float], float]:
    """A bare Application that answers /help with a constant: transport and PTB cost only."""

    async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text("help")

    async with LocalBotApi(token=TOKEN) as api:
        app = (
            ApplicationBuilder().token(TOKEN).base_url(api.base_url).base_file_url(api.base_file_url).build()
        )
        app.add_handler(CommandHandler("help", echo))
        async with app:
            await app.updater.start_polling(poll_interval=0, timeout=5)
            await app.start()
            before = rss_mib()
            rate, lat = await drive(api, 10_000)
            grown = rss_mib() - before
            await app.updater.stop()
            await app.stop()
    return rate, lat, grown


async def delegatebot() -> tuple[float, list[float], float]:
    """The real bot: a database session, a user row and Fluent rendering per update."""
    with tempfile.TemporaryDirectory() as tmp:
        async with LocalBotApi(token=TOKEN) as api:
            settings = load_settings(
                _env_file=None,
                BOT_TOKEN=TOKEN,
                BOT_API_BASE_URL=api.base_url,
                DATABASE_URL=os.environ.get("BENCH_DATABASE_URL", f"sqlite+aiosqlite:///{tmp}/bench.sqlite3"),
                EVENTS_DIR=str(EVENTS_DIR),
            )
            async with RunningBot(settings, FixedClock(DEFAULT_NOW), flood_limits=False):
                before = rss_mib()
                rate, lat = await drive(api, 20_000)
                grown = rss_mib() - before
    return rate, lat, grown


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


async def main() -> None:
    base_rate, base_lat, base_mem = await baseline()
    rate, lat, mem = await delegatebot()
    print(f"users: {USERS} (one /help each, sequential)")
    print(f"{'':12} {'updates/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'RSS growth MiB':>15}")
    for name, r, la, m in (("baseline", base_rate, base_lat, base_mem), ("delegatebot", rate, lat, mem)):
        print(f"{name:12} {r:10.1f} {pct(la, 50):8.2f} {pct(la, 99):8.2f} {m:15.1f}")
    print(
        f"ratio delegatebot/baseline: throughput {rate / base_rate:.2f}x, "
        f"p50 latency {pct(lat, 50) / pct(base_lat, 50):.2f}x, "
        f"p99 latency {pct(lat, 99) / pct(base_lat, 99):.2f}x"
    )


if __name__ == "__main__":
    asyncio.run(main())
