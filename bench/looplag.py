"""Event-loop lag while an organiser runs /stats and /export on a large event, and what delegates feel.

Seeds a database with N registrations of rsd2026 (SQLite; also PostgreSQL with --pg), runs the real bot
against the in-process local Bot API (so the API's own work is on the same loop, as in the tests) and
measures, in one run:
- the loop's lag: a ticker sleeps 10 ms and records how late it wakes (worst stall, p99);
- the organiser's /stats and /export response times, the first round cold, later ones warm;
- delegates' free-text question latency while the organiser works, against a baseline without it.
A benchmark, not a test. Run: `.venv/bin/python bench/looplag.py [-n 10000] [--pg [URL]] [--gc-freeze]`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "true")

from sqlalchemy import insert, select, text  # noqa: E402

from bot.clock import FixedClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.localrun import RunningBot  # noqa: E402
from localapi import LocalBotApi, LocalUser, MessageRecord  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models import AnonymousRecord, Registration, SponsorshipRequest, User  # noqa: E402
from tests.conftest import DEFAULT_NOW, EVENTS_DIR  # noqa: E402
from tests.support.database import empty_postgresql  # noqa: E402

TOKEN = "123456:LOOPLAG"
PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
GROUP, ORGANISER = -100777, 9901
TICK = 0.010
TIMEOUT = 180.0
ANSWER_TIMEOUT = 30.0  # a question unanswered by then is counted as lost, and the delegate asks again
QUESTIONS = ("who pays the flight", "hay traduccion??", "fecha?", "¿hasta cuándo puedo pedir patrocinio?")
STATES = ("AR", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "PA", "PE", "UY")
SEED_DAYS = 60  # registrations spread evenly over the 60 days before the bench's "now"


def _person(i: int, n: int) -> tuple[dict, dict]:
    """The i-th of n seeded delegates: a user row and a registration row (one in ten withdrawn)."""
    at = DEFAULT_NOW - timedelta(days=SEED_DAYS) * (1 - i / n)
    user = {"id": 10_000_000 + i, "language": "es", "language_chosen": False, "current_event": "rsd2026"}
    withdrawn = i % 10 == 9
    registration = {
        "user_id": user["id"], "event_key": "rsd2026", "reference": f"BN-{i:06d}",
        "status": "withdrawn" if withdrawn else "confirmed", "language": ("es", "en")[i % 2],
        "full_name": f"Delegate {i}", "position": "Focal point", "delegation_type": ("state", "ngo")[i % 2],
        "country": STATES[i % len(STATES)], "organisation": "=Ministry" if i % 97 == 0 else "Ministry",
        "email": f"d{i}@example.org", "phone": "+51 1 204 2400", "attendance_mode": "in_person",
        "interpretation_language": "es", "accessibility": ["sign_language"] if i % 7 == 0 else [],
        "dietary": "none", "answers": {}, "consent_at": at, "created_at": at, "updated_at": at,
        "withdrawn_at": at if withdrawn else None,
    }  # fmt: skip
    return user | {"created_at": at, "updated_at": at}, registration


def _request(registration_id: int, user_id: int, party: str) -> dict:
    return {
        "registration_id": registration_id, "user_id": user_id, "event_key": "rsd2026", "party": party,
        "slot_id": "either_area", "status": "submitted", "nominee_self": True, "nominee_name": "Delegate",
        "departure_city": "Lima", "accommodation": True, "created_at": DEFAULT_NOW, "updated_at": DEFAULT_NOW,
    }  # fmt: skip


ANONYMOUS = {
    "event_key": "rsd2026", "kind": "registration", "status": "confirmed", "country": "CO",
    "delegation_type": "state", "language": "es", "anonymised_at": DEFAULT_NOW,
    "created_on": (DEFAULT_NOW - timedelta(days=SEED_DAYS + 1)).date(),
}  # fmt: skip


async def seed(url: str, n: int) -> float:
    """Migrate, then insert n users and registrations, a request per tenth, an anonymous record per
    fiftieth; seconds taken."""
    start = time.perf_counter()
    database = Database(url)
    await database.migrate()
    people = [_person(i, n) for i in range(n)]
    async with database.engine.begin() as conn:
        await conn.execute(insert(User), [u for u, _ in people])
        await conn.execute(insert(Registration), [r for _, r in people])
        rows = (await conn.execute(select(Registration.id, Registration.user_id, Registration.country))).all()
        requests = [_request(*row) for row in rows[::10]]
        if requests:
            await conn.execute(insert(SponsorshipRequest), requests)
        if n >= 50:
            await conn.execute(insert(AnonymousRecord), [ANONYMOUS] * (n // 50))
        await conn.execute(text("ANALYZE"))  # as autovacuum would have: PostgreSQL plans blind without
    await database.dispose()
    return time.perf_counter() - start


async def fresh_url(url: str | None, tmp: Path) -> str:
    """A new SQLite file, or PostgreSQL's `public` schema emptied (never point it at data you keep)."""
    if url is None:
        return f"sqlite+aiosqlite:///{tmp / 'looplag.sqlite3'}"
    await empty_postgresql(url)
    return url


