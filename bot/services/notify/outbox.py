"""The outbox: what the bot must send, queued in the transaction of the change it reports, then claimed
and settled by the dispatcher (bot/workers/outbox.py), each step in its own short transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import OutboxMessage, Post
from storage.outbox import FAILED, PENDING, SENT, SKIPPED, OutboxRepository
from storage.posts import PostRepository

GROUP, EDIT, DELEGATE, MAIL = "group", "edit", "delegate", "mail"
LEASE = timedelta(minutes=2)  # a claim not settled by then is taken again (the sender died mid-way)
BATCH = 20
BASE_DELAY = timedelta(seconds=10)
MAX_DELAY = timedelta(minutes=30)
MAX_ATTEMPTS = 15  # about five hours of retries, then the message is marked failed
ERROR_LENGTH = 200
_WAKE_FLAG = "outbox-wake"
# Per database engine (one per application), what to call after a transaction that queued messages commits.
_wakers: WeakKeyDictionary[Engine, Callable[[], None]] = WeakKeyDictionary()


def wake_after_commits(engine: Engine, wake: Callable[[], None] | None) -> None:
    """Have `wake` called after each commit (on `engine`) of a transaction that queued messages, so the
    dispatcher sends them at once rather than at its next poll; None stops it."""
    if wake is None:
        _wakers.pop(engine, None)
    else:
        _wakers[engine] = wake


def backoff(attempts: int) -> timedelta:
    """The wait before the next attempt: doubling from BASE_DELAY, capped at MAX_DELAY."""
    return min(MAX_DELAY, BASE_DELAY * 2 ** min(max(attempts - 1, 0), 16))


@dataclass(frozen=True)
class Job:
    """A claimed message; `post_id` is the post it creates or edits."""

    id: int
    channel: str
    template: str
    payload: dict[str, Any]
    event_key: str | None
    user_id: int | None
    language: str | None
    attempts: int
    post_id: int | None
    chat_id: int | None = None  # the organisers' group a post goes to, once the dispatcher chose it


def job_of(row: OutboxMessage, chat_id: int | None = None) -> Job:
    """The claimed row as a job (its payload copied: the row's is emptied once it is done with)."""
    return Job(
        row.id,
        row.channel,
        row.template,
        dict(row.payload),
        row.event_key,
        row.user_id,
        row.language,
        row.attempts,
        row.post_id,
        chat_id,
    )


class OutboxService:
    """Queue messages; claim and settle them."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.repo = OutboxRepository(session)
        self.posts = PostRepository(session)
        self.now = now

    async def queue(
        self,
        channel: str,
        template: str,
        payload: dict[str, Any],
        *,
        event_key: str | None = None,
        user_id: int | None = None,
        language: str | None = None,
        post_id: int | None = None,
    ) -> OutboxMessage:
        """Queue one message, due now."""
        message = OutboxMessage(
            channel=channel,
            template=template,
            event_key=event_key,
            user_id=user_id,
            language=language,
            post_id=post_id,
            payload=payload,
            status=PENDING,
            attempts=0,
            next_attempt_at=self.now,
            created_at=self.now,
        )
        self._wake_after_commit()
        return await self.repo.add(message)

    def _wake_after_commit(self) -> None:
        sync = self.session.sync_session
        bind = sync.get_bind()
        wake = _wakers.get(bind) if isinstance(bind, Engine) else None
        if wake is not None and not sync.info.get(_WAKE_FLAG):
            sync.info[_WAKE_FLAG] = True
            event.listen(sync, "after_commit", lambda _session: wake(), once=True)

    async def claim(
        self, limit: int = BATCH, channels: Sequence[str] = (), by: str | None = None
    ) -> list[Job]:
        """Due messages (of `channels`, else any) for sender `by` (a process id), oldest first."""
        return [job_of(r) for r in await self.repo.claim(self.now, LEASE, limit, channels, by)]

    async def sent(self, job: Job, chat_id: int | None = None, message_id: int | None = None) -> None:
        """Done; a new post (or one made again in a group that moved) records where it is, so that it can
        be edited and replied to."""
        await self.repo.finish(job.id, status=SENT, sent_at=self.now, payload={}, last_error=None)
        if (
            job.channel in (GROUP, EDIT)
            and job.post_id is not None
            and chat_id is not None
            and message_id is not None
        ):
            await self.posts.sent(job.post_id, chat_id, message_id, self.now)

    async def retry(self, job: Job, error: str, at_least: timedelta | None = None) -> bool:
        """Try again later (backing off); after MAX_ATTEMPTS give up. False when given up."""
        if job.attempts >= MAX_ATTEMPTS:
            await self.fail(job, error)
            return False
        delay = max(backoff(job.attempts), at_least or timedelta(0))
        await self.repo.finish(
            job.id, status=PENDING, next_attempt_at=self.now + delay, last_error=error[:ERROR_LENGTH]
        )
        return True

    async def wait(self, job: Job) -> None:
        """Not yet possible (the post to edit is not sent yet), or not tried (a claim given back before
        its lease ran out): due again at once, the attempt not counted."""
        await self.repo.finish(job.id, status=PENDING, attempts=max(job.attempts - 1, 0))

    async def fail(self, job: Job, error: str) -> None:
        """Will never succeed (the delegate blocked the bot, the chat is gone)."""
        await self.repo.finish(job.id, status=FAILED, payload={}, last_error=error[:ERROR_LENGTH])

    async def skip(self, job: Job, reason: str) -> None:
        """Nowhere to send it (no organisers' chat, SMTP off): settled without sending."""
        await self.repo.finish(job.id, status=SKIPPED, payload={}, last_error=reason[:ERROR_LENGTH])

    async def post(self, post_id: int | None) -> Post | None:
        """A post as it is now (an edit waits until its post is sent)."""
        return await self.posts.get(post_id) if post_id is not None else None
