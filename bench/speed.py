"""The bot against a bare python-telegram-bot echo bot, in the same run: ratios per database, stored
registrations and delegates. Prints figures; asserts nothing and is not part of pytest.

Each configuration runs in a fresh process of its own against the local Bot API, without the bot's 30
messages/s pacing (its own cost is measured). N delegates at once each send `/start rsd2026` (a command
that writes the user's event), `/help` (read-only) and `/register` (a writing step: a draft), each as soon
as the previous one is answered. The echo bot (processing as many updates at once as the bot's
UPDATE_WORKERS) answers the same texts with as many constant messages. Then an organiser sends /stats and
/export, and the process's resident memory is read.

Columns: throughput ratio (bot/echo), p50 and p99 per update (ms, bot and echo), p99 of the writing step,
start-up (from a ready Bot API to the first getUpdates, imports included; ratio to echo), /stats and
/export: time to their last message (ms: the chart, the files), st db: /stats' database work alone (ms),
RSS now and peak (MiB, the child process: includes the local Bot API and the driver, as for the echo bot;
chart/export workers are apart).

Also: statements and transactions per delegate update (st/u, tx/u), and the process's CPU time per
update during the drive (cpu/u, ms, bot and echo: the local Bot API's share included), and the share of
the drive the event loop waited with nothing to run (idle%). --delay 0.05 adds
50 ms to every Bot API call (both bots), as a real network would.

Run: `.venv/bin/python bench/speed.py [--quick] [--delay S] [--db sqlite,pg] [--pg-url URL]`.
--quick: N = 100, 300 and 0, 10,000 stored (about 3 minutes a database); the default is N = 100, 300,
1,000 and 0, 1,000, 10,000. The PostgreSQL database (default below) is created if missing and its public
schema emptied.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "true")

TOKEN = "123456:SPEED"
NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)  # tests.conftest.DEFAULT_NOW (not imported: it imports pytest)
PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/speed_bench"
ORGANISER, WARM_USER, FIRST_USER = 7_000_001, 8_000_000, 9_000_000
WORKERS = 64  # the bot's UPDATE_WORKERS default, given to the echo bot too
STEPS = (("command", "/start rsd2026", 2), ("read", "/help", 1), ("write", "/register", 1))
TOOLS = (("stats", "/stats rsd2026", 1), ("export", "/export rsd2026", 3))


# --- a child: one bot (or the echo bot) under load ---------------------------------------------------


def _rss() -> tuple[float, float]:
    status = Path("/proc/self/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _echo_app(base_url: str, file_url: str) -> Any:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    counts = {text.split()[0]: n for _, text, n in STEPS + TOOLS}

    async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        for _ in range(counts.get((update.effective_message.text or "").split()[0], 1)):
            await update.effective_message.reply_text("echo")

    builder = ApplicationBuilder().token(TOKEN).base_url(base_url).base_file_url(file_url)
    app = builder.concurrent_updates(WORKERS).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


async def _start(mode: str, api: Any, url: str) -> Any:
    """Import, build and start polling; returns a stopper."""
    if mode == "echo":
        app = _echo_app(api.base_url, api.base_file_url)
        await app.initialize()
        await app.updater.start_polling(poll_interval=0, timeout=5)
        await app.start()

        async def stop_echo() -> None:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()

        return stop_echo
    from bot.clock import FixedClock
    from bot.config import load_settings
    from bot.localrun import RunningBot

    settings = load_settings(
        _env_file=None, BOT_TOKEN=TOKEN, BOT_API_BASE_URL=api.base_url, DATABASE_URL=url,
        EVENTS_DIR=str(ROOT / "events"), ORGANISER_IDS=str(ORGANISER),
    )  # fmt: skip
    running = RunningBot(settings, FixedClock(NOW), flood_limits=False)
    await running.start()
    return running.stop


def _count_database_work() -> dict[str, int]:
    """Statements and transactions (commits and rollbacks) of every engine in this process, from now on."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    counts = {"statements": 0, "transactions": 0}

    def statement(*_: Any) -> None:
        counts["statements"] += 1

    def transaction(*_: Any) -> None:
        counts["transactions"] += 1

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Engine, "commit", transaction)
    event.listen(Engine, "rollback", transaction)
    return counts