class Errors(logging.Handler):
    """Counts the bot's logged errors by time (a failed update, a locked database) instead of printing
    their tracebacks, with one line per kind."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.times: list[float] = []
        self.kinds: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        self.times.append(time.perf_counter())
        cause = record.exc_info[1] if record.exc_info else None
        while cause is not None and cause.__cause__ is not None:
            cause = cause.__cause__
        kind = f"{record.getMessage().split(' for ')[0]}: {cause!r}" if cause else record.getMessage()
        self.kinds[kind] = self.kinds.get(kind, 0) + 1


class Ticker:
    """Sleeps TICK again and again; how late it wakes is the loop's lag (what every update waits). Also
    times the garbage collector's full passes, which stop every thread, the loop's included."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, float]] = []  # (wake-up time, lag in ms)
        self.collections: list[tuple[float, float]] = []  # (end, ms) of each full collection
        self._began = 0.0

    def on_gc(self, phase: str, info: dict) -> None:
        if info["generation"] == 2 and phase == "start":
            self._began = time.perf_counter()
        elif info["generation"] == 2:
            self.collections.append((time.perf_counter(), (time.perf_counter() - self._began) * 1000))

    async def run(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(TICK)
            now = time.perf_counter()
            self.samples.append((now, (now - start - TICK) * 1000))


@dataclass
class Window:
    """One stretch of the run: the baseline, or one organiser command; what happened during it."""

    name: str
    start: float
    end: float = 0.0
    response_ms: float | None = None
    questions: list[float] = field(default_factory=list)  # latencies (ms) of the questions sent in it
    lags: list[float] = field(default_factory=list)
    errors: int = 0
    lost: int = 0
    gc_ms: float = 0.0  # the longest full collection

    def close(self, ticker: Ticker, crowd: Delegates, errors: Errors) -> None:
        self.lags = [lag for at, lag in ticker.samples if self.start <= at <= self.end]
        self.questions = [ms for sent, ms in crowd.asked if self.start <= sent < self.end]
        self.lost = sum(self.start <= sent < self.end for sent in crowd.lost)
        self.errors = sum(self.start <= at < self.end for at in errors.times)
        self.gc_ms = max((ms for at, ms in ticker.collections if self.start <= at <= self.end), default=0.0)


@dataclass
class Delegates:
    """Delegates who ask questions one after another until told to stop."""

    people: list[LocalUser]
    asked: list[tuple[float, float]] = field(default_factory=list)  # (sent at, latency ms)
    lost: list[float] = field(default_factory=list)  # sent at, for questions never answered
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def _ask(self, person: LocalUser, i: int) -> None:
        while not self.stop.is_set():
            sent = time.perf_counter()
            await person.send(QUESTIONS[i % len(QUESTIONS)])
            try:
                await person.replies(1, timeout=ANSWER_TIMEOUT)
            except TimeoutError:
                self.lost.append(sent)
            else:
                self.asked.append((sent, (time.perf_counter() - sent) * 1000))
            i += 1

    def start(self) -> asyncio.Task[list[None]]:
        self.stop.clear()
        return asyncio.ensure_future(asyncio.gather(*(self._ask(p, i) for i, p in enumerate(self.people))))


async def ready_delegates(api: LocalBotApi, count: int) -> list[LocalUser]:
    """Delegates who opened rsd2026 (so free text is about it) and asked once (the answering engine
    builds its indexes on first use)."""
    people = []
    for i in range(count):
        person = api.user(8800 + i, first_name=f"D{i}", language_code="es" if i % 2 else "en")
        for text_, replies in (("/start rsd2026", 2), (QUESTIONS[0], 1)):
            await person.send(text_)
            await person.replies(replies, timeout=TIMEOUT)
        people.append(person)
    return people


def _answer(message: MessageRecord) -> bool:
    """One of the organiser tools' answers: their text (📊, 📤), a photo or a document."""
    text_ = message.text or ""
    return bool(message.document or message.json.get("photo") or text_.startswith(("📊", "📤")))


async def timed(organiser: LocalUser, command: str, count: int) -> float:
    """Milliseconds from the command to the last of its `count` answers."""
    api, start = organiser.api, time.perf_counter()
    mark = api.mark()
    await organiser.send(command)
    await api.wait_until(lambda: sum(map(_answer, api.messages_since(mark, GROUP))) >= count, TIMEOUT)
    return (time.perf_counter() - start) * 1000


async def organiser_load(organiser: LocalUser, rounds: int) -> list[Window]:
    """/stats then /export, `rounds` times; one window each."""
    windows = []
    for r in range(rounds):
        for command, count in (("/stats", 2), ("/export", 4)):
            window = Window(f"{command} #{r + 1}{' (cold)' if r == 0 else ''}", time.perf_counter())
            window.response_ms = await timed(organiser, f"{command} rsd2026", count)
            window.end = time.perf_counter()
            windows.append(window)
    return windows


async def measure(api: LocalBotApi, delegates: int, rounds: int, baseline_s: float) -> tuple[list, dict]:
    """Baseline (delegates only), then the organiser's commands while the delegates keep asking;
    the windows and the kinds of errors logged."""
    ticker, errors = Ticker(), Errors()
    logging.getLogger().addHandler(errors)
    gc.callbacks.append(ticker.on_gc)
    ticking = asyncio.create_task(ticker.run())
    crowd = Delegates(await ready_delegates(api, delegates))
    base, asking = Window("baseline (no organiser)", time.perf_counter()), crowd.start()
    await asyncio.sleep(baseline_s)
    crowd.stop.set()
    await asking
    base.end, asking = time.perf_counter(), crowd.start()
    windows = [base, *await organiser_load(api.user(ORGANISER).in_chat(GROUP), rounds)]
    crowd.stop.set()
    await asking
    ticking.cancel()
    logging.getLogger().removeHandler(errors)
    gc.callbacks.remove(ticker.on_gc)
    for window in windows:
        window.close(ticker, crowd, errors)
    return windows, errors.kinds


async def run_backend(url: str, args: argparse.Namespace) -> tuple[list[Window], dict[str, int]]:
    """Seed the database, start the bot against a fresh local Bot API, measure."""
    print(f"  seeded {args.n:,} registrations in {await seed(url, args.n):.1f} s", flush=True)
    async with LocalBotApi(token=TOKEN, bot_username="looplag_bot") as api:
        api.user(ORGANISER, first_name="Org", language_code="en")
        api.add_group(GROUP, "Organisers", members={ORGANISER: "administrator"})
        settings = load_settings(
            _env_file=None,
            BOT_TOKEN=TOKEN,
            BOT_API_BASE_URL=api.base_url,
            DATABASE_URL=url,
            EVENTS_DIR=str(EVENTS_DIR),
            ORGANISER_CHAT_ID=str(GROUP),
        )
        async with RunningBot(settings, FixedClock(DEFAULT_NOW), flood_limits=False):
            if args.gc_freeze:  # what the bot could do once started: its long-lived objects then leave
                gc.collect()  # the collector's full passes, which stop the loop 0.1-0.3 s here
                gc.freeze()
            return await measure(api, args.delegates, args.rounds, args.baseline)


def pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def _ms(value: float | None) -> str:
    return "-" if value is None or value != value else f"{value:,.0f}"


def report(title: str, windows: list[Window], errors: dict[str, int]) -> None:
    """One table per backend, then the delegates' latency during the organiser's load vs the baseline."""
    head = ("response", "worst stall", "p99 lag", "full GC", "questions", "q p50", "q max", "lost", "errors")
    print(f"\n{title}; times in ms\n{'window':24}" + "".join(f"{h:>12}" for h in head))
    for w in windows:
        cells = (w.response_ms, max(w.lags, default=0.0), pct(w.lags, 99), w.gc_ms)
        asked = w.questions
        q = (len(asked), _ms(pct(asked, 50)), _ms(max(asked, default=None)), w.lost, w.errors)
        print(f"{w.name:24}" + "".join(f"{_ms(c):>12}" for c in cells) + "".join(f"{c:>12}" for c in q))
    base, load = windows[0].questions, [ms for w in windows[1:] for ms in w.questions]
    lags = [lag for w in windows[1:] for lag in w.lags]
    print(f"under the organiser's load: worst stall {max(lags):,.0f} ms, p99 lag {pct(lags, 99):,.0f} ms")
    print(
        f"delegates' question latency, during / baseline: p50 {pct(load, 50) / pct(base, 50):.1f}x, "
        f"p99 {pct(load, 99) / pct(base, 99):.1f}x, max {max(load, default=0) / max(base):.1f}x"
    )
    for kind, count in errors.items():
        print(f"logged error x{count}: {kind}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="registrations to seed (default 10,000)")
    parser.add_argument("--delegates", type=int, default=4, help="delegates asking questions meanwhile")
    parser.add_argument("--rounds", type=int, default=3, help="/stats + /export rounds (the first is cold)")
    parser.add_argument("--baseline", type=float, default=4.0, help="seconds of questions without load")
    parser.add_argument("--pg", nargs="?", const=PG_URL, help=f"also PostgreSQL (default {PG_URL})")
    parser.add_argument("--gc-freeze", action="store_true", help="gc.freeze() once the bot has started")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    freeze = ", gc.freeze() after start" if args.gc_freeze else ""
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {args.delegates} delegates{freeze}")
    with tempfile.TemporaryDirectory() as tmp:
        for backend, server in [("SQLite", None)] + ([("PostgreSQL", args.pg)] if args.pg else []):
            print(f"{backend}:", flush=True)
            windows, errors = await run_backend(await fresh_url(server, Path(tmp)), args)
            report(f"{backend}, {args.n:,} registrations (tick {TICK * 1000:.0f} ms)", windows, errors)


if __name__ == "__main__":
    asyncio.run(main())
