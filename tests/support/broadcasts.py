"""Starting a broadcast outside the bot, as an organiser's "Send now" does (the rows of every recipient
written at once), for tests and benchmarks that measure delivery rather than composing."""

from __future__ import annotations

from datetime import datetime

from bot.services.broadcasts.compose import SENDING, start
from storage.broadcasts import BroadcastRepository
from storage.db import Database
from storage.models import Broadcast


async def begin_broadcast(url: str, text: str, now: datetime, segment: str = "all") -> tuple[int, int]:
    """A broadcast of `text` (both languages) to `segment` of rsd2026, started: its id and recipients."""
    db = Database(url)
    try:
        async with db.session() as session:
            repo = BroadcastRepository(session)
            broadcast = Broadcast(event_key="rsd2026", author_id=0, chat_id=0, status=SENDING)
            broadcast.segment, broadcast.text_es, broadcast.text_en = segment, text, text
            broadcast.created_at, broadcast.extra = now, {}
            await repo.add(broadcast)
            return broadcast.id, await start(repo, broadcast, now)
    finally:
        await db.dispose()
