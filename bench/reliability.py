"""Reliability of the real bot when its process dies and when Telegram is slow: figures beside their targets,
per database (SQLite always; PostgreSQL with --pg). A benchmark: it asserts nothing and is not part of pytest.

(a) Kills during conversations. `python -m bot run` serves K delegates who register for rsd2026 at once, at
    a person's pace (0.5-2.5 s before each answer); it is SIGKILLed 0.5-8 s (seeded) after each time it is
    serving, and restarted as a supervisor would. Each delegate answers the newest question shown. An action
    with no reply within 15 s is "lost" if nothing changed (the updates table says it was not processed
    and the draft did not move): it is made again; if it was stored, the delegate sends /register to see
    where they are (the documented at-most-once reply). Right after each reply the database is re-read: a
    step or confirmation shown but not stored is counted. When everyone is done and the outbox is empty,
    the organisers' group is compared with the registrations: posts per reference (none, one, more).
(b) Outbox sends under kills. N delegates register as fast as the bot answers; the organisers' group answers
    each post after 0.3 s (as Telegram may), and the process is killed just after its 1st-3rd post since
    it started, so mostly while one is in flight. A post the bot sent but had not recorded is sent again:
    at most one duplicate per crash is the target.
(c) Nobody waits for someone else. In process: one delegate's reply is held 20 s by Telegram and another's
    refused with a 429 (retry after 20 s) while M other delegates send /help (all at once, then spread
    out); their waits against the same without faults. Then one /help while UPDATE_WORKERS chats wait out
    a 429: a reply is sent inside its update's worker slot, so that many held chats hold up everyone.
(d) Organisers' group pace. In process: 50 delegates press Confirm at once. The local Bot API's call log
    (`CallRecord.time`: wall-clock time when a call reached the server, before any scripted delay) gives
    the group's messages in any 60-second window; each reference should be in the group exactly once.
    --quick (default) watches at most 75 s, and says so when the posts took under a minute; --full waits
    for every registration (up to 5 minutes), then one more minute.

The processes' clock: each start sets DELEGATEBOT_NOW to 2026-03-20T15:00:00Z plus the real time elapsed,
so the bot's clock runs on across restarts as a real one would. A claim a killed process held is taken
again only after the outbox's 2-minute lease; rather than wait for it, the settling restart (a clean one)
puts the clock forward past the lease, and the report says when it did.

Run: `.venv/bin/python bench/reliability.py [--pg] [--kills N] [--delegates K] [--seed S] [--full]`
(`--parts ab` for some parts, `--trails` for every delegate's steps). PostgreSQL (also with BENCH_PG=1)
uses a scratch database `bench_reliability` on the test server, dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import re
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "true")

from sqlalchemy import func, select, text  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine  # noqa: E402

from bot.clock import StartedClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.localrun import RunningBot  # noqa: E402
from bot.services.notify.outbox import LEASE  # noqa: E402
from localapi import CallRecord, ControlError, Fault, LocalBotApi, LocalUser, MessageRecord  # noqa: E402
from storage.models import Draft, OutboxMessage, ReceivedUpdate, Registration  # noqa: E402
from tests.support.database import empty_postgresql  # noqa: E402
from tests.support.registration import EN, rsvp_steps  # noqa: E402

TOKEN = "123456:BENCH-reliability"
SIGNING_KEY = "bench-reliability-signing-key-0123456789"
GROUP = -1009990001
EVENT = "rsd2026"
BASE_NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
SCRATCH = "bench_reliability"
RETRY_AFTER = 15.0  # a person gives up waiting for a reply after this long, and tries again
RESTART_DELAY = 0.5  # a supervisor's pause before it restarts the killed process
PATIENT = 60.0  # for the bot to start, or the outbox to empty
STEPS = ("consent", "full_name", "position", "delegation_type", "country", "organisation", "email", "phone")
STEPS += ("interpretation_language", "accessibility", "dietary", "summary")
SUMMARY, DONE = len(STEPS) - 1, len(STEPS)
NUMBERED = re.compile(r"^(\d+)/\d+ ")
REFERENCE = re.compile(r"\bRSD-[A-Z0-9]+\b")
COUNTRIES = ("Chile", "Peru", "Colombia", "Ecuador", "Argentina")
FIRST = ("Ana", "Bruno", "Carla", "Diego", "Elena", "Fabio", "Gloria", "Hugo", "Irene", "Julio", "Lucía")
LAST = ("Rojas", "Mendoza", "Quispe", "Salazar", "Vargas", "Castro", "Núñez")


def step_of(message: MessageRecord) -> int | None:
    """Which RSVP step a bot message shows (DONE: the confirmation or the registration), if any."""
    body = message.text or ""
    if found := NUMBERED.match(body):
        return int(found[1]) if 0 < int(found[1]) < SUMMARY else None
    if body.startswith(("📝", "🔒")):  # the intro with the consent question, or the question again
        return 0
    if body.startswith("📋"):
        return SUMMARY
    confirmed = body.startswith("✅") and REFERENCE.search(body)
    return DONE if confirmed or body.startswith("👤 ") else None


def pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


class Records:
    """Re-reads what the bot stored, with an engine of the bench's own (short transactions only)."""

    def __init__(self, url: str) -> None:
        self.engine: AsyncEngine = create_async_engine(url)

    async def position(self, user_id: int) -> int:
        """How far the delegate's RSVP is stored: DONE, a step's index, or -1 (nothing)."""
        async with AsyncSession(self.engine) as s:
            where = (Registration.user_id == user_id, Registration.event_key == EVENT)
            if await s.scalar(select(Registration.status).where(*where)) == "confirmed":
                return DONE
            draft = (Draft.user_id == user_id, Draft.kind == "rsvp", Draft.event_key == EVENT)
            step = await s.scalar(select(Draft.step).where(*draft))
        return STEPS.index(step) if step in STEPS else -1

    async def processed(self, update_ids: list[int]) -> set[int]:
        async with AsyncSession(self.engine) as s:
            where = (ReceivedUpdate.id.in_(update_ids), ReceivedUpdate.processed_at.is_not(None))
            return set(await s.scalars(select(ReceivedUpdate.id).where(*where)))

    async def outbox_open(self) -> int:
        """Outbox rows not done with (pending, or claimed by a sender)."""
        async with AsyncSession(self.engine) as s:
            query = select(func.count()).where(OutboxMessage.status.in_(("pending", "sending")))
            return int(await s.scalar(query.select_from(OutboxMessage)) or 0)

    async def registrations(self) -> list[Registration]:
        async with AsyncSession(self.engine) as s:
            return list(await s.scalars(select(Registration).where(Registration.event_key == EVENT)))

    async def close(self) -> None:
        await self.engine.dispose()


