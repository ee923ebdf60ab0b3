"""Helpers for the burst benchmark: the delegates' driver over the local Bot API, databases, logs, memory.

Reply times are taken by the local Bot API itself when it stores a bot message (a hook on its state), so a
busy driver does not inflate them, and each delegate waits on its own chat instead of every waiter being
woken by every message.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
import resource
import socket
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

from localapi import ControlError, LocalBotApi, LocalUser
from storage.db import Database
from storage.models import Registration, User
from tests.conftest import DEFAULT_NOW
from tests.support.database import empty_postgresql


@dataclass(frozen=True)
class Step:
    """One action of a delegate: its category for the figures, what is done, how many replies follow."""

    kind: str  # command | text | button | write
    action: str  # send | press (a None value presses forged data: the echo bot's buttons)
    value: str | None
    replies: int = 1


class Replies:
    """When the bot's messages reached the local Bot API, per chat (sent or edited), and waits per chat;
    apologies (the bot's reply when an update failed) are counted apart."""

    def __init__(self, api: LocalBotApi, apologies: frozenset[str] = frozenset()) -> None:
        self.times: dict[int, list[float]] = defaultdict(list)
        self.apologies = 0
        self._waiting: dict[int, tuple[int, asyncio.Future[None]]] = {}
        state = api.state
        add, touch = state.add_message, state.touch

        def added(chat: Any, message: Any, *, from_bot: bool, **extra: Any) -> Any:
            record = add(chat, message, from_bot=from_bot, **extra)
            if from_bot:
                self.apologies += message.get("text") in apologies
                self._seen(chat.id)
            return record

        def touched(record: Any, previous: Any = None) -> None:
            touch(record, previous)
            if record.from_bot and not record.deleted:
                self._seen(record.chat_id)

        state.add_message, state.touch = added, touched  # type: ignore[method-assign]

    def _seen(self, chat_id: int) -> None:
        times = self.times[chat_id]
        times.append(time.perf_counter())
        waiting = self._waiting.get(chat_id)
        if waiting and len(times) >= waiting[0] and not waiting[1].done():
            waiting[1].set_result(None)

    async def wait(self, chat_id: int, count: int, timeout: float) -> bool:
        """Whether the chat has `count` bot messages within `timeout` seconds."""
        if len(self.times[chat_id]) >= count:
            return True
        future = asyncio.get_running_loop().create_future()
        self._waiting[chat_id] = (count, future)
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            return False
        finally:
            self._waiting.pop(chat_id, None)
        return True


@dataclass
class Outcome:
    """What the delegates saw: latencies (ms) by step kind, lost replies, and the run's span."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    lost: list[str] = field(default_factory=list)
    expected: int = 0  # replies the completed steps called for
    started: float = 0.0
    last_reply: float = 0.0


async def _act(user: LocalUser, step: Step) -> None:
    if step.action == "send":
        await user.send(step.value or "")
    elif step.value is None:
        await user.press(data="press", force=True)
    else:
        await user.press(step.value)


async def delegate(
    user: LocalUser, script: list[Step], replies: Replies, out: Outcome, timeout: float, pace: float = 0.0
) -> None:
    """Perform the steps one after the other, each waiting for its replies; stop at the first lost one.
    With a pace, a person's pause (0.5 to 1.5 times it) comes between a reply and the next step."""
    times, pauses = replies.times[user.chat_id], random.Random(user.id)
    for i, step in enumerate(script):
        if pace and i:
            await asyncio.sleep(pace * pauses.uniform(0.5, 1.5))
        before, start = len(times), time.perf_counter()
        try:
            await _act(user, step)
        except ControlError as exc:
            out.lost.append(f"{step.kind} {step.value!r}: {exc}"[:200])
            return
        if not await replies.wait(user.chat_id, before + step.replies, timeout):
            out.lost.append(f"{step.kind} {step.value!r}: no reply within {timeout:g} s")
            return
        out.latencies[step.kind].append((times[before] - start) * 1000)
        out.expected += step.replies
        out.last_reply = max(out.last_reply, times[before + step.replies - 1])


async def drive(
    people: list[tuple[LocalUser, list[Step]]], replies: Replies, timeout: float, pace: float = 0.0
) -> Outcome:
    """All delegates at once."""
    out = Outcome(started=time.perf_counter())
    await asyncio.gather(*(delegate(u, script, replies, out, timeout, pace) for u, script in people))
    return out


def pct(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method); NaN for no values."""
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_average() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def peak_rss_mib() -> float:
    """Peak resident set size of this process (ru_maxrss, KiB on Linux), in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def vm_hwm_mib(pid: int) -> float:
    """Peak resident set size of another live process (VmHWM), in MiB; NaN if unreadable."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(found[1]) / 1024 if found else float("nan")


# --- logs ------------------------------------------------------------------------------------------


class LogTally(logging.Handler):
    """Counts WARNING and worse records of this process (the bot's, and the local API's apart), with a
    few distinct samples, instead of printing them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()
        self.samples: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        side = "api" if record.name.startswith("localapi") else "bot"
        self.counts[f"{side} {record.levelname}"] += 1
        if record.exc_info:
            self.counts[f"{side} Traceback"] += 1
        if record.levelno >= logging.ERROR:
            cause = record.exc_info[1] if record.exc_info else None
            self.samples[
                f"{record.name}: {record.getMessage()[:120]}" + (f" ({cause!r:.80})" if cause else "")
            ] += 1


def scan_log(path: Path, counts: Counter[str], samples: Counter[str]) -> None:
    """A bot process's log file: ERROR, CRITICAL, WARNING and Traceback lines."""
    for line in path.read_text(errors="replace").splitlines():
        for word in ("ERROR", "CRITICAL", "WARNING"):
            if f" {word} " in line:
                counts[f"bot {word}"] += 1
                if word != "WARNING":
                    samples[re.sub(r"^\S+ \S+ ", "", line)[:160]] += 1
        if "Traceback" in line:
            counts["bot Traceback"] += 1


# --- databases ---------------------------------------------------------------------------------------

STORED_USER_BASE = 50_000_000


async def ensure_pg_database(url: str) -> None:
    """Create the PostgreSQL database of `url` if it does not exist."""
    parsed = make_url(url)
    conn = await asyncpg.connect(
        host=parsed.host, port=parsed.port or 5432, user=parsed.username, password=parsed.password,
        database="postgres",
    )  # fmt: skip
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", parsed.database):
            await conn.execute(f'CREATE DATABASE "{parsed.database}"')
    finally:
        await conn.close()


async def prepare(url: str, stored: int) -> float:
    """Empty PostgreSQL's public schema (a SQLite URL is a new file), migrate, insert `stored` confirmed
    registrations (and their users) in one transaction; seconds taken."""
    began = time.perf_counter()
    database = Database(url)
    if not database.is_sqlite:
        await empty_postgresql(url)
    await database.migrate()
    if stored:
        people = [_stored(i, stored) for i in range(stored)]
        async with database.engine.begin() as conn:
            await conn.execute(insert(User), [u for u, _ in people])
            await conn.execute(insert(Registration), [r for _, r in people])
            await conn.execute(text("ANALYZE"))  # as autovacuum would have done by then
    await database.dispose()
    return time.perf_counter() - began


def _stored(i: int, n: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The i-th of n earlier delegates: a user and a confirmed registration, spread over 30 days."""
    at = DEFAULT_NOW - timedelta(days=30) * (1 - i / n)
    user = {"id": STORED_USER_BASE + i, "language": ("es", "en")[i % 2], "language_chosen": False}
    user |= {"current_event": "rsd2026", "created_at": at, "updated_at": at}
    registration = {
        "user_id": user["id"], "event_key": "rsd2026", "reference": f"SEED-{i:06d}", "status": "confirmed",
        "language": user["language"], "full_name": f"Delegate {i}", "position": "Focal point",
        "delegation_type": "state", "country": ("CO", "PE", "CL", "EC", "AR", "MX")[i % 6],
        "organisation": "Ministry of Foreign Affairs", "email": f"s{i}@example.org", "phone": None,
        "attendance_mode": "in_person", "interpretation_language": "es", "accessibility": [],
        "dietary": "none", "answers": {}, "consent_at": at, "created_at": at, "updated_at": at,
    }  # fmt: skip
    return user, registration


async def confirmed(url: str, first_user: int, last_user: int) -> int:
    """Confirmed rsd2026 registrations of users in [first_user, last_user]."""
    database = Database(url)
    try:
        async with database.session() as session:
            query = text(
                "SELECT count(*) FROM registrations WHERE event_key = 'rsd2026' AND status = 'confirmed' "
                "AND user_id BETWEEN :first AND :last"
            )
            return int(await session.scalar(query, {"first": first_user, "last": last_user}) or 0)
    finally:
        await database.dispose()


async def database_size(url: str) -> tuple[float, str]:
    """The database's size in MiB, and how it was measured."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        files = [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
        return sum(p.stat().st_size for p in files) / 2**20, "+".join(p.name for p in files) or "missing"
    database = Database(url)
    try:
        async with database.session() as session:
            size = await session.scalar(text("SELECT pg_database_size(current_database())"))
    finally:
        await database.dispose()
    return int(size or 0) / 2**20, "pg_database_size"
