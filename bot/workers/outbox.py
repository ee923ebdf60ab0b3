"""The outbox dispatcher: a loop that sends what services queued, every second, and at once after a
transaction that queued something commits.

Each message is claimed in a short transaction of its own (another process finds it taken), sent, then
settled in another; a failure is retried with a growing delay, or given up when retrying cannot help.
The loop is a task of its own rather than a JobQueue job: a slow SMTP server then delays nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import Bot

from bot.runtime import Runtime
from bot.services.notify.notices import QUESTION
from bot.services.notify.outbox import BATCH, EDIT, GROUP, Job, OutboxService, wake_after_commits
from bot.services.questions.relay import RelayService
from bot.workers.sending import Delivery, Sender
from storage.outbox import PENDING, SENDING

log = logging.getLogger(__name__)
POLL_SECONDS = 1.0


class Dispatcher:
    """Claims due messages and sends them, one round at a time."""

    def __init__(self, bot: Bot, rt: Runtime) -> None:
        self.rt = rt
        self.sender = Sender(bot, rt)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def kick(self) -> None:
        """Send soon: something may have been queued."""
        self._wake.set()

    def start(self) -> None:
        """Start the loop (once the database is migrated)."""
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="outbox-dispatcher")
            wake_after_commits(self.rt.db.engine.sync_engine, self.kick)

    async def stop(self) -> None:
        """Stop the loop; a message being sent is claimed until its lease ends, then sent again."""
        task, self._task = self._task, None
        wake_after_commits(self.rt.db.engine.sync_engine, None)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _loop(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)
            self._wake.clear()
            try:
                await self.run()
            except Exception:  # the database may be down for a while: log, and try again next round
                log.exception("outbox round failed")

    async def run(self) -> int:
        """Send everything due; how many messages were handled."""
        handled = 0
        while True:
            jobs = await self._claim()
            for job in jobs:
                await self._handle(job)
            handled += len(jobs)
            if len(jobs) < BATCH:
                return handled

    async def _claim(self) -> list[Job]:
        async with self.rt.db.session() as session:
            return await OutboxService(session, self.rt.clock.now()).claim()

    async def _handle(self, job: Job) -> None:
        try:
            delivery = await self._wait_for_post(job)
            if delivery is None:
                async with self.rt.db.session() as session:
                    post = await OutboxService(session, self.rt.clock.now()).post(job.post_id)
                delivery = await self.sender.deliver(job, post)
        except Exception:  # a bug with one message must not hold up the others: it is retried, and logged
            log.exception("outbox %s (%s) could not be sent", job.id, job.channel)
            delivery = Delivery("retry", "internal error")
        await self._settle(job, delivery)

    async def _wait_for_post(self, job: Job) -> Delivery | None:
        """An edit of a post not sent yet waits for it (or is skipped if it will never be sent)."""
        if job.channel != EDIT or job.post_id is None:
            return None
        async with self.rt.db.session() as session:
            outbox = OutboxService(session, self.rt.clock.now())
            post = await outbox.post(job.post_id)
            if post is not None and post.message_id is not None:
                return None
            status = await outbox.post_status(job.post_id)
        return Delivery("wait") if status in (PENDING, SENDING) else None

    async def _settle(self, job: Job, delivery: Delivery) -> None:
        now = self.rt.clock.now()
        async with self.rt.db.session() as session:
            outbox = OutboxService(session, now)
            if delivery.kind == "sent":
                await outbox.sent(job, delivery.chat_id, delivery.message_id)
                if job.channel == GROUP and job.template == QUESTION:
                    await RelayService(session, now).posted(int(job.payload["question"]))
            elif delivery.kind == "wait":
                await outbox.wait(job)
            elif delivery.kind == "skip":
                await outbox.skip(job, delivery.detail)
            elif delivery.kind == "fail":
                log.warning("outbox %s (%s) failed for good: %s", job.id, job.channel, delivery.detail)
                await outbox.fail(job, delivery.detail)
            elif not await outbox.retry(job, delivery.detail, delivery.after):
                log.warning("outbox %s (%s) given up: %s", job.id, job.channel, delivery.detail)
            else:
                log.info("outbox %s (%s) will be retried: %s", job.id, job.channel, delivery.detail)