@dataclass
class Delegate:
    """One person registering: answers the newest question shown, as a person would, and keeps score."""

    api: LocalBotApi
    user: LocalUser
    index: int
    rng: random.Random
    think: tuple[float, float]
    db: Records
    trail: list[str] = field(default_factory=list)
    behind: list[str] = field(default_factory=list)  # shown, not stored
    waited: int = 0  # actions with no reply within RETRY_AFTER
    lost: list[int] = field(default_factory=list)  # update ids: no reply, nothing changed
    unanswered: int = 0  # no reply, but the change was stored (the documented at-most-once reply)
    apologies: int = 0
    others: int = 0  # replies that show no step (hints, stale-button notices)
    reference: str | None = None
    done: bool = False
    slowest: float = 0.0  # the longest wait for a reply that came

    @property
    def name(self) -> str:
        return f"{FIRST[self.index % len(FIRST)]} {LAST[self.index % len(LAST)]}"

    @property
    def country(self) -> str:
        return COUNTRIES[self.index % len(COUNTRIES)]

    @property
    def email(self) -> str:
        return f"delegate{self.index}@example.org"

    def actions(self) -> list[tuple[str, str]]:
        return [*rsvp_steps(EN, self.name, self.country, self.email), ("press", EN.confirm)]

    def note(self, line: str) -> None:
        self.trail.append(f"{time.strftime('%H:%M:%S')} {line}")

    async def act(self, kind: str, value: str) -> tuple[dict[str, Any] | None, bool, int]:
        """Send or press; (update, whether a reply came within RETRY_AFTER, the mark taken before)."""
        mark = self.api.mark()
        try:
            update = await (self.user.send(value) if kind == "send" else self.user.press(value))
        except ControlError:  # the question with that button was never shown
            return None, False, mark
        query = update.get("callback_query", {}).get("id")

        def replied() -> bool:
            if self.api.messages_since(mark, self.user.id):
                return True
            record = self.api.state.callbacks.get(query) if query else None
            return bool(record and record.answered and (record.answer or {}).get("text"))

        def complete() -> bool:
            """All of a reply of several messages: both of /start's, else the one showing a step."""
            new = [m for m in self.api.messages_since(mark, self.user.id) if m.created_seq > mark]
            if value.startswith("/start"):
                return len(new) >= 2
            return any(step_of(m) is not None for m in new)

        try:
            await self.api.wait_until(replied, RETRY_AFTER)
        except TimeoutError:
            return update, False, mark
        with contextlib.suppress(TimeoutError):  # a hint or a stale-button notice shows no step
            await self.api.wait_until(complete, 2.0)
        return update, True, mark

    def newest_step(self) -> tuple[int | None, MessageRecord | None]:
        for message in reversed(self.user.messages):
            if (step := step_of(message)) is not None:
                return step, message
        return None, None

    async def converse(self, stop_at: int = DONE, max_actions: int = 60) -> None:
        """/start, /register, then answer each question shown until `stop_at` is shown. An action that got
        no reply and changed nothing is made again; one that changed something is followed by /register."""
        plan = self.actions()
        action, stored = ("send", "/start rsd2026"), -1
        for _ in range(max_actions):
            await asyncio.sleep(self.rng.uniform(*self.think))
            t0 = time.monotonic()
            update, got, mark = await self.act(*action)
            if not got:
                if not await self._no_reply(action, update, stored):
                    action = ("send", "/register")
                continue
            waited = time.monotonic() - t0
            self.slowest = max(self.slowest, waited)
            pos, stored = await self._replied(f"{action[0]} {action[1]!r} ({waited:.1f} s)", mark)
            if pos is not None and pos >= stop_at:
                self.done = True
                return
            action = plan[pos] if pos is not None and pos >= 0 else ("send", "/register")
        self.note(f"gave up after {max_actions} actions")

    async def _no_reply(self, action: tuple[str, str], update: dict[str, Any] | None, stored: int) -> bool:
        """No reply within RETRY_AFTER: whether the action was lost (nothing changed: make it again)."""
        what = f"{action[0]} {action[1]!r}"
        if update is None:
            self.note(f"{what}: no such button shown; sends /register")
            return False
        self.waited += 1
        stored_now = await self.db.position(self.user.id)
        if stored_now != stored or await self.db.processed([update["update_id"]]):
            self.unanswered += 1
            self.note(f"{what}: no reply in {RETRY_AFTER:g} s, stored ({_step(stored_now)}); sends /register")
            return False
        self.lost.append(update["update_id"])
        self.note(f"{what}: no reply in {RETRY_AFTER:g} s, nothing changed: tries again")
        return True

    async def _replied(self, action: str, mark: int) -> tuple[int | None, int]:
        new = [m for m in self.api.messages_since(mark, self.user.id) if m.created_seq > mark]
        shown = [(s, m) for m in new if (s := step_of(m)) is not None]
        stored = await self.db.position(self.user.id)
        for step, message in shown:
            if step > stored:
                self.behind.append(f"shown {_step(step)}, stored {_step(stored)}")
            if step == DONE and (found := REFERENCE.search(message.text or "")):
                self.reference = found[0]
        if any("something went wrong" in (m.text or "") for m in new):
            self.apologies += 1
        elif not shown and "/start" not in action:
            self.others += 1
        pos, _ = self.newest_step()
        seen = (
            ", ".join(_step(s) for s, _ in shown) or f"no step: {(new[-1].text or '')[:60]!r}" if new else "-"
        )
        self.note(f"{action} -> {seen} (stored {_step(stored)})")
        return pos, stored


