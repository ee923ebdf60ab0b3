"""A burst of delegates at once, end to end over the local Bot API: the real bot against a bare
python-telegram-bot echo bot (the ceiling), polling and webhook, one process and two. Prints figures;
asserts nothing and is not part of pytest.

Each of N delegates, all at once, sends `/start rsd2026`, three free-text questions, `/register` and a full
RSVP (tests/support/registration.rsvp_steps, English labels, then Confirm): 17 updates, each sent as soon
as the previous one is answered (a closed loop: the worst burst; `--pace S` adds a person's pause). Kinds:
command (/start, /register), free text (the questions), button press (the RSVP's buttons but Confirm) and
writing step (the RSVP's typed answers and Confirm). The echo bot gets the same shape: the same texts and
commands (one constant reply each) and as many button presses (answerCallbackQuery and one message each);
it processes 16 updates at once, as the bot's UPDATE_WORKERS does. In a closed loop each delegate has one
update waiting, so latency is about N / throughput (Little's law): the latency target is a throughput one.

Modes, each in a fresh process of its own (so that its peak RSS is its own) after one or two warm-up
delegates: the echo bot (polling); polling, 1 process (in process: RunningBot, flood_limits=False, as
bench/updates.py); webhook, 1 process (in process: build_application + WebServer, flood_limits=False);
with --pg also webhook, 2 processes: two `python -m bot webhook` behind a round-robin proxy in this
bench. Those run as in production, with the bot's own pacing of 30 messages/s per process, which caps
that mode near 60 replies/s. The organisers' group exists (ORGANISER_CHAT_ID), so the outbox posts too.

Latency is from injecting an update to the bot's first reply reaching the local Bot API. Peak RSS of the
in-process modes includes the local API and the driver; for 2 processes it is each bot's VmHWM. Errors
are the bot's ERROR/CRITICAL/Traceback log lines (captured in process; the processes' log files).

Run: `.venv/bin/python bench/burst.py [--delegates N] [--stored N] [--pace S] [--pg [URL]]`. Without --pg:
SQLite (a temporary file); --pg: PostgreSQL only (default URL below; its public schema is emptied before
each mode: never point it at data you keep). --stored N first inserts N confirmed registrations (issue
targets: 10,000). The default is 150 delegates, not 500: 500 took 10 minutes on this 2-core machine (the
bot answers ~35 updates/s in process), 150 takes about 4; `--delegates 500` for the full burst.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "true")

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402
from telegram import Update  # noqa: E402
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler  # noqa: E402
from telegram.ext import filters as tg_filters  # noqa: E402

from bench._common import (  # noqa: E402
    LogTally,
    Replies,
    Step,
    confirmed,
    database_size,
    drive,
    ensure_pg_database,
    free_port,
    load_average,
    pct,
    peak_rss_mib,
    prepare,
    scan_log,
    vm_hwm_mib,
)
from bot.app import ALLOWED_UPDATES, build_application  # noqa: E402
from bot.clock import FixedClock  # noqa: E402
from bot.config import Settings, load_settings  # noqa: E402
from bot.i18n import I18n  # noqa: E402
from bot.localrun import RunningBot  # noqa: E402
from bot.web import SECRET_HEADER, WebServer  # noqa: E402
from localapi import LocalBotApi  # noqa: E402
from tests.conftest import DEFAULT_NOW, EVENTS_DIR  # noqa: E402
from tests.support.registration import EN, rsvp_steps  # noqa: E402

TOKEN = "123456:BENCH-burst"
BOT_USERNAME = "burst_bench_bot"
SECRET = "burst-bench-webhook-secret-0123"
SIGNING_KEY = "burst-bench-signing-key-0123456789"
PATH = "/telegram/hook"
GROUP = -1009990077
PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/bench"
FIRST_USER, WARM_USER = 1_000_000, 900_000
WORKERS, POOL = 16, 256  # the bot's UPDATE_WORKERS default and connection pool, given to the echo bot too
QUESTIONS = (
    "when is the dialogue?", "¿hay patrocinio para Colombia?", "what is the venue?",
    "¿habrá interpretación?", "who pays the flight?", "hasta cuando me puedo inscribir",
)  # fmt: skip
COUNTRIES = ("Colombia", "Peru", "Chile", "Ecuador", "Argentina")
FIRST = ("Ana", "Bruno", "Carla", "Diego", "Elena", "Fabio", "Gloria", "Hugo", "Irene", "Julio", "Lucía")
LAST = ("Rojas", "Mendoza", "Quispe", "Salazar", "Vargas", "Castro", "Núñez")
TITLES = {
    "echo": "echo bot (bare python-telegram-bot, polling, 1 process): the ceiling",
    "polling": "polling, 1 process (in process)",
    "webhook": "webhook, 1 process (in process)",
    "pair": "webhook, 2 processes (python -m bot webhook x2, round-robin proxy)",
}

SHORT = {"echo": "echo bot (ceiling)", "polling": "polling, 1 process", "webhook": "webhook, 1 process"}
SHORT["pair"] = "webhook, 2 processes"


def script(n: int) -> list[Step]:
    """Delegate n's 17 updates."""
    name = f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]}"
    rsvp = rsvp_steps(EN, name, COUNTRIES[n % len(COUNTRIES)], f"delegate{n}@example.org")
    steps = [Step("command", "send", "/start rsd2026", replies=2)]
    steps += [Step("text", "send", QUESTIONS[(n + k) % len(QUESTIONS)]) for k in range(3)]
    steps.append(Step("command", "send", "/register"))
    steps += [Step("write", "send", v) if a == "send" else Step("button", "press", v) for a, v in rsvp]
    return [*steps, Step("write", "press", EN.confirm)]


