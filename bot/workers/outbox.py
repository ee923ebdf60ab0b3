"""The outbox dispatcher: a loop that sends what services queued, every second, and at once after a
transaction that queued something commits.

Each round first posts in the organisers' groups, at Telegram's pace of 20 messages a minute per group
(counted in the database, so it holds across restarts and processes; more notices than that are listed in
digests), then sends the rest. Messages are claimed in short transactions of their own (another process
finds them taken), sent, then settled in another; a failure is retried with a growing delay, or given up
when retrying cannot help. A claim not used before half its lease is given back rather than kept past it.
The loop is a task of its own rather than a JobQueue job: a slow SMTP server then delays nothing else.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from telegram import Bot

from bot.runtime import Runtime
from bot.services.notify.groups import ChatMoves, GroupOutbox, GroupPost
from bot.services.notify.notices import QUESTION
from bot.services.notify.outbox import (
    BATCH,
    DELEGATE,
    EDIT,
    GROUP,
    LEASE,
    MAIL,
    Job,
    OutboxService,
    wake_after_commits,
)
from bot.services.questions.relay import RelayService
from bot.workers.liveness import Liveness
from bot.workers.rounds import Rounds
from bot.workers.sending import Delivery, Sender

log = logging.getLogger(__name__)
CLAIM_USE = LEASE.total_seconds() / 2  # seconds a claim is used for; what is left is given back
OTHER_CHANNELS = (EDIT, DELEGATE, MAIL)


class Dispatcher(Rounds):
    """Claims due messages and sends them, one round at a time."""

    def __init__(self, bot: Bot, rt: Runtime, liveness: Liveness) -> None:
        self.name = "outbox-dispatcher"
        self.rt = rt
        self.me = liveness.id  # claims are made in this process's name
        self.moves = ChatMoves()
        self.sender = Sender(bot, rt, self.moves)
        super().__init__()

    def start(self) -> None:
        """Start the loop (once the database is migrated); woken after each commit that queued something."""
        if self._task is None:
            self.begin()
            wake_after_commits(self.rt.db.engine.sync_engine, self.kick)

    async def stop(self) -> None:
        """Stop between two messages: the one being sent is finished and recorded, the rest of the round
        is given back (pending, for the next sender). A send still stuck after STOP_GRACE is cut short:
        its claim is freed when this process's liveness is, and it is sent again (at most once twice)."""
        wake_after_commits(self.rt.db.engine.sync_engine, None)
        await self.end()

    async def run(self) -> int:
        """Send everything due (group posts as their pace allows); how many messages were handled."""
        async with self.rt.db.session() as session:
            await self.moves.refresh(session)
        handled = await self._post_in_groups()
        while True:
            async with self.rt.db.session() as session:
                jobs = await OutboxService(session, self.rt.clock.now()).claim(BATCH, OTHER_CHANNELS, self.me)
            until = _deadline()
            for job in jobs:
                await (self._handle(job) if self._open(until) else self._give_back([job]))
            handled += len(jobs)
            if len(jobs) < BATCH:
                return handled

    async def _post_in_groups(self) -> int:
        async with self.rt.db.session() as session:
            posts = await GroupOutbox(session, self.rt.clock.now()).claim(
                self.sender.organisers_chat, self.me
            )
        until = _deadline()
        for post in posts:
            await (self._post(post) if self._open(until) else self._give_back(post.jobs))
        return sum(len(post.jobs) for post in posts)

    async def _post(self, post: GroupPost) -> None:
        try:
            if post.chat_id is not None and len(post.jobs) > 1:
                delivery = await self.sender.digest(post.jobs, post.chat_id)
            else:
                delivery = await self.sender.deliver(post.jobs[0], None)
        except Exception:  # a bug with one post must not hold up the others: it is retried, and logged
            log.exception("outbox %s (group) could not be posted", [job.id for job in post.jobs])
            delivery = Delivery("retry", "internal error")
        await self._settle(post.jobs, delivery)

    async def _handle(self, job: Job) -> None:
        try:
            async with self.rt.db.session() as session:
                post = await OutboxService(session, self.rt.clock.now()).post(job.post_id)
            delivery = await self.sender.deliver(job, post)
        except Exception:  # a bug with one message must not hold up the others: it is retried, and logged
            log.exception("outbox %s (%s) could not be sent", job.id, job.channel)
            delivery = Delivery("retry", "internal error")
        await self._settle([job], delivery)

    def _open(self, until: float) -> bool:
        """Whether this round may send one more message (time left on its claims, and not stopping)."""
        return not self._stopping and _before(until)

    async def _give_back(self, jobs: Sequence[Job]) -> None:
        """Claims this round had no time left for: due again at once, for whichever sender comes next."""
        async with self.rt.db.session() as session:
            outbox = OutboxService(session, self.rt.clock.now())
            for job in jobs:
                await outbox.wait(job)

    async def _settle(self, jobs: Sequence[Job], delivery: Delivery) -> None:
        """Record how sending `jobs` (one message, or a digest) went, and what it says about the group."""
        now = self.rt.clock.now()
        async with self.rt.db.session() as session:
            outbox = OutboxService(session, now)
            for job in jobs:
                await self._settle_one(outbox, job, delivery)
                if delivery.kind == "sent" and job.channel == GROUP and job.template == QUESTION:
                    await RelayService(session, now).posted(int(job.payload["question"]))
            await self._group_state(GroupOutbox(session, now), jobs, delivery)

    async def _settle_one(self, outbox: OutboxService, job: Job, delivery: Delivery) -> None:
        if delivery.kind == "sent":
            await outbox.sent(job, delivery.chat_id, delivery.message_id)
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

    async def _group_state(self, groups: GroupOutbox, jobs: Sequence[Job], delivery: Delivery) -> None:
        """A message posted counts for the group's pace; a group that cannot be reached is reported once."""
        chat = delivery.chat_id
        if chat is None or jobs[0].channel not in (GROUP, EDIT):
            return
        if delivery.unreachable:
            if await groups.unreachable(chat, delivery.detail, jobs[0].event_key):
                log.warning("the organisers' group %s cannot be reached: %s", chat, delivery.detail)
        elif delivery.kind == "sent" and delivery.messages:
            await groups.posted(chat, delivery.message_id, delivery.messages, len(jobs))
        elif delivery.kind == "sent":
            await groups.reachable(chat)


def _deadline() -> float:
    return asyncio.get_running_loop().time() + CLAIM_USE


def _before(deadline: float) -> bool:
    return asyncio.get_running_loop().time() < deadline