def _step(index: int | None) -> str:
    if index is None or index < 0:
        return "nothing"
    return "registered" if index == DONE else STEPS[index]


class BotClockEnv:
    """DELEGATEBOT_NOW for each start: the bot's clock runs on across restarts, optionally put forward."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.shift = timedelta(0)

    def now(self) -> str:
        return (BASE_NOW + timedelta(seconds=time.monotonic() - self.t0) + self.shift).isoformat()


class BotProcess:
    """`python -m bot run` against the local Bot API, killed and restarted as a supervisor would."""

    def __init__(self, api: LocalBotApi, url: str, workdir: Path) -> None:
        self.api, self.url, self.workdir = api, url, workdir
        self.clock = BotClockEnv()
        self.proc: asyncio.subprocess.Process | None = None
        self.launched = 0.0
        self.starts = self.kills = 0
        self.restarting: asyncio.Future[None] | None = None
        self.kill_notes: list[str] = []

    @property
    def log(self) -> Path:
        return self.workdir / "bot.log"

    async def start(self) -> None:
        ours = ("BOT_", "DATABASE_", "ORGANISER_", "SMTP_", "WEBHOOK_", "EVENTS_", "DELEGATEBOT_", "LOG_")
        env = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
        env.update(BOT_TOKEN=TOKEN, BOT_API_BASE_URL=self.api.base_url, DATABASE_URL=self.url)
        env.update(EVENTS_DIR=str(ROOT / "events"), ORGANISER_CHAT_ID=str(GROUP), SIGNING_KEY=SIGNING_KEY)
        env.update(DELEGATEBOT_NOW=self.clock.now(), PYTHONPATH=str(ROOT))
        self.launched = time.time()
        with self.log.open("ab") as log:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, cwd=self.workdir, stdout=log, stderr=log
            )
        self.starts += 1

    async def ready(self) -> float:
        """Wait until this start polls Telegram; the time it started polling."""

        def polling() -> float | None:
            for call in reversed(self.api.state.calls):
                if call.time < self.launched:
                    return None
                if call.method == "getUpdates":
                    return call.time
            return None

        try:
            return await self.api.wait_until(polling, PATIENT)
        except TimeoutError:
            raise RuntimeError(f"the bot did not start; its log ends:\n{self.tail()}") from None

    async def crash(self) -> None:
        """SIGKILL, then a restart (shielded: a cancelled caller never leaves the bot down)."""
        self.restarting = asyncio.ensure_future(self._crash())
        await asyncio.shield(self.restarting)

    async def _crash(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        await self.proc.wait()
        self.kills += 1
        await asyncio.sleep(RESTART_DELAY)
        await self.start()

    async def stop(self) -> None:
        if self.restarting is not None:
            await self.restarting
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.proc.wait(), 30)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()

    async def forward_past_lease(self) -> None:
        """Restart cleanly as if the lease of a dead process's claims had run out meanwhile."""
        await self.stop()
        self.clock.shift += LEASE + timedelta(seconds=5)
        await self.start()
        await self.ready()

    def tail(self, lines: int = 15) -> str:
        if not self.log.exists():
            return "(no log)"
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def errors(self) -> list[list[str]]:
        """ERROR lines of the log, each with the traceback lines (indented) that follow it."""
        found: list[list[str]] = []
        lines = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        for line in lines:
            if " ERROR " in line or " CRITICAL " in line:
                found.append([line])
            elif found and line.startswith((" ", "\t")) and len(found[-1]) < 40:
                found[-1].append(line)
        return found


