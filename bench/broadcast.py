"""Benchmark of broadcasts against the local Bot API, with a same-run baseline: a plain loop over
`send_message` through python-telegram-bot's AIORateLimiter.

Run: .venv/bin/python bench/broadcast.py [--quick] [--pg URL] [--parts abcde]

(a) 1,000 recipients at 25/s with injected 429s and 403s: achieved rate / limit (target >= 0.95),
    duplicates (0), lost (0), sends during a 429 window (0); and (d) the p99 of a delegate's question
    answered during (a), against the same p99 with no broadcast running.
(b) 10,000 recipients at 1,000/s (paid broadcasts, 8 lanes): rate / limit (>= 0.95).
(c) (b) with the bot process killed (SIGKILL) at random points three times and restarted: lost 0,
    duplicates <= BROADCAST_LANES per crash (the documented window).
(e) two processes on PostgreSQL: the combined rate in every one-second window (never above the limit).

The rate is measured at the Bot API (the times it received the sends), over the time the broadcast was
allowed to send (the 429 waits taken out). --quick divides the recipient counts by 10.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from telegram.error import Forbidden, TelegramError
from telegram.ext import AIORateLimiter, ExtBot

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import STORED_USER_BASE, ensure_pg_database, free_port, load_average, pct, prepare  # noqa: E402
from bot.clock import StartedClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.localrun import RunningBot  # noqa: E402
from localapi import Fault, LocalBotApi  # noqa: E402
from localapi.state import CallRecord  # noqa: E402
from storage.broadcasts import BroadcastRepository  # noqa: E402
from storage.db import Database  # noqa: E402
from tests.conftest import DEFAULT_NOW, EVENTS_DIR, TOKEN  # noqa: E402
from tests.support.broadcasts import begin_broadcast  # noqa: E402
from tests.support.process import start as start_process  # noqa: E402
from tests.support.process import webhook_env  # noqa: E402

TEXT = "Reminder: the provisional programme is out."
FLOODS = 3  # (a) injected 429s, retry_after 2 s each
BLOCKED = 0.05  # (a) share of recipients who blocked the bot (403)
DELEGATES = 10  # (d) people asking questions meanwhile, each pausing 0.5-2 s between two
QUESTION = "¿Cuándo es el diálogo de San Salvador?"


@dataclass
class Run:
    """What the Bot API saw of one broadcast."""

    rate: float  # achieved sends per second while allowed to send
    limit: float
    sent: int
    duplicates: int
    lost: int
    during_429: int
    seconds: float
    busiest_second: int = 0


def to(call: CallRecord) -> int:
    return int(call.params.get("chat_id", 0))


def busiest(times: list[float], window: float = 1.0) -> int:
    """The most calls in any `window` seconds (sliding)."""
    times, best, first = sorted(times), 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= window:
            first += 1
        best = max(best, last - first + 1)
    return best


def measure(api: LocalBotApi, people: list[int], blocked: set[int], limit: float, since: float) -> Run:
    """Rate, duplicates, losses and sends inside 429 windows, from the Bot API's own call log."""
    wanted = set(people)
    calls = [c for c in api.calls("sendMessage") if c.time >= since and to(c) in wanted]
    floods = [c for c in calls if c.error_code == 429]
    # What people received (a request whose sender died mid-call may never have been answered).
    per_chat = Counter(
        m.chat_id for m in api.bot_messages() if m.chat_id in wanted and m.json["date"] >= int(since)
    )
    duplicates = sum(n - 1 for n in per_chat.values() if n > 1)
    lost = len([p for p in wanted - blocked if per_chat[p] == 0])
    windows = [(c.time, c.time + float(c.description.rsplit(" ", 1)[-1])) for c in floods]
    during = len([c for c in calls if any(a < c.time < b for a, b in windows)])
    attempts = sorted(c.time for c in calls if c.error_code != 429)
    held = sum(b - a for a, b in windows)
    span = (attempts[-1] - attempts[0] - held) if len(attempts) > 1 else float("nan")
    rate = (len(attempts) - 1) / span if span and span > 0 else float("nan")
    seconds = (attempts[-1] - attempts[0]) if attempts else 0.0
    return Run(rate, limit, sum(per_chat.values()), duplicates, lost, during, seconds, busiest(attempts))


async def begin(url: str, count: int) -> int:
    """A broadcast to everyone registered for rsd2026, started as /broadcast's Send now starts one."""
    broadcast_id, recipients = await begin_broadcast(url, TEXT, DEFAULT_NOW)
    assert recipients == count
    return broadcast_id


async def finished(url: str, broadcast_id: int) -> bool:
    db = Database(url)
    try:
        async with db.session() as session:
            counts = await BroadcastRepository(session).counts(broadcast_id)
    finally:
        await db.dispose()
    return not counts.get("pending") and not counts.get("sending")


