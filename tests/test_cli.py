"""The command line: settings errors, check-events, and a piped try session, as separate processes."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from localapi import LocalBotApi
from tests.conftest import EVENTS_DIR, ROOT, TOKEN

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
        ["try", "--lang", "en", "--event", "rsd2026", "--as-of", "2026-03-20"],
        {"EVENTS_DIR": str(EVENTS_DIR)},
        stdin="7\n2\n/help\n/quit\n",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
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