def group_posts(api: LocalBotApi) -> Counter[str]:
    """How many organisers' group messages mention each reference."""
    seen: Counter[str] = Counter()
    for message in api.bot_messages(GROUP, include_deleted=True):
        seen.update(set(REFERENCE.findall(message.text or "")))
    return seen


def group_calls(api: LocalBotApi, since: float = 0.0) -> list[float]:
    """Times of the messages the bot sent (or edited) in the organisers' group."""
    methods = {"sendmessage", "editmessagetext"}
    return [
        c.time
        for c in api.state.calls
        if c.ok
        and c.time >= since
        and c.method.lower() in methods
        and str(c.params.get("chat_id")) == str(GROUP)
    ]


@dataclass
class CrashRun:
    """What a run with kills measured."""

    delegates: list[Delegate]
    registrations: list[Registration]
    posts: Counter[str]
    kills: int
    starts: int
    seconds: float
    forwarded: bool
    open_rows: int
    late: int  # lost actions whose update was processed after all (after the retry)
    errors: list[list[str]]
    kill_notes: list[str]


async def settle(bot: BotProcess, db: Records) -> tuple[bool, int]:
    """Wait until the outbox is empty (putting the clock past the lease if claims of a dead process hold
    it up); (whether the clock was put forward, rows still open)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if await db.outbox_open() == 0:
            return False, 0
        await asyncio.sleep(0.2)
    await bot.forward_past_lease()
    deadline = time.monotonic() + 90
    while (left := await db.outbox_open()) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    await asyncio.sleep(1.0)
    return True, left


# When to kill next: (the process, the local API, the random source, whether delegates are still talking).
Moment = Callable[["BotProcess", LocalBotApi, random.Random, Callable[[], bool]], Awaitable[bool]]


async def crash_run(
    url: str,
    workdir: Path,
    people: int,
    kills: int,
    rng: random.Random,
    *,
    think: tuple[float, float],
    moment: Moment,
    after_talks: bool,
    group_delay: float = 0.0,
    first_user: int = 10_000,
) -> CrashRun:
    """Delegates register while the process is killed up to `kills` times, at moments `moment` picks
    (after the conversations are over too, if `after_talks`); then the outbox settles."""
    started = time.monotonic()
    async with LocalBotApi(token=TOKEN) as api:
        api.add_group(GROUP, "ISU organisers")
        if group_delay:
            api.add_fault(Fault.slow("sendMessage", group_delay, times=-1, chat_id=GROUP))
        bot, db = BotProcess(api, url, workdir), Records(url)
        killer: asyncio.Future[None] | None = None
        try:
            await bot.start()
            await bot.ready()
            crowd = [
                Delegate(
                    api,
                    api.user(first_user + i, first_name=FIRST[i % len(FIRST)], language_code="en"),
                    i,
                    random.Random(rng.random()),
                    think,
                    db,
                )
                for i in range(people)
            ]
            talks = asyncio.gather(*(d.converse() for d in crowd))
            stop = (lambda: False) if after_talks else talks.done

            def talking() -> bool:
                return not talks.done()

            def describe() -> str:
                talking = sum(not d.done for d in crowd)
                posts = _group_attempts(api, 0.0)
                flying = sum(c.duration == 0.0 and c.result is None for c in posts)
                return f"{talking} talking, {len(posts)} group posts sent or sending ({flying} in flight)"

            killer = asyncio.ensure_future(_kill_loop(bot, api, rng, kills, moment, stop, talking, describe))
            await talks
            if not after_talks:
                killer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await killer
            if bot.restarting is not None:
                await bot.restarting
            await bot.ready()
            forwarded, open_rows = await settle(bot, db)
            registrations = await db.registrations()
            lost = [u for d in crowd for u in d.lost]
            late = len(await db.processed(lost)) if lost else 0
        finally:
            if killer is not None:
                killer.cancel()
            await bot.stop()
            await db.close()
        return CrashRun(
            crowd,
            registrations,
            group_posts(api),
            bot.kills,
            bot.starts,
            time.monotonic() - started,
            forwarded,
            open_rows,
            late,
            bot.errors(),
            bot.kill_notes,
        )


async def _kill_loop(
    bot: BotProcess,
    api: LocalBotApi,
    rng: random.Random,
    kills: int,
    moment: Moment,
    stop: Callable[[], bool],
    talking: Callable[[], bool],
    describe: Callable[[], str],
) -> None:
    started = time.monotonic()
    for _ in range(kills):
        if not await moment(bot, api, rng, talking) or stop():
            return
        bot.kill_notes.append(f"at {time.monotonic() - started:.1f} s: {describe()}")
        await bot.crash()


async def while_talking(
    bot: BotProcess, api: LocalBotApi, rng: random.Random, talking: Callable[[], bool]
) -> bool:
    """(a) A moment 0.5-8 s after the bot is serving again."""
    await bot.ready()
    await asyncio.sleep(rng.uniform(0.5, 8.0))
    return True


async def while_posting(
    bot: BotProcess, api: LocalBotApi, rng: random.Random, talking: Callable[[], bool]
) -> bool:
    """(b) Just after the 1st-3rd group post this start attempted (False: the delegates are done and it
    has posted nothing for 12 s)."""
    since = await bot.ready()
    wanted = rng.randint(1, 3)
    while len(posts := _group_attempts(api, since)) < wanted:
        if not talking() and time.time() - max([since, *(c.time for c in posts)]) > 12.0:
            return False
        with contextlib.suppress(TimeoutError):
            await api.wait_until(lambda: len(_group_attempts(api, since)) >= wanted, 1.0)
    await asyncio.sleep(rng.uniform(0.0, 0.25))
    return True


def _group_attempts(api: LocalBotApi, since: float) -> list[CallRecord]:
    """Group sendMessage calls that reached the server since `since` (answered or still held)."""
    return [
        c
        for c in api.state.calls
        if c.time >= since and c.method == "sendMessage" and str(c.params.get("chat_id")) == str(GROUP)
    ]


class Logged(logging.Handler):
    """What the in-process bot logs at WARNING and above, kept to be summarised rather than printed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.name}: {record.getMessage()}"[:200])

    def since(self, n: int) -> list[str]:
        return [line for line in self.lines[n:] if "SIGNING_KEY" not in line]


