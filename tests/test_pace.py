"""The pace shared by processes: two processes (two engines on one database) taking send slots at once get
slots at least the spacing apart, and a hold stops both; processes alive share the reply rate."""

from __future__ import annotations

import asyncio
import itertools

from bot.workers.liveness import Liveness
from storage.db import Database
from storage.pace import PaceRepository


async def take(db: Database, now: float, spacing: float, count: int) -> list[float]:
    slots = []
    for _ in range(count):
        async with db.session() as session:
            slots.append(await PaceRepository(session).take(now, spacing))
    return slots


async def test_two_processes_taking_slots_at_once_stay_a_spacing_apart_and_a_hold_stops_both(
    database_url: str,
) -> None:
    first, second = Database(database_url), Database(database_url)
    try:
        await first.migrate()
        async with first.session() as session:
            await PaceRepository(session).ensure()
        now, spacing = 1_000.0, 0.04
        mine, theirs = await asyncio.gather(take(first, now, spacing, 20), take(second, now, spacing, 20))
        slots = sorted(mine + theirs)
        assert len(set(slots)) == 40 and slots[0] == now
        assert min(b - a for a, b in itertools.pairwise(slots)) >= spacing - 1e-9
        async with second.session() as session:
            await PaceRepository(session).hold(now + 100)
        (after,) = await take(first, now, spacing, 1)
        assert after >= now + 100  # nobody sends before Telegram's retry_after
    finally:
        await first.dispose()
        await second.dispose()


async def test_each_process_learns_how_many_are_alive(database_url: str) -> None:
    db = Database(database_url)
    await db.migrate()
    counts: list[int] = []
    one, two = Liveness(db, counts.append), Liveness(db, counts.append)
    try:
        await one.start()
        await two.start()
        assert counts[-1] == 2  # the second one's first beat sees both
        await two.stop()
        await one._beat()
        assert counts[-1] == 1
    finally:
        await one.stop()
        await db.dispose()
