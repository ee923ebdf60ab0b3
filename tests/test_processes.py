"""Real processes: webhook mode stopped by SIGTERM mid-conversation loses nothing; a standby poller takes
over when the polling process dies."""

from __future__ import annotations

import signal
from pathlib import Path

from localapi import LocalBotApi
from tests.support.process import bot_env, start, webhook_env
from tests.support.registration import EN, Stored, say, tap
from tests.support.smtp import free_port
from tests.support.waiting import PATIENCE, eventually


async def test_sigterm_mid_conversation_in_webhook_mode_loses_nothing(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    port = free_port()
    env = webhook_env(local_api, database_url, port)
    log = tmp_path / "bot.log"
    proc = await start("webhook", env, tmp_path, log)
    u = local_api.user(4501, first_name="Tere", language_code="en")
    try:
        await u.send("/start rsd2026")
        await u.replies(2, PATIENCE)
        await say(u, "/register")
        await tap(u, EN.agree)
        await u.send("Teresa Gómez")  # the answer to the name step, with SIGTERM right behind it
        proc.send_signal(signal.SIGTERM)
        assert await proc.wait() == 0
        proc = await start("webhook", env, tmp_path, log)
        # Processed before the stop, or delivered again by Telegram to the restarted process.
        drafts = await eventually(
            lambda: Stored(database_url).drafts(u.id), lambda d: d and "full_name" in d[0].data
        )
        assert drafts[0].data["full_name"] == "Teresa Gómez"
        reply = await say(u, "Adviser")  # the conversation goes on at the next step
        assert "represent" in reply.text.lower() or "organisation" in reply.text.lower()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert await proc.wait() == 0
    assert b"Traceback" not in log.read_bytes()


async def test_a_standby_poller_takes_over_when_the_poller_dies(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    env = bot_env(local_api, database_url)
    first_log, second_log = tmp_path / "first.log", tmp_path / "second.log"
    first = await start("run", env, tmp_path, first_log)
    u = local_api.user(4502, first_name="Ugo", language_code="en")
    assert "/register" in (await say(u, "/help")).text
    second = await start("run", env, tmp_path, second_log)
    try:
        await eventually(second_log.read_text, lambda text: "standing by" in text)
        first.kill()
        await first.wait()
        await u.send("/help")
        (reply,) = await u.replies(1, PATIENCE)
        assert "/register" in reply.text
        assert "polling lock held" in second_log.read_text()
    finally:
        second.send_signal(signal.SIGTERM)
        assert await second.wait() == 0