LOGGED = Logged()


def in_process(api: LocalBotApi, url: str, **extra: object) -> RunningBot:
    """The real Application in this process (production pacing), its clock running from 2026-03-20."""
    settings = load_settings(
        _env_file=None,
        BOT_TOKEN=TOKEN,
        BOT_API_BASE_URL=api.base_url,
        DATABASE_URL=url,
        EVENTS_DIR=str(ROOT / "events"),
        SIGNING_KEY=SIGNING_KEY,
        **extra,
    )
    return RunningBot(settings, StartedClock(BASE_NOW))


SPREAD = 2.0  # (c) spread out: each delegate pauses 0-2 s before each /help


async def timed_help(users: list[LocalUser], rounds: int, spread: float = 0.0) -> list[float]:
    """Each user sends /help `rounds` times (all at once, or each after a seeded pause of 0-`spread` s);
    the waits for the replies, in seconds."""

    async def one(u: LocalUser) -> list[float]:
        rng, waits = random.Random(u.id), []
        for _ in range(rounds):
            await asyncio.sleep(rng.uniform(0.0, spread))
            t0 = time.perf_counter()
            await u.send("/help")
            await u.replies(1, timeout=60)
            waits.append(time.perf_counter() - t0)
        return waits

    return [w for waits in await asyncio.gather(*(one(u) for u in users)) for w in waits]


@dataclass
class Bystanders:
    waits: dict[tuple[str, bool], list[float]]  # (burst | spread, faulted) -> waits
    within: float  # seconds the faulted measurements took, from the faults (they last 20 s)
    held: dict[str, float]  # the two held-up delegates: seconds until their reply
    saturated: float  # one delegate's wait while UPDATE_WORKERS chats wait out a 429
    workers: int
    logged: list[str]


async def bystanders(url: str, others: int, rounds: int = 3) -> Bystanders:
    """(c) M delegates' /help, without and then with one reply held 20 s and another refused with a 429;
    then one delegate's while as many chats as there are update workers wait out a 429."""
    first_line = len(LOGGED.lines)
    async with LocalBotApi(token=TOKEN) as api, in_process(api, url) as running:
        workers = running.settings.update_workers
        users = [api.user(30_000 + i, first_name="By", language_code="en") for i in range(others)]
        slow = api.user(39_001, first_name="Sol", language_code="en")
        limited = api.user(39_002, first_name="Lu", language_code="en")
        crowd = [api.user(39_100 + i, first_name="Lim", language_code="en") for i in range(workers)]
        for u in (*users, slow, limited, *crowd):  # first contact (a user row) is not what is measured
            await u.send("/start rsd2026")
            await u.replies(2, timeout=60)
        await timed_help(users, 1)  # warm-up, not measured
        waits = {("burst", False): await timed_help(users, rounds)}
        waits["spread", False] = await timed_help(users, rounds, SPREAD)
        api.add_fault(Fault.slow("sendMessage", 20.0, chat_id=slow.id))
        api.add_fault(Fault.flood("sendMessage", retry_after=20, chat_id=limited.id))
        t0 = time.perf_counter()
        held = [asyncio.ensure_future(_answered_after(u, t0)) for u in (slow, limited)]
        await api.wait_until(lambda: not api.faults.faults, 30.0)  # each fault has met its reply
        waits["burst", True] = await timed_help(users, rounds)
        waits["spread", True] = await timed_help(users, rounds, SPREAD)
        within = time.perf_counter() - t0
        slow_s, limited_s = await asyncio.gather(*held)
        for u in crowd:
            api.add_fault(Fault.flood("sendMessage", retry_after=SATURATE_S, chat_id=u.id))
        waiting = [asyncio.ensure_future(_answered_after(u, t0)) for u in crowd]
        await api.wait_until(lambda: not api.faults.faults, 30.0)
        (saturated,) = await timed_help(users[:1], 1)
        await asyncio.gather(*waiting)
    held_s = {"held 20 s": slow_s, "refused (429, 20 s)": limited_s}
    return Bystanders(waits, within, held_s, saturated, workers, LOGGED.since(first_line))


