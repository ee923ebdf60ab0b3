"""The command line: settings errors, check-events, and a piped try session, as separate processes."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from localapi import Fault, LocalBotApi
from tests.conftest import EVENTS_DIR, ROOT, TOKEN
from tests.support.registration import EN, register
from tests.support.waiting import PATIENCE

CLI = [sys.executable, "-m", "bot"]


def run(
    args: list[str], env: dict[str, str] | None = None, stdin: str = "", cwd: Path = ROOT
) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL", "ORGANISER_IDS"}}
    return subprocess.run(
        CLI + args,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**base, **(env or {})},
        cwd=cwd,
    )


def test_invalid_setting_is_one_clear_line_and_status_2(tmp_path: Path) -> None:
    result = run(["run"], {"BOT_TOKEN": "x", "ORGANISER_IDS": "12,abc"}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "delegatebot: ORGANISER_IDS: expected comma-separated Telegram user ids, e.g. 12345,67890"
    ]


def test_missing_token_is_named(tmp_path: Path) -> None:
    result = run(["run"], cwd=tmp_path)
    assert result.returncode == 2
    assert "BOT_TOKEN" in result.stderr and "Traceback" not in result.stderr


def test_bad_database_url_is_named(tmp_path: Path) -> None:
    result = run(["run"], {"BOT_TOKEN": "1:x", "DATABASE_URL": "mysql://nope"}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("delegatebot: DATABASE_URL: expected sqlite+aiosqlite")


def test_check_events_passes_on_seeds_and_fails_precisely_on_a_broken_copy(tmp_path: Path) -> None:
    ok = run(["check-events", str(EVENTS_DIR)])
    assert ok.returncode == 0, ok.stdout + ok.stderr
    broken = tmp_path / "events"
    shutil.copytree(EVENTS_DIR, broken)
    path = broken / "rsd2026.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'timezone = "America/El_Salvador"', 'timezone = "America/San_Salvador"'
        )
    )
    bad = run(["check-events", str(broken)])
    assert bad.returncode == 1
    assert "rsd2026.toml: timezone" in bad.stdout
    assert "America/El_Salvador" in bad.stdout  # the hint suggests the right zone


def test_piped_try_session_shows_the_menu_and_follows_a_button(tmp_path: Path) -> None:
    result = run(
        ["try", "--lang", "en", "--event", "rsd2026", "--as-of", "2026-03-20", "--name", "Ana"],
        {"EVENTS_DIR": str(EVENTS_DIR)},
        stdin="7\n2\n/help\n/quit\n",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Hello, Ana!" in out and "Delegate" not in out  # greeted by the name given
    assert "Regional Stakeholder Dialogue in the Americas" in out
    assert "[1] 📅 Programme" in out and "[8] 🔁 Other event" in out
    assert "(pressed: 🌐 Language)" in out and "Choose your language:" in out
    assert "(pressed: Español)" in out and "Listo: le escribiré en español." in out
    assert "Respondo preguntas" in out  # /help, now in Spanish


async def test_run_serves_real_updates_and_stops_cleanly_on_sigterm(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_BASE_URL": local_api.base_url,
        "DATABASE_URL": database_url,
        "EVENTS_DIR": str(EVENTS_DIR),
        "DELEGATEBOT_NOW": "2026-03-20T15:00:00Z",
    }
    proc = await asyncio.create_subprocess_exec(
        *CLI, "run", env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        u = local_api.user(4001, first_name="Ana", language_code="es")
        await u.send("/start rsd2026")
        greeting, header = await u.replies(2, timeout=30)
        assert greeting.text.startswith("¡Hola, Ana!")
        assert "Primera semana de mayo de 2026" in header.text
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode == 0, err.decode()
    assert TOKEN not in err.decode()


def test_an_unknown_log_format_or_level_is_one_clear_line_and_status_2(tmp_path: Path) -> None:
    result = run(["run"], {"BOT_TOKEN": "1:x", "LOG_FORMAT": "xml"}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("delegatebot: LOG_FORMAT: ") and "Traceback" not in result.stderr
    result = run(["run"], {"BOT_TOKEN": "1:x", "LOG_LEVEL": "loud"}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "delegatebot: LOG_LEVEL: expected DEBUG, INFO, WARNING, ERROR or CRITICAL"
    ]


async def start_bot(
    api: LocalBotApi, database_url: str, tmp_path: Path, **settings: str
) -> tuple[asyncio.subprocess.Process, Path]:
    """`delegatebot run` against the local Bot API; its log goes to a file (a pipe nobody reads fills up)."""
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_BASE_URL": api.base_url,
        "DATABASE_URL": database_url,
        "EVENTS_DIR": str(EVENTS_DIR),
        "DELEGATEBOT_NOW": "2026-03-20T15:00:00Z",
        **settings,
    }
    log_path = tmp_path / "bot.log"
    with log_path.open("wb") as log_file:
        proc = await asyncio.create_subprocess_exec(
            *CLI, "run", env=env, cwd=tmp_path, stdout=log_file, stderr=subprocess.STDOUT
        )
    return proc, log_path


async def exit_status(proc: asyncio.subprocess.Process, stop: bool = False) -> int:
    """Wait for the process to end (after SIGTERM if `stop`); a process still alive after PATIENCE fails."""
    if stop and proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return await asyncio.wait_for(proc.wait(), timeout=PATIENCE * 2)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise AssertionError("delegatebot run is still alive") from None


async def test_a_debug_log_of_a_registration_holds_no_token_and_no_personal_data(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    name, email, phone = "Zacarías Quispe Mamani", "zquispe@cancilleria.example", "+51 987 654 321"
    question = f"Can someone call me at {phone} about the hotel?"
    proc, log_path = await start_bot(local_api, database_url, tmp_path, LOG_LEVEL="DEBUG")
    try:
        u = local_api.user(4101, first_name="Zacarías", last_name="Quispe", language_code="en")
        confirmation = await register(u, EN, name, "Peru", email)
        assert "RSD-" in confirmation.text
        await u.send(question)
        await u.replies(1, PATIENCE)
    finally:
        status = await exit_status(proc, stop=True)
    written = log_path.read_text(encoding="utf-8")
    assert status == 0, written[-3000:]
    assert " DEBUG " in written and "Application started" in written
    secret_or_personal = [TOKEN, TOKEN.partition(":")[2], "Zacar", "Quispe", email, "cancilleria", phone]
    secret_or_personal += ["Ministry of Foreign Affairs", "Focal point", question, "hotel"]
    assert [word for word in secret_or_personal if word in written] == []


async def test_a_token_refused_at_start_exits_3_in_one_line_without_the_token(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    revoked = "123456:REVOKED-token-0123456789"
    proc, log_path = await start_bot(local_api, database_url, tmp_path, BOT_TOKEN=revoked, LOG_LEVEL="DEBUG")
    status = await exit_status(proc)
    written = log_path.read_text(encoding="utf-8")
    assert status == 3, written[-3000:]
    assert "REVOKED" not in written and "Traceback" not in written
    refused = [line for line in written.splitlines() if "refused the bot token" in line]
    assert len(refused) == 1 and " CRITICAL bot.cli: " in refused[0] and "with status 3" in refused[0]


async def test_a_401_while_polling_exits_3_and_the_json_log_is_one_object_per_line(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    proc, log_path = await start_bot(local_api, database_url, tmp_path, LOG_LEVEL="DEBUG", LOG_FORMAT="json")
    try:
        u = local_api.user(4102, first_name="Anacleta", language_code="es")
        await u.send("/start rsd2026")
        await u.replies(2, PATIENCE)
        local_api.add_fault(Fault.server_error("getUpdates", 502))  # retried: one warning line
        local_api.add_fault(Fault(method="getUpdates", error_code=401, description="Unauthorized", times=-1))
        await u.send("/help")  # ends the long poll in progress; the next getUpdates fail
    finally:
        status = await exit_status(proc)
    written = log_path.read_text(encoding="utf-8")
    assert status == 3, written[-3000:]
    entries = [json.loads(line) for line in written.splitlines()]
    assert all({"time", "level", "logger", "message"} <= entry.keys() for entry in entries)
    retried = [e for e in entries if e["message"].startswith("polling for updates failed")]
    assert len(retried) == 1 and "Bad Gateway" in retried[0]["message"] and retried[0]["level"] == "WARNING"
    refused = [e for e in entries if "refused the bot token" in e["message"]]
    assert (
        len(refused) == 1 and "with status 3" in refused[0]["message"] and refused[0]["level"] == "CRITICAL"
    )
    tracebacks = [e["exception"] for e in entries if "exception" in e]
    assert any("telegram.error.InvalidToken: Unauthorized" in tb and "\n" in tb for tb in tracebacks)
    assert TOKEN not in written and TOKEN.partition(":")[2] not in written and "Anacleta" not in written
