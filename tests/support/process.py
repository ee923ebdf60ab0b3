"""The real `delegatebot` command as a separate process, against the in-process local Bot API."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from localapi import LocalBotApi
from tests.conftest import EVENTS_DIR, TOKEN

WEBHOOK_SECRET = "process-webhook-secret-0123456789"


def bot_env(local_api: LocalBotApi, database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a bot process talking to the local Bot API."""
    return {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_BASE_URL": local_api.base_url,
        "DATABASE_URL": database_url,
        "EVENTS_DIR": str(EVENTS_DIR),
        "DELEGATEBOT_NOW": "2026-03-20T15:00:00Z",
        **extra,
    }


async def start(command: str, env: dict[str, str], cwd: Path, log: Path) -> asyncio.subprocess.Process:
    """`delegatebot COMMAND`, its log (stderr) going to a file."""
    with log.open("ab") as sink:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", command, env=env, cwd=cwd, stdout=sink, stderr=sink
        )


def webhook_env(local_api: LocalBotApi, database_url: str, port: int) -> dict[str, str]:
    """Webhook mode on 127.0.0.1:`port`."""
    return bot_env(
        local_api,
        database_url,
        WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/hook",
        WEBHOOK_SECRET=WEBHOOK_SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