SATURATE_S = 8  # (c) the 429 that the UPDATE_WORKERS chats wait out


async def _answered_after(u: LocalUser, t0: float) -> float:
    """Send /help; seconds from t0 until the reply arrives."""
    await u.send("/help")
    await u.replies(1, timeout=60)
    return time.perf_counter() - t0


@dataclass
class Pace:
    people: int
    references: list[str]  # of the confirmed registrations
    calls: list[float]
    posts: Counter[str]
    observed: float
    quick: bool
    failed: Counter[str]  # Bot API calls answered with an error, by method and error
    pressed: float  # time.time() of the presses
    logged: list[str]


async def group_pace(url: str, people: int, quick: bool, first_user: int = 50_000) -> Pace:
    """(d) `people` delegates press Confirm at once; the organisers' group messages and their times."""
    first_line = len(LOGGED.lines)
    async with LocalBotApi(token=TOKEN) as api:
        api.add_group(GROUP, "ISU organisers")
        db = Records(url)
        try:
            async with in_process(api, url, ORGANISER_CHAT_ID=GROUP):
                crowd = [
                    Delegate(
                        api,
                        api.user(first_user + i, first_name="Cr", language_code="en"),
                        i,
                        random.Random(i),
                        (0.0, 0.0),
                        db,
                    )
                    for i in range(people)
                ]
                await asyncio.gather(*(d.converse(stop_at=SUMMARY) for d in crowd))
                t0 = time.time()
                await asyncio.gather(*(d.user.press(EN.confirm) for d in crowd))
                observed = await _observe_group(api, db, t0, quick)
                confirmed = [r.reference for r in await db.registrations() if r.status == "confirmed"]
        finally:
            await db.close()
        calls = group_calls(api, t0)
        failed = Counter(
            f"{c.method} {c.error_code} {c.description}"
            for c in api.calls(errors_only=True)
            if c.method != "getUpdates"  # at stop, PTB's last getUpdates ends the abandoned long poll (409)
        )
        posts = group_posts(api)
        return Pace(people, confirmed, calls, posts, observed, quick, failed, t0, LOGGED.since(first_line))


async def _observe_group(api: LocalBotApi, db: Records, t0: float, quick: bool) -> float:
    """Watch the group until every registration is in it and it has been quiet a while, or a time limit
    (75 s with --quick, else 5 minutes and one more minute after the last registration appeared)."""
    cap, quiet = (75.0, 3.0) if quick else (300.0, 60.0)
    while (elapsed := time.time() - t0) < cap:
        refs = {r.reference for r in await db.registrations()}
        calls = group_calls(api, t0)
        if refs and refs <= set(group_posts(api)) and calls and time.time() - calls[-1] >= quiet:
            break
        await asyncio.sleep(0.5)
    return elapsed


def busiest_minute(times: list[float]) -> int:
    """The most messages in any 60-second window."""
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - 60.0:
            j += 1
        best = max(best, i - j + 1)
    return best


# --- reporting -----------------------------------------------------------------------------------------


def row(label: str, value: object, target: str = "") -> None:
    print(f"    {label:<52} {value!s:>12}   {target}")


def report_crashes(title: str, run: CrashRun, people: int, kills: int, trails: bool) -> None:
    crowd = run.delegates
    behind = [(d, b) for d in crowd for b in d.behind]
    stored_refs = {r.reference: r for r in run.registrations}
    unstored = [d for d in crowd if d.reference and d.reference not in stored_refs]
    dupes = sum(n - 1 for n in run.posts.values() if n > 1)
    missing = [r.reference for r in run.registrations if r.reference not in run.posts]
    mismatched = [(r, diff) for r in run.registrations if (diff := _not_as_typed(r, crowd))]
    per_crash = f"{dupes / run.kills:.2f}" if run.kills else "-"
    forwarded = ", clock put past the 2-min claim lease to settle" if run.forwarded else ""
    print(
        f"\n  {title}: {people} delegates, {run.kills} of {kills} kills, {run.starts} starts, "
        f"{run.seconds:.0f} s{forwarded}"
    )
    for note in run.kill_notes:
        print(f"    kill {note}")
    row("shown but not stored (step or confirmation)", len(behind) + len(unstored), "target 0")
    lost = sum(len(d.lost) for d in crowd)
    row("lost (no reply in 15 s, nothing changed)", lost, "target 0")
    row("  processed later after all (delayed, not lost)", run.late)
    row("  never processed", lost - run.late, "target 0")
    row("actions that needed a retry (no reply in 15 s)", sum(d.waited for d in crowd))
    row("  stored, reply lost in the crash (at most once)", sum(d.unanswered for d in crowd))
    row("longest wait for a reply that came, s", f"{max(d.slowest for d in crowd):.1f}")
    row("duplicate organisers' posts", dupes, "target ≤ 1 per crash")
    row("  duplicates per crash", per_crash)
    row("registrations with no organisers' post", len(missing), "target 0")
    row(
        "registrations / delegates done",
        f"{len(run.registrations)}/{sum(d.done for d in crowd)}",
        f"of {people}",
    )
    row("stored answers ≠ typed (a retry applied twice)", len(mismatched))
    row(
        "apologies / other replies (hints, stale buttons)",
        f"{sum(d.apologies for d in crowd)}/{sum(d.others for d in crowd)}",
    )
    row("outbox rows still open after settling", run.open_rows, "target 0")
    row("ERROR lines in the bot's log", len(run.errors))
    for first, *_ in run.errors[:5]:
        print(f"      {first[:160]}")
    if run.errors:
        print("      the first one in full:")
        for line in run.errors[0][1:]:
            print(f"      {line[:200]}")
    odd = {d.index for d, _ in behind} | {d.index for d in unstored} | {d.index for d in crowd if d.lost}
    odd |= {d.index for d in crowd if d.apologies or not d.done}
    for d in crowd:
        if d.index in odd or trails:
            print(f"    delegate {d.user.id} ({d.reference or 'no reference'}): {'; '.join(d.behind) or ''}")
            for line in d.trail:
                print(f"      {line}")
    if missing:
        print(f"    no post: {', '.join(missing)}")
    for reg, diff in mismatched:
        print(f"    {reg.reference} (delegate {reg.user_id}) stored {diff}")
    for ref, n in sorted(run.posts.items()):
        if n > 1:
            print(f"    {ref}: {n} group messages")