def echo_script(n: int) -> list[Step]:
    """The same shape for the echo bot: one reply to everything, forged button data."""
    return [Step(s.kind, s.action, None if s.action == "press" else s.value) for s in script(n)]


def bot_settings(api: LocalBotApi, url: str) -> Settings:
    """In-process bots' settings (the processes get the same through their environment)."""
    return load_settings(
        _env_file=None, BOT_TOKEN=TOKEN, BOT_API_BASE_URL=api.base_url, DATABASE_URL=url,
        EVENTS_DIR=str(EVENTS_DIR), ORGANISER_CHAT_ID=str(GROUP), SIGNING_KEY=SIGNING_KEY,
    )  # fmt: skip


# --- the modes (each a context serving the bot while the delegates run) ------------------------------


async def echo_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await context.bot.send_message(update.effective_chat.id, "Thanks for your message.")


async def echo_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, "Thanks for pressing.")


@asynccontextmanager
async def echo_bot(api: LocalBotApi, url: str, info: dict[str, Any]) -> AsyncIterator[None]:
    builder = ApplicationBuilder().token(TOKEN).base_url(api.base_url).base_file_url(api.base_file_url)
    app = builder.concurrent_updates(WORKERS).connection_pool_size(POOL).build()
    app.add_handler(MessageHandler(tg_filters.TEXT, echo_text))
    app.add_handler(CallbackQueryHandler(echo_press))
    async with app:
        await app.updater.start_polling(poll_interval=0, timeout=5)
        await app.start()
        try:
            yield
        finally:
            await app.updater.stop()
            await app.stop()


@asynccontextmanager
async def polling_bot(api: LocalBotApi, url: str, info: dict[str, Any]) -> AsyncIterator[None]:
    async with RunningBot(bot_settings(api, url), FixedClock(DEFAULT_NOW), flood_limits=False):
        yield


@asynccontextmanager
async def webhook_bot(api: LocalBotApi, url: str, info: dict[str, Any]) -> AsyncIterator[None]:
    settings = bot_settings(api, url)
    app = build_application(settings, FixedClock(DEFAULT_NOW), flood_limits=False)
    server = WebServer(app, PATH, SECRET, "127.0.0.1", 0)
    await app.initialize()
    await app.start()
    await server.start()
    hook = f"http://127.0.0.1:{server.port}{PATH}"
    await app.bot.set_webhook(
        hook, secret_token=SECRET, allowed_updates=ALLOWED_UPDATES,
        max_connections=settings.webhook_max_connections,
    )  # fmt: skip
    try:
        yield
    finally:
        await server.stop()
        await app.stop()
        await app.shutdown()


class RoundRobin:
    """A tiny reverse proxy: each update goes to the next backend (one kept-alive client session)."""

    def __init__(self, backends: list[int]) -> None:
        self.backends, self.port, self.turn = backends, free_port(), 0
        self.http: aiohttp.ClientSession | None = None
        self.runner: web.AppRunner | None = None

    async def forward(self, request: web.Request) -> web.Response:
        body, headers = await request.read(), {SECRET_HEADER: request.headers.get(SECRET_HEADER, "")}
        headers["Content-Type"] = request.headers.get("Content-Type", "application/json")
        assert self.http is not None
        for _ in self.backends:
            self.turn = (self.turn + 1) % len(self.backends)
            try:
                url = f"http://127.0.0.1:{self.backends[self.turn]}{request.path}"
                async with self.http.post(url, data=body, headers=headers) as response:
                    return web.Response(status=response.status)
            except aiohttp.ClientConnectionError:
                continue
        return web.Response(status=502)

    async def start(self) -> None:
        self.http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=200))
        app = web.Application()
        app.router.add_post(PATH, self.forward)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
        if self.http is not None:
            await self.http.close()