async def until_finished(url: str, broadcast_id: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not await finished(url, broadcast_id):
        if time.monotonic() > deadline:
            raise TimeoutError(f"broadcast {broadcast_id} not finished within {timeout:.0f} s")
        await asyncio.sleep(0.5)  # polling the database, not a timing assumption


def audience(api: LocalBotApi, count: int, blocked_share: float = 0.0) -> tuple[list[int], set[int]]:
    """The seeded registrants as Bot API users; some of them blocked the bot."""
    people = [STORED_USER_BASE + i for i in range(count)]
    for i, user_id in enumerate(people):
        api.user(user_id, first_name="D", language_code=("es", "en")[i % 2])
    blocked = set(random.Random(7).sample(people, int(count * blocked_share)))
    for user_id in blocked:
        api.user(user_id).block()
    return people, blocked


def settings_env(api: LocalBotApi, url: str, **extra: object) -> dict[str, object]:
    return {
        "BOT_TOKEN": TOKEN,
        "BOT_API_BASE_URL": api.base_url,
        "DATABASE_URL": url,
        "EVENTS_DIR": str(EVENTS_DIR),
        **extra,
    }


async def baseline(api: LocalBotApi, people: list[int], blocked: set[int], rate: float) -> Run:
    """The same recipients sent to by a plain loop over send_message with PTB's AIORateLimiter, measured
    the same way (the 429s injected again)."""
    limiter = AIORateLimiter(overall_max_rate=rate, max_retries=3)
    since = time.time()
    async with ExtBot(TOKEN, base_url=api.base_url, rate_limiter=limiter) as bot:
        for user_id in people:
            with contextlib.suppress(Forbidden, TelegramError):
                await bot.send_message(user_id, TEXT)
    return measure(api, people, blocked, rate, since)


async def ask_meanwhile(api: LocalBotApi, stop: asyncio.Event) -> list[float]:
    """DELEGATES people asking a question again and again; seconds from each question to its answer."""
    users = [api.user(60_000_000 + i, first_name="Q", language_code="es") for i in range(DELEGATES)]

    async def one(u: object) -> list[float]:
        waits, rng = [], random.Random(u.id)  # type: ignore[attr-defined]
        while not stop.is_set():
            await asyncio.sleep(rng.uniform(0.5, 2.0))  # reading the answer before asking again
            began = time.perf_counter()
            await u.send(QUESTION)  # type: ignore[attr-defined]
            await u.replies(1, timeout=60)  # type: ignore[attr-defined]
            waits.append(time.perf_counter() - began)
        return waits

    for u in users:
        await u.send("/start rsd2026")
        await u.replies(2, timeout=60)
    return [w for ws in await asyncio.gather(*(one(u) for u in users)) for w in ws]


async def part_a(url: str, count: int) -> None:
    print(f"\n== (a) {count} recipients at 25/s, {FLOODS} 429s (retry_after 2 s), {BLOCKED:.0%} blocked")
    await prepare(url, count)
    async with LocalBotApi(token=TOKEN) as api:
        people, blocked = audience(api, count, BLOCKED)
        env = settings_env(api, url, BROADCAST_RATE=25, BROADCAST_LANES=os.environ.get("LANES", "1"))
        async with RunningBot(load_settings(_env_file=None, **env), StartedClock(DEFAULT_NOW)):
            stop = asyncio.Event()
            quiet = asyncio.ensure_future(ask_meanwhile(api, stop))
            await asyncio.sleep(10)  # (d) the baseline p99: questions with no broadcast running
            stop.set()
            idle = await quiet
            flood(api, people, blocked)
            since = time.time()
            broadcast_id = await begin(url, count)
            stop = asyncio.Event()
            busy = asyncio.ensure_future(ask_meanwhile(api, stop))
            await until_finished(url, broadcast_id, 10 * count / 25 + 60)
            stop.set()
            during = await busy
        run = measure(api, people, blocked, 25, since)
        flood(api, people, blocked)
        base = await baseline(api, people, blocked, 25)
    report("delegatebot", run)
    report("baseline: a plain loop, AIORateLimiter", base)
    print(f"== (d) a delegate's question answered: p99 {pct(during, 99) * 1000:.0f} ms during the broadcast "
          f"({len(during)} questions) vs {pct(idle, 99) * 1000:.0f} ms with none running ({len(idle)}): "
          f"{pct(during, 99) / pct(idle, 99):.2f}x")  # fmt: skip


async def part_b(url: str, count: int) -> None:
    print(f"\n== (b) {count} recipients at 1000/s (paid broadcasts, 8 lanes), {url.split(':')[0]}")
    await prepare(url, count)
    async with LocalBotApi(token=TOKEN) as api:
        people, blocked = audience(api, count)
        env = settings_env(api, url, BROADCAST_RATE=1000, BROADCAST_PAID=True, BROADCAST_LANES=8)
        async with RunningBot(load_settings(_env_file=None, **env), StartedClock(DEFAULT_NOW)):
            since = time.time()
            broadcast_id = await begin(url, count)
            await until_finished(url, broadcast_id, count / 20 + 120)
        run = measure(api, people, blocked, 1000, since)
        base = await baseline(api, people[: count // 5], blocked, 1000)
    report("delegatebot", run)
    report(f"baseline: a plain loop, AIORateLimiter ({count // 5} recipients)", base)


async def part_c(url: str, count: int, lanes: int, kills: int = 3) -> None:
    print(f"\n== (c) {count} recipients at 1000/s, {lanes} lane(s), the bot killed (SIGKILL) {kills} times")
    await prepare(url, count)
    async with LocalBotApi(token=TOKEN) as api:
        people, blocked = audience(api, count)
        work = Path(tempfile.mkdtemp(prefix="bench-broadcast-"))
        env = {k: str(v) for k, v in settings_env(api, url).items()}
        env = {
            **os.environ,
            **env,
            "BROADCAST_RATE": "1000",
            "BROADCAST_PAID": "true",
            "BROADCAST_LANES": str(lanes),
        }
        env["DELEGATEBOT_NOW"] = DEFAULT_NOW.isoformat()
        since = time.time()
        broadcast_id = await begin(url, count)
        rng = random.Random(11)
        for k in range(kills + 1):
            proc = await start_process("run", env, work, work / f"bot{k}.log")
            if k == kills:
                await until_finished(url, broadcast_id, count / 20 + 180)
                proc.send_signal(signal.SIGTERM)
                await proc.wait()
                break
            target = len([c for c in api.calls("sendMessage") if c.ok and c.time >= since]) + rng.randint(
                count // 20, count // 6
            )
            while len([c for c in api.calls("sendMessage") if c.ok and c.time >= since]) < target:
                if await finished(url, broadcast_id):
                    break
                await asyncio.sleep(0.05)
            proc.kill()
            await proc.wait()
        run = measure(api, people, blocked, 1000, since)
    report("delegatebot (the rate includes the restarts)", run)
    print(f"  {kills} crashes: duplicates per crash {run.duplicates / kills:.2f} (window: {lanes} per crash)")


async def part_e(url: str, count: int) -> None:
    print(f"\n== (e) two processes on PostgreSQL, {count} recipients at 25/s together")
    await prepare(url, count)
    async with LocalBotApi(token=TOKEN) as api:
        people, blocked = audience(api, count)
        work = Path(tempfile.mkdtemp(prefix="bench-broadcast-"))
        procs = []
        for i in range(2):
            env = webhook_env(api, url, free_port())
            env["BROADCAST_RATE"] = "25"
            procs.append(await start_process("webhook", env, work, work / f"bot{i}.log"))
        await asyncio.sleep(8)  # both processes up (their start takes a few seconds)
        since = time.time()
        broadcast_id = await begin(url, count)
        await until_finished(url, broadcast_id, 4 * count / 25 + 120)
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
            await proc.wait()
        run = measure(api, people, blocked, 25, since)
    report("delegatebot", run)
    print(f"  most sends in any one-second window: {run.busiest_second} (limit 25)")


def report(who: str, run: Run) -> None:
    print(f"  {who}: rate {run.rate:.1f}/s = {run.rate / run.limit:.2f} of the limit {run.limit:g}/s "
          f"(target >= 0.95); sent {run.sent}; duplicates {run.duplicates}; lost {run.lost}; "
          f"sends during a 429 window {run.during_429}; busiest second {run.busiest_second}; "
          f"{run.seconds:.1f} s")  # fmt: skip


def flood(api: LocalBotApi, people: list[int], blocked: set[int]) -> None:
    """FLOODS 429s (retry_after 2 s), each on the first send to one recipient."""
    for user_id in random.Random(3).sample([p for p in people if p not in blocked], FLOODS):
        api.add_fault(Fault.flood("sendMessage", retry_after=2, chat_id=user_id))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--pg", default="postgresql+asyncpg://postgres@127.0.0.1:5432/bench_broadcast")
    parser.add_argument("--parts", default="abce")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    print(f"load average {load_average()}, {os.cpu_count()} CPUs")
    tmp = Path(tempfile.mkdtemp(prefix="bench-broadcast-db-"))

    def sqlite(name: str) -> str:
        return f"sqlite+aiosqlite:///{tmp}/{name}.sqlite3"

    if "a" in args.parts:
        await part_a(sqlite("a"), 1000 // scale)
    if "b" in args.parts:
        await part_b(sqlite("b"), 10_000 // scale)
        await ensure_pg_database(args.pg)
        await part_b(args.pg, 10_000 // scale)
    if "c" in args.parts:
        await part_c(sqlite("c1"), 10_000 // scale, lanes=1)
        await part_c(sqlite("c8"), 10_000 // scale, lanes=8)
    if "e" in args.parts:
        await ensure_pg_database(args.pg)
        await part_e(args.pg, 1000 // scale)


if __name__ == "__main__":
    asyncio.run(main())