def _not_as_typed(reg: Registration, crowd: list[Delegate]) -> str:
    """The stored answers that differ from what the delegate typed for them ("" if none)."""
    d = next((d for d in crowd if d.user.id == reg.user_id), None)
    if d is None:
        return "(no such delegate)"
    typed = {"full_name": d.name, "position": "Focal point", "organisation": "Ministry of Foreign Affairs"}
    typed["email"] = d.email
    wrong = {k: v for k, v in typed.items() if getattr(reg, k) != v}
    return ", ".join(f"{k} {getattr(reg, k)!r} (typed {v!r})" for k, v in wrong.items())


def report_bystanders(c: Bystanders, others: int) -> None:
    print(f"\n  (c) nobody waits for someone else: {others} delegates send /help 3 times each, in process")
    print(f"    {'':<52} {'no faults':>12}   {'one held 20 s + one 429':>24}   ratio")
    how = {"burst": "all at once", "spread": f"each after 0-{SPREAD:g} s"}
    for mode, label in how.items():
        base, hit = c.waits[mode, False], c.waits[mode, True]
        for name, f in (("worst", max), ("p99", lambda v: pct(v, 99)), ("p50", statistics.median)):
            b, h = f(base), f(hit)
            print(f"    {f'{label}: {name} wait, s':<52} {b:12.3f}   {h:24.3f}   {h / b:5.2f}x")
    worst = max(max(c.waits["burst", True]), max(c.waits["spread", True]))
    row("worst wait of the unaffected, with faults, s", f"{worst:.3f}", "target ≤ 1 s")
    row("  measured within the 20 s the two were held", "yes" if c.within < 20 else f"no ({c.within:.0f} s)")
    for name, seconds in c.held.items():
        row(f"  the delegate whose reply was {name}: answered", f"{seconds:.1f} s")
    row(
        f"a /help while {c.workers} chats wait out a 429 ({SATURATE_S} s)",
        f"{c.saturated:.1f} s",
        f"(UPDATE_WORKERS={c.workers}; replies are sent in the worker slot)",
    )
    print_logged(c.logged)


def report_pace(p: Pace) -> None:
    print(f"\n  (d) organisers' group pace: {p.people} delegates confirm at once, in process")
    times = sorted(p.calls)
    span = times[-1] - times[0] if times else 0.0
    if span >= 60.0 or not p.quick:
        row("most group messages in any 60-second window", busiest_minute(times), "target ≤ 20")
    else:
        row(
            f"group messages in the {max(span, 0.001):.1f} s they took (< 60 s, --quick)",
            len(times),
            "target ≤ 20 a minute",
        )
    row("group messages in all", len(times))
    row("observed for, s", f"{p.observed:.0f}", "(--quick: at most 75 s)" if p.quick else "")
    row("last group message, s after the presses", f"{times[-1] - p.pressed:.1f}" if times else "-")
    once = sum(p.posts[ref] == 1 for ref in p.references)
    row("confirmed registrations", f"{len(p.references)}/{p.people}")
    row(
        "registrations in the group exactly once",
        f"{once}/{len(p.references)}",
        f"target {p.people}/{p.people}",
    )
    missing, repeated = sum(p.posts[r] == 0 for r in p.references), sum(p.posts[r] > 1 for r in p.references)
    row("  not in it / more than once", f"{missing}/{repeated}")
    row("failed Bot API calls (other than polling)", sum(p.failed.values()))
    for error, n in p.failed.most_common(5):
        print(f"      {n} × {error}")
    print_logged(p.logged)