async def _stats_database_ms(url: str) -> float:
    """The database work of /stats alone (its queries, no chart): the median of 5, in ms."""
    from bot.events.loader import load_events
    from bot.services.organisers.stats import event_stats
    from storage.db import Database

    event = load_events(ROOT / "events").events["rsd2026"]
    database, times = Database(url), []
    for _ in range(5):
        began = time.perf_counter()
        async with database.read_session() as session:
            await event_stats(session, event)
        times.append((time.perf_counter() - began) * 1000)
    await database.dispose()
    return sorted(times)[2]


IDLE = [0.0]  # seconds the event loop spent waiting for something to do


def _count_idle() -> None:
    """Time the event loop's selector waits (the loop had nothing ready to run), from now on."""
    import selectors

    select = selectors.DefaultSelector.select

    def timed(self: Any, timeout: float | None = None) -> Any:
        began = time.perf_counter()
        try:
            return select(self, timeout)
        finally:
            IDLE[0] += time.perf_counter() - began

    selectors.DefaultSelector.select = timed  # type: ignore[method-assign]


async def child(mode: str, url: str, delegates: int, first: int, delay: float) -> dict[str, Any]:
    from localapi import LocalBotApi
    from localapi.faults import Fault

    async with LocalBotApi(token=TOKEN) as api:
        if delay:
            api.add_fault(Fault.slow("*", delay, times=-1))
        ready = time.time()
        stop = await _start(mode, api, url)
        from bench._common import Replies, Step, drive, pct  # after start-up: it imports the bot's storage

        while not any(c.method == "getUpdates" for c in api.state.calls):
            await asyncio.sleep(0.005)
        polled = next(c.time for c in api.state.calls if c.method == "getUpdates")
        replies = Replies(api)
        script = [Step(kind, "send", text, n) for kind, text, n in STEPS]
        warm = [(api.user(WARM_USER + first, first_name="Warm", language_code="en"), script)]
        await drive(warm, replies, 60)
        people = [(api.user(first + k, first_name="D", language_code="es" if k % 2 else "en"), script)
                  for k in range(delegates)]  # fmt: skip
        work = _count_database_work()
        cpu, idle, began = time.process_time(), IDLE[0], time.perf_counter()
        out = await drive(people, replies, 30)
        cpu, idle = time.process_time() - cpu, (IDLE[0] - idle) / (time.perf_counter() - began)
        statements, transactions = work["statements"], work["transactions"]
        tools = {}
        organiser = api.user(ORGANISER, first_name="Org", language_code="en")
        for name, text, n in TOOLS:
            tool = await drive([(organiser, [Step(name, "send", text, n)])], replies, 120)
            tools[name] = (tool.last_reply - tool.started) * 1000 if tool.latencies[name] else float("nan")
        rss, peak = _rss()
        stats_db = await _stats_database_ms(url) if mode == "bot" else float("nan")
        await stop()
    every = [ms for kind in out.latencies.values() for ms in kind]
    updates = sum(len(kind) for kind in out.latencies.values())
    return {
        "rate": updates / max(out.last_reply - out.started, 1e-9), "p50": pct(every, 50),
        "p99": pct(every, 99), "write_p99": pct(out.latencies["write"], 99), "start": polled - ready,
        "lost": len(out.lost), "lost_samples": out.lost[:3],
        "statements": statements / max(updates, 1), "transactions": transactions / max(updates, 1),
        "stats": tools["stats"], "export": tools["export"], "rss": rss, "peak": peak, "stats_db": stats_db,
        "cpu": cpu * 1000 / max(sum(len(kind) for kind in out.latencies.values()), 1),
        "idle": idle * 100,
    }  # fmt: skip


# --- the parent ----------------------------------------------------------------------------------------


async def run_child(mode: str, url: str, delegates: int, first: int, delay: float) -> dict[str, Any] | None:
    command = [sys.executable, __file__, "--child", mode, "--url", url, "--n", str(delegates)]
    proc = await asyncio.create_subprocess_exec(
        *command, "--first", str(first), "--delay", str(delay), stdout=asyncio.subprocess.PIPE
    )
    stdout, _ = await proc.communicate()
    lines = [line for line in stdout.decode().splitlines() if line.startswith("RESULT ")]
    if proc.returncode or not lines:
        print(f"!! {mode} N={delegates}: failed (exit status {proc.returncode})", flush=True)
        return None
    return json.loads(lines[-1].removeprefix("RESULT "))