def process_env(api: LocalBotApi, url: str, proxy: int, port: int) -> dict[str, str]:
    return {
        **os.environ, "BOT_TOKEN": TOKEN, "BOT_API_BASE_URL": api.base_url, "DATABASE_URL": url,
        "EVENTS_DIR": "events", "WEBHOOK_URL": f"http://127.0.0.1:{proxy}{PATH}", "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port), "ORGANISER_CHAT_ID": str(GROUP),
        "SIGNING_KEY": SIGNING_KEY, "DELEGATEBOT_NOW": DEFAULT_NOW.isoformat(),
    }  # fmt: skip


async def until_ready(port: int, proc: asyncio.subprocess.Process, log: Path) -> None:
    """Wait for GET /readyz to answer 200 (at most 90 s)."""
    deadline = time.monotonic() + 90
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline and proc.returncode is None:
            try:
                async with http.get(f"http://127.0.0.1:{port}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError(f"bot on port {port} not ready; its log:\n{log.read_text()[-2000:]}")


async def start_bot(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    """`python -m bot webhook`, its log (stderr) going to a file."""
    with log.open("ab") as sink:
        command = (sys.executable, "-m", "bot", "webhook")
        return await asyncio.create_subprocess_exec(*command, env=env, cwd=ROOT, stdout=sink, stderr=sink)


async def stop_bots(procs: list[asyncio.subprocess.Process]) -> None:
    """SIGTERM (they finish what they hold), then wait; SIGKILL after 30 s."""
    for proc in procs:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            await asyncio.wait_for(proc.wait(), 30)
        except TimeoutError:
            proc.kill()
            await proc.wait()


@asynccontextmanager
async def two_processes(api: LocalBotApi, url: str, info: dict[str, Any]) -> AsyncIterator[None]:
    ports = [free_port(), free_port()]
    proxy = RoundRobin(ports)
    await proxy.start()
    info["warm"] = 2
    with tempfile.TemporaryDirectory(prefix="burst-") as tmp:
        logs = [Path(tmp) / f"bot{i}.log" for i in range(2)]
        procs = [await start_bot(process_env(api, url, proxy.port, p), logs[i]) for i, p in enumerate(ports)]
        try:
            for port, proc, log in zip(ports, procs, logs, strict=True):
                await until_ready(port, proc, log)
            yield
            info["process_rss"] = [vm_hwm_mib(p.pid) for p in procs]
        finally:
            await stop_bots(procs)
            await proxy.stop()
            for log in logs:
                scan_log(log, info["tally"].counts, info["tally"].samples)


MODES: dict[str, Callable[[LocalBotApi, str, dict[str, Any]], AbstractAsyncContextManager[None]]] = {
    "echo": echo_bot, "polling": polling_bot, "webhook": webhook_bot, "pair": two_processes,
}  # fmt: skip


# --- one mode, in a child process --------------------------------------------------------------------


async def warm_up(api: LocalBotApi, replies: Replies, steps: Callable[[int], list[Step]], count: int) -> None:
    """A delegate or two open the event and ask once (first-use costs: indexes, connections)."""
    people = [
        (api.user(WARM_USER + k, first_name="Warm", language_code="en"), steps(k)[:2]) for k in range(count)
    ]
    out = await drive(people, replies, 90)
    if out.lost:
        raise RuntimeError(f"warm-up failed: {out.lost}")


async def child(mode: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    """Serve the mode, run the burst, return the figures."""
    tally, load_start = LogTally(), load_average()
    info: dict[str, Any] = {"warm": 1, "tally": tally}
    logging.getLogger().addHandler(tally)
    steps = echo_script if mode == "echo" else script
    async with LocalBotApi(token=TOKEN, bot_username=BOT_USERNAME) as api:
        api.add_group(GROUP, "Organisers")
        i18n = I18n()
        replies = Replies(api, frozenset(i18n.t(lang, "error-generic") for lang in ("en", "es")))
        async with MODES[mode](api, url, info):
            await warm_up(api, replies, steps, info["warm"])
            users = [
                api.user(FIRST_USER + n, first_name=FIRST[n % len(FIRST)]) for n in range(args.delegates)
            ]
            people = [(u, steps(n)) for n, u in enumerate(users)]
            out = await drive(people, replies, args.timeout, args.pace)
            await asyncio.sleep(1.0)  # late replies, or more than asked for
            extra = sum(len(replies.times[u.id]) for u in users) - out.expected
    return {
        "latencies": out.latencies, "seconds": out.last_reply - out.started, "lost": out.lost,
        "extra": extra, "apologies": replies.apologies, "rss": peak_rss_mib(),
        "process_rss": info.get("process_rss"), "logs": dict(tally.counts),
        "samples": tally.samples.most_common(8),
        "load": [load_start, load_average()],
    }  # fmt: skip


# --- the parent: prepares databases, runs each mode, reports ------------------------------------------


async def run_mode(mode: str, url: str, args: argparse.Namespace) -> dict[str, Any] | None:
    """The mode in a fresh process; its figures, or None if it failed."""
    command = [sys.executable, __file__, "--child", mode, "--url", url]
    command += ["--delegates", str(args.delegates), "--timeout", str(args.timeout), "--pace", str(args.pace)]
    proc = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE)
    stdout, _ = await proc.communicate()
    lines = [line for line in stdout.decode().splitlines() if line.startswith("RESULT ")]
    if proc.returncode or not lines:
        print(f"!! {TITLES[mode]}: failed (exit status {proc.returncode})", flush=True)
        return None
    return json.loads(lines[-1].removeprefix("RESULT "))


KINDS = (("command", "command"), ("text", "free text"), ("button", "button press"), ("write", "writing step"))
TARGET_MS = 150.0


def everything(result: dict[str, Any]) -> list[float]:
    return [ms for values in result["latencies"].values() for ms in values]


def rate(result: dict[str, Any]) -> float:
    return len(everything(result)) / result["seconds"] if result["seconds"] > 0 else float("nan")


def latency_table(result: dict[str, Any]) -> None:
    print(f"  {'latency, ms':16}{'count':>7}{'p50':>9}{'p95':>9}{'p99':>9}")
    rows = [(label, result["latencies"].get(kind, [])) for kind, label in KINDS]
    for label, values in [*rows, ("all", everything(result))]:
        cells = "".join(f"{pct(values, q):9.0f}" for q in (50, 95, 99))
        print(f"  {label:16}{len(values):7}{cells}")


def versus_echo(result: dict[str, Any], echo: dict[str, Any]) -> None:
    mine, theirs = pct(result["latencies"]["write"], 99), pct(echo["latencies"]["write"], 99)
    verdict = "met" if mine <= theirs + TARGET_MS else "missed"
    print(
        f"  writing-step p99 {mine:.0f} ms vs the echo bot's {theirs:.0f} ms (same steps): "
        f"{mine / theirs:.2f}x, {mine - theirs:+.0f} ms (target <= echo + {TARGET_MS:.0f} ms: {verdict})"
    )


def memory_and_logs(result: dict[str, Any]) -> None:
    if result["process_rss"]:
        bots = ", ".join(f"{mib:.0f}" for mib in result["process_rss"])
        print(
            f"  peak RSS: bot processes (VmHWM) {bots} MiB; bench process (local API, driver, proxy) "
            f"{result['rss']:.0f} MiB"
        )
    else:
        print(f"  peak RSS: {result['rss']:.0f} MiB (one process: the bot, the local API and the driver)")
    logs = Counter(result["logs"])
    bot = ", ".join(f"{logs[f'bot {w}']} {w}" for w in ("ERROR", "CRITICAL", "Traceback", "WARNING"))
    api = sum(logs[f"api {w}"] for w in ("ERROR", "CRITICAL"))
    print(f"  logs: bot {bot}; local API {api} ERROR/CRITICAL")
    for line, count in result["samples"]:
        print(f"    x{count}: {line}")


def report(mode: str, result: dict[str, Any], echo: dict[str, Any] | None, db: dict[str, Any] | None) -> None:
    """One mode's block of figures."""
    updates = len(everything(result))
    versus = f" = {rate(result) / rate(echo):.2f}x the echo bot" if echo and echo is not result else ""
    print(f"\n== {TITLES[mode]} ==")
    print(f"  load average at start {result['load'][0]}, at end {result['load'][1]}")
    print(f"  {updates} updates answered in {result['seconds']:.1f} s: {rate(result):.1f} updates/s{versus}")
    lost = result["lost"]
    print(
        f"  lost replies (a delegate who then stops): {len(lost)}; apologies (an update failed): "
        f"{result['apologies']}; extra messages: {result['extra']}"
    )
    for reason in Counter(lost).most_common(3):
        print(f"    x{reason[1]}: {reason[0]}")
    if db:
        print(
            f"  registrations confirmed by the delegates: {db['confirmed']}/{db['delegates']} "
            f"(+{db['stored']} stored before); database size {db['size']:.1f} MiB ({db['how']})"
        )
    latency_table(result)
    if echo and echo is not result:
        versus_echo(result, echo)
    memory_and_logs(result)


def summary(backend: str, results: list[tuple[str, dict[str, Any]]], echo: dict[str, Any] | None) -> None:
    """One line per mode; times in ms, peak RSS in MiB (the bots' largest for 2 processes)."""
    head = ("upd/s", "x echo", "write p99", "vs echo", "all p99", "lost", "apologies", "errors", "RSS")
    print(f"\n{'summary (' + backend + ')':28}" + "".join(f"{h:>10}" for h in head))
    base = pct(echo["latencies"]["write"], 99) if echo else float("nan")
    for mode, r in results:
        write = pct(r["latencies"].get("write", []), 99)
        errors = sum(Counter(r["logs"])[f"bot {w}"] for w in ("ERROR", "CRITICAL"))
        ratio = rate(r) / rate(echo) if echo else float("nan")
        rss = max(r["process_rss"] or [r["rss"]])
        cells = (f"{rate(r):.1f}", f"{ratio:.2f}", f"{write:.0f}", f"{write - base:+.0f}")
        cells += (
            f"{pct(everything(r), 99):.0f}",
            str(len(r["lost"])),
            str(r["apologies"]),
            str(errors),
            f"{rss:.0f}",
        )
        print(f"{SHORT[mode]:28}" + "".join(f"{c:>10}" for c in cells))


async def run_backend(
    name: str,
    urls: Callable[[str], str],
    modes: list[str],
    args: argparse.Namespace,
    echo: dict[str, Any] | None,
) -> list[tuple[str, dict[str, Any]]]:
    """Each mode on a database of its own (emptied, with the stored registrations), then its figures."""
    results = []
    for mode in modes:
        url = urls(mode)
        seeded = await prepare(url, args.stored)
        print(
            f"\n[{name}: schema emptied and migrated, {args.stored} registrations stored in {seeded:.1f} s]"
        )
        result = await run_mode(mode, url, args)
        if result is None:
            continue
        size, how = await database_size(url)
        last = FIRST_USER + args.delegates - 1
        db = {"confirmed": await confirmed(url, FIRST_USER, last), "delegates": args.delegates}
        report(mode, result, echo, db | {"stored": args.stored, "size": size, "how": how})
        results.append((mode, result))
    return results


async def main(args: argparse.Namespace) -> None:
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs; load average at start {load_average()}"
    )
    pace = f"a pause of ~{args.pace:g} s before each next step" if args.pace else "no pause between steps"
    print(
        f"{args.delegates} delegates at once, 17 updates each, {pace}; "
        f"{args.stored} registrations stored first"
    )
    echo = await run_mode("echo", "", args)
    if echo is not None:
        report("echo", echo, echo, None)
    with tempfile.TemporaryDirectory() as tmp:
        if args.pg:
            await ensure_pg_database(args.pg)
            runs = await run_backend(
                "PostgreSQL", lambda _: args.pg, ["polling", "webhook", "pair"], args, echo
            )
        else:
            sqlite = lambda mode: f"sqlite+aiosqlite:///{tmp}/burst-{mode}.sqlite3"  # noqa: E731
            runs = await run_backend("SQLite", sqlite, ["polling", "webhook"], args, echo)
    summary("PostgreSQL" if args.pg else "SQLite", ([("echo", echo)] if echo else []) + runs, echo)
    print(f"\nload average at end {load_average()}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--delegates", type=int, default=150, help="delegates at once (default 150)")
    parser.add_argument(
        "--pace", type=float, default=0.0,
        help="seconds a person pauses between a reply and the next step (0.5 to 1.5 times it; default 0)",
    )  # fmt: skip
    parser.add_argument("--stored", type=int, default=0, help="confirmed registrations inserted first")
    parser.add_argument(
        "--pg", nargs="?", const=PG_URL, help=f"PostgreSQL instead of SQLite (default {PG_URL})"
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds a delegate waits for each reply (default 60)"
    )
    parser.add_argument("--child", choices=sorted(MODES), help=argparse.SUPPRESS)
    parser.add_argument("--url", default="", help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    arguments = parse_args()
    if arguments.child:
        figures = asyncio.run(child(arguments.child, arguments.url, arguments))
        print("RESULT " + json.dumps(figures), flush=True)
    else:
        asyncio.run(main(arguments))
