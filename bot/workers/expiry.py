"""A repeating job: conversations idle too long are paused (kept to resume) and the person is told, once,
through the outbox (queued in the same transaction as the pause, so a crash loses neither); conversations
paused for over DRAFT_RETENTION_DAYS are deleted with their answers."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram.ext import Application, CallbackContext

from bot.runtime import Runtime
from bot.services.conversations.drafts import DraftService, Expired
from bot.services.notify.notices import Notices
from storage.updates import ReceivedUpdates

log = logging.getLogger(__name__)
JOB_NAME = "expire-conversations"
SCAN_EVERY = timedelta(minutes=1)
UPDATE_MEMORY = timedelta(days=2)


async def expire_idle(rt: Runtime) -> list[Expired]:
    """Pause idle conversations and queue a notice to each person; safe with several processes (claimed
    atomically: another process scanning now finds nothing to claim)."""
    timeout = timedelta(minutes=rt.settings.conversation_timeout_minutes)
    now = rt.clock.now()
    async with rt.db.session() as session:
        expired = await DraftService(session, now).expire_idle(timeout)
        notices = Notices(session, now)
        for item in expired:
            await notices.expired(item.draft_id, item.user_id, item.kind, item.event_key, item.language)
    return expired


async def forget_paused_drafts(rt: Runtime) -> int:
    """Delete the answers of conversations set aside longer than DRAFT_RETENTION_DAYS."""
    retention = timedelta(days=rt.settings.draft_retention_days)
    async with rt.db.session() as session:
        forgotten = await DraftService(session, rt.clock.now()).forget_paused(retention)
    if forgotten:
        log.info("deleted %d conversation(s) paused for over %s", forgotten, retention)
    return forgotten


async def forget_old_updates(rt: Runtime) -> int:
    """Drop the ids of updates processed over two days ago (Telegram re-delivers for a day at most)."""
    async with rt.db.session() as session:
        return await ReceivedUpdates(session).forget_before(rt.clock.now() - UPDATE_MEMORY)


async def expiry_job(context: CallbackContext) -> None:
    """The JobQueue callback: housekeeping every minute."""
    rt = context.application.bot_data["runtime"]
    await expire_idle(rt)
    await forget_paused_drafts(rt)
    await forget_old_updates(rt)


def schedule(app: Application, timeout: timedelta) -> None:
    """Scan every minute (or sooner for very short timeouts)."""
    if app.job_queue is None:
        log.warning("no job queue: idle conversations will not expire")
        return
    interval = min(SCAN_EVERY, timeout / 2)
    app.job_queue.run_repeating(expiry_job, interval=interval, first=interval, name=JOB_NAME)
