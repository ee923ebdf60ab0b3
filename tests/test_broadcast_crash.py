"""Broadcasts survive a kill -9 of the process sending them: after a restart delivery resumes by itself,
nobody is lost, and the one message Telegram accepted while the process died (the documented window: one
per sending lane per crash) is the only one that may be sent twice. (The local Bot API drops a request
whose client died, so here it arrives once; Telegram may deliver it.)"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import insert

from localapi import Fault, LocalBotApi
from storage.db import Database
from storage.models import Broadcast, Registration, User
from tests.conftest import DEFAULT_NOW
from tests.support.broadcasts import begin_broadcast
from tests.support.database import rows
from tests.support.process import bot_env
from tests.support.process import start as start_process
from tests.support.waiting import PATIENCE, eventually

PEOPLE = 30
FIRST = 7_000_000
SLOW = FIRST + 12  # Telegram takes its time to answer this one: the process dies meanwhile


async def seed_and_start(url: str) -> int:
    """PEOPLE confirmed registrations for rsd2026, and a broadcast to all of them, started."""
    db = Database(url)
    await db.migrate()
    users = [
        {"id": FIRST + i, "language": ("es", "en")[i % 2], "language_chosen": False, "reminders_off": False}
        | {"created_at": DEFAULT_NOW, "updated_at": DEFAULT_NOW}
        for i in range(PEOPLE)
    ]
    registrations = [
        {"user_id": u["id"], "event_key": "rsd2026", "reference": f"KILL-{i:04d}", "status": "confirmed"}
        | {"language": u["language"], "answers": {}, "delegation_type": "state", "country": "PE"}
        | {"consent_at": DEFAULT_NOW, "created_at": DEFAULT_NOW, "updated_at": DEFAULT_NOW}
        for i, u in enumerate(users)
    ]
    try:
        async with db.session() as session:
            await session.execute(insert(User), users)
            await session.execute(insert(Registration), registrations)
    finally:
        await db.dispose()
    broadcast_id, count = await begin_broadcast(url, "Notice", DEFAULT_NOW)
    assert count == PEOPLE
    return broadcast_id


async def test_a_broadcast_killed_mid_send_resumes_after_restart_losing_nobody_doubling_at_most_one(
    local_api: LocalBotApi, database_url: str, tmp_path: Path
) -> None:
    for i in range(PEOPLE):
        local_api.user(FIRST + i, first_name="D", language_code=("es", "en")[i % 2])
    broadcast_id = await seed_and_start(database_url)
    local_api.add_fault(Fault.slow("sendMessage", 30.0, chat_id=SLOW))
    env = bot_env(local_api, database_url, BROADCAST_RATE="10")

    def delivered() -> Counter[int]:
        """Messages each recipient has in their chat (what Telegram accepted, not what was attempted)."""
        return Counter({FIRST + i: len(local_api.messages_since(0, FIRST + i)) for i in range(PEOPLE)})

    proc = await start_process("run", env, tmp_path, tmp_path / "bot.log")
    try:
        # The slow send has started (Telegram will accept it once its delay is over): kill the process now.
        await eventually(
            lambda: [c for c in local_api.calls("sendMessage") if c.params.get("chat_id") == str(SLOW)],
            timeout=3 * PATIENCE,
        )
    finally:
        proc.kill()
        await proc.wait()
    sent_before = sum(delivered().values())
    assert 0 < sent_before < PEOPLE and delivered()[SLOW] == 0  # the slow one is still on its way
    proc = await start_process("run", env, tmp_path, tmp_path / "bot-restarted.log")
    try:
        done = await eventually(
            lambda: rows(database_url, Broadcast, Broadcast.id == broadcast_id),
            lambda found: found[0].status == "done",
            timeout=4 * PATIENCE,
        )
        assert done
    finally:
        proc.kill()
        await proc.wait()
    counts = delivered()
    assert all(counts[FIRST + i] >= 1 for i in range(PEOPLE))  # nobody lost
    doubled = {chat: n for chat, n in counts.items() if n > 1}
    assert set(doubled) <= {SLOW} and doubled.get(SLOW, 1) <= 2  # at most the one in flight at the kill
    attempts = [c for c in local_api.calls("sendMessage") if c.params.get("chat_id") == str(SLOW)]
    assert len(attempts) == 2  # sent again by the restarted process (its first try died with the process)