HEADER = (
    f"{'stored':>6} {'N':>5} {'thru×':>6} {'upd/s':>6} {'echo':>6} {'p50':>6} {'echo':>5} {'p99':>6} "
    f"{'echo':>5} {'wr p99':>6} {'start s':>7} {'×':>5} {'stats':>6} {'st db':>5} {'export':>7} "
    f"{'RSS':>5} {'peak':>5} {'lost':>4} {'st/u':>4} {'tx/u':>4} {'cpu/u':>5} {'echo':>4} {'idle%':>5} "
    f"{'echo':>4}  load"
)


def row(stored: int, n: int, bot: dict[str, Any], echo: dict[str, Any]) -> str:
    b, e = bot, echo
    cells = [
        f"{stored:>6} {n:>5} {b['rate'] / e['rate']:>6.2f} {b['rate']:>6.0f} {e['rate']:>6.0f}",
        f"{b['p50']:>6.1f} {e['p50']:>5.1f} {b['p99']:>6.0f} {e['p99']:>5.0f} {b['write_p99']:>6.0f}",
        f"{b['start']:>7.2f} {b['start'] / e['start']:>5.1f} {b['stats']:>6.0f} {b['stats_db']:>5.1f}",
        f"{b['export']:>7.0f}",
        f"{b['rss']:>5.0f} {b['peak']:>5.0f} {b['lost']:>4}",
        f"{b['statements']:>4.1f} {b['transactions']:>4.1f} {b['cpu']:>5.2f} {e['cpu']:>4.2f}",
        f"{b['idle']:>5.1f} {e['idle']:>4.1f}",
        f" {load()}",
    ]
    return " ".join(cells)


def load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


async def main(args: argparse.Namespace) -> None:
    from bench._common import ensure_pg_database, prepare

    sizes = (100, 300) if args.quick else (100, 300, 1000)
    stored_counts = (0, 10_000) if args.quick else (0, 1000, 10_000)
    sizes = tuple(int(n) for n in args.sizes.split(",")) if args.sizes else sizes
    stored_counts = tuple(int(n) for n in args.stored.split(",")) if args.stored else stored_counts
    delay = f"Bot API delay {args.delay * 1000:.0f} ms"
    print(f"load average at start: {load()}; cores: {os.cpu_count()}; {delay}")
    for db in args.db.split(","):
        echo = {n: await run_child("echo", "", n, FIRST_USER, args.delay) for n in sizes}
        print(f"\n{db}: times in ms but start-up; thru× = bot/echo updates per second; × = start-up ratio")
        print(HEADER, flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            for stored in stored_counts:
                for i, n in enumerate(sizes):
                    url = (
                        f"sqlite+aiosqlite:///{tmp}/speed{stored}-{n}.sqlite3"
                        if db == "sqlite"
                        else args.pg_url
                    )
                    if db == "pg":
                        await ensure_pg_database(url)
                    # A fresh database each run: every run's local Bot API numbers its updates from 1 again,
                    # and the bot rightly skips update ids it has already processed (Telegram never reuses
                    # one within the two days the bot remembers them).
                    await prepare(url, stored)
                    bot = await run_child("bot", url, n, FIRST_USER + i * 10_000, args.delay)
                    if bot and echo[n]:
                        print(row(stored, n, bot, echo[n]), flush=True)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 100, 300; 0 and 10,000 stored")
    parser.add_argument("--db", default="sqlite,pg", help="sqlite, pg or both (default sqlite,pg)")
    parser.add_argument("--pg-url", default=PG_URL, help=f"PostgreSQL URL (default {PG_URL})")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds added to every Bot API call")
    parser.add_argument("--stored", default="", help="stored registrations, comma-separated (overrides)")
    parser.add_argument("--sizes", default="", help="delegates, comma-separated (overrides)")
    parser.add_argument("--child", choices=("bot", "echo"), help=argparse.SUPPRESS)
    parser.add_argument("--url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=100, help=argparse.SUPPRESS)
    parser.add_argument("--first", type=int, default=FIRST_USER, help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    ARGS = parse_args()
    if ARGS.child:
        _count_idle()
        result = asyncio.run(child(ARGS.child, ARGS.url, ARGS.n, ARGS.first, ARGS.delay))
        print("RESULT " + json.dumps(result), flush=True)
    else:
        asyncio.run(main(ARGS))
