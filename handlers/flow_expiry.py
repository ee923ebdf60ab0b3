"""A repeating job: conversations idle too long are paused (kept to resume) and the person is told, once."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application

from bot.runtime import Runtime
from bot.services.drafts import DraftService, Expired
from bot.text import escape
from handlers.common import BotContext
from handlers.flow_render import resume_keyboard_for

log = logging.getLogger(__name__)
JOB_NAME = "expire-conversations"
SCAN_EVERY = timedelta(minutes=1)


async def expire_idle(app: Application) -> list[Expired]:
    """Pause idle conversations and tell each person; safe with several processes (claimed atomically)."""
    rt: Runtime = app.bot_data["runtime"]
    timeout = timedelta(minutes=rt.settings.conversation_timeout_minutes)
    # Claimed and committed before anything is sent: another process scanning now finds nothing to claim.
    async with rt.db.session() as session:
        expired = await DraftService(session, rt.clock.now()).expire_idle(timeout)
    for item in expired:
        event = rt.events.get(item.event_key)
        title = escape(event.display_title(item.language) if event else item.event_key)
        minutes = rt.settings.conversation_timeout_minutes
        text = rt.i18n.t(item.language, "flow-expired", kind=item.kind, title=title, minutes=minutes)
        markup = resume_keyboard_for(rt.i18n, item.language, item.draft_id)
        try:
            await app.bot.send_message(item.user_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)
        except TelegramError as exc:
            log.info("could not tell user %s that draft %s expired: %s", item.user_id, item.draft_id, exc)
    return expired


async def expiry_job(context: BotContext) -> None:
    """The JobQueue callback."""
    await expire_idle(context.application)


def register(app: Application, timeout: timedelta) -> None:
    """Scan every minute (or sooner for very short timeouts)."""
    if app.job_queue is None:
        log.warning("no job queue: idle conversations will not expire")
        return
    interval = min(SCAN_EVERY, timeout / 2)
    app.job_queue.run_repeating(expiry_job, interval=interval, first=interval, name=JOB_NAME)
