"""Nothing lost when the process dies: updates are stored before Telegram hears they were received, and
processed after a restart; an update that cannot be read is skipped, and polling goes on."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.localrun import RunningBot
from localapi import Fault, LocalBotApi
from tests.support.process import bot_env, start
from tests.support.registration import say
from tests.support.waiting import PATIENCE, eventually


async def _run(local_api: LocalBotApi, database_url: str, cwd: Path) -> asyncio.subprocess.Process:
    return await start("run", bot_env(local_api, database_url), cwd, cwd / "bot.log")


def _acknowledged(local_api: LocalBotApi, update_id: int) -> bool:
    """Telegram forgets an update once the bot asked for a later offset."""
    return all(p["update_id"] != update_id for p in local_api.state.updates.pending)


async def test_an_update_acknowledged_but_not_processed_before_a_kill_is_processed_after_restart(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    proc = await _run(local_api, database_url, tmp_path)
    u = local_api.user(4301, first_name="Ada", language_code="en")
    try:
        await u.send("/start rsd2026")
        await u.replies(2, 3 * PATIENCE)  # the process may take a while to start on a loaded machine
        local_api.add_fault(Fault.slow("sendMessage", 120.0, chat_id=u.id))
        await u.send("/help")  # processed; its reply is held by Telegram
        waiting = await u.send("/language")  # received, then waits behind /help in this chat
        await eventually(lambda: _acknowledged(local_api, waiting["update_id"]))
    finally:
        proc.kill()
        await proc.wait()
    local_api.clear_faults()
    proc = await _run(local_api, database_url, tmp_path)
    try:
        await local_api.wait_until(
            lambda: any("language" in m.text.lower() for m in u.messages), 3 * PATIENCE
        )
    finally:
        proc.kill()
        await proc.wait()


async def test_an_unreadable_update_is_logged_once_and_skipped(
    local_api: LocalBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    bad = local_api.state.updates.push("poll", {"id": "1", "question": "?"})  # options and more are missing
    u = local_api.user(4302, first_name="Bo", language_code="en")
    reply = await say(u, "/help")
    assert "/register" in reply.text
    skipped = [r for r in caplog.records if "could not be read" in r.getMessage()]
    assert len(skipped) == 1 and str(bad["update_id"]) in skipped[0].getMessage()
    assert "question" not in skipped[0].getMessage()