def print_logged(lines: list[str]) -> None:
    row("warnings and errors the bot logged", len(lines))
    for line, n in Counter(lines).most_common(5):
        print(f"      {n} × {line}")


# --- databases and main ----------------------------------------------------------------------------------


class Database:
    """A fresh, empty database for each part: a temporary SQLite file, or a PostgreSQL scratch database."""

    def __init__(self, pg: bool, tmp: Path) -> None:
        self.pg, self.tmp, self.n = pg, tmp, 0

    @property
    def label(self) -> str:
        if self.pg:
            return f"PostgreSQL ({PG_URL.rsplit('/', 1)[0]}/{SCRATCH}, a scratch database)"
        return "SQLite (a temporary file per part)"

    async def __aenter__(self) -> Database:
        if self.pg:
            await self._admin(
                f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)', f'CREATE DATABASE "{SCRATCH}"'
            )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.pg:
            await self._admin(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')

    async def _admin(self, *statements: str) -> None:
        engine = create_async_engine(PG_URL, isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as conn:
                for statement in statements:
                    await conn.execute(text(statement))
        finally:
            await engine.dispose()

    async def fresh(self) -> tuple[str, Path]:
        """(database URL, a working directory) for the next part."""
        self.n += 1
        workdir = self.tmp / f"part{self.n}"
        workdir.mkdir()
        if not self.pg:
            return f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}", workdir
        url = f"{PG_URL.rsplit('/', 1)[0]}/{SCRATCH}"
        await empty_postgresql(url)
        return url, workdir


async def one_database(args: argparse.Namespace, pg: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-reliability-") as tmp:
        async with Database(pg, Path(tmp)) as db:
            load = " ".join(f"{x:.2f}" for x in os.getloadavg())
            print(f"\ndatabase: {db.label} · load average {load}")
            for part in args.parts:
                try:
                    await PARTS[part](args, db)
                except Exception as exc:  # a part that cannot run is reported; the others still run
                    print(f"\n  ({part}) could not run: {type(exc).__name__}: {exc}")


async def part_a(args: argparse.Namespace, db: Database) -> None:
    url, workdir = await db.fresh()
    rng = random.Random(args.seed)
    run = await crash_run(
        url,
        workdir,
        args.delegates,
        args.kills,
        rng,
        think=(0.5, 2.5),
        moment=while_talking,
        after_talks=False,
    )
    report_crashes("(a) kills during conversations", run, args.delegates, args.kills, args.trails)


async def part_b(args: argparse.Namespace, db: Database) -> None:
    url, workdir = await db.fresh()
    rng = random.Random(args.seed + 1)
    run = await crash_run(
        url,
        workdir,
        args.confirmations,
        args.kills,
        rng,
        think=(0.0, 0.0),
        moment=while_posting,
        after_talks=True,
        group_delay=0.3,
        first_user=20_000,
    )
    report_crashes(
        "(b) outbox sends under kills (group answers after 0.3 s)",
        run,
        args.confirmations,
        args.kills,
        args.trails,
    )


async def part_c(args: argparse.Namespace, db: Database) -> None:
    url, _ = await db.fresh()
    report_bystanders(await bystanders(url, args.bystanders), args.bystanders)


async def part_d(args: argparse.Namespace, db: Database) -> None:
    url, _ = await db.fresh()
    report_pace(await group_pace(url, args.crowd, args.quick))


PARTS: dict[str, Callable[[argparse.Namespace, Database], Awaitable[None]]] = {
    "a": part_a,
    "b": part_b,
    "c": part_c,
    "d": part_d,
}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--pg",
        action="store_true",
        default=os.environ.get("BENCH_PG") == "1",
        help="also on PostgreSQL (or BENCH_PG=1)",
    )
    parser.add_argument("--kills", type=int, default=3, help="SIGKILLs in (a) and in (b)")
    parser.add_argument("--delegates", type=int, default=10, help="delegates registering in (a)")
    parser.add_argument("--confirmations", type=int, default=20, help="registrations in (b)")
    parser.add_argument("--bystanders", type=int, default=20, help="unaffected delegates in (c)")
    parser.add_argument("--crowd", type=int, default=50, help="delegates confirming at once in (d)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--trails", action="store_true", help="print every delegate's steps in (a), (b)")
    parser.add_argument("--parts", default="abcd", help="which parts to run, e.g. ab")
    quick = parser.add_mutually_exclusive_group()
    quick.add_argument(
        "--quick",
        dest="quick",
        action="store_true",
        default=True,
        help="(d) watch the group at most 75 s (default)",
    )
    quick.add_argument(
        "--full",
        dest="quick",
        action="store_false",
        help="(d) watch until every registration is posted, up to 5 min, then 1 min more",
    )
    return parser.parse_args()


async def main() -> None:
    args = arguments()
    logging.getLogger().addHandler(LOGGED)  # the in-process bot's warnings are summarised, not printed
    cpus = os.cpu_count()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"delegatebot reliability · load average {load} ({cpus} CPUs) · seed {args.seed}")
    started = time.monotonic()
    await one_database(args, pg=False)
    if args.pg:
        await one_database(args, pg=True)
    print(f"\ndone in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    asyncio.run(main())
