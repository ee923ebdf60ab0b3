"""Delivering broadcasts: scheduled ones start when due, and each one being sent is drained by a few lanes
per process, every send at a time taken from the pace all processes share (storage.pace).

Guarantees, and the one window left:
- A recipient row is marked `sending` (in this process's name) in the same short transaction that records
  the previous send's outcome, then sent, then recorded. If the process dies between Telegram accepting a
  message and the next transaction, that row is sent again by whichever process takes over (its claims are
  freed once it stops beating, storage.processes.STALE): at most one message per lane per crash is doubled,
  and nothing is lost.
- Overall rate: send slots are `(1 + LATE) / BROADCAST_RATE` seconds apart across processes, and a send that
  could not start within LATE seconds of its slot gives the slot up, so any one-second window holds at most
  BROADCAST_RATE sends. Broadcasts use a connection pool of their own and leave Telegram's remaining ~5
  messages a second to interactive replies, which therefore never queue behind a broadcast.
- A 429 holds every process (the pace row) until `retry_after` has passed; a 403 marks the person
  unreachable (later broadcasts skip them until they write to the bot again); a 400 is recorded as failed
  with its reason; timeouts and 5xx are retried with backoff, up to MAX_ATTEMPTS.
- One process at a time edits the organisers' progress message, at most every PROGRESS_EVERY seconds; the
  process that finds nothing left to send marks the broadcast done (compare-and-swap) and reports once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.metrics import Metrics
from bot.runtime import Runtime
from bot.services.broadcasts.changes import detect, proposal_post
from bot.services.broadcasts.compose import CANCELLED, DONE, SCHEDULED, SENDING, start
from bot.services.broadcasts.reminders import EVENT_STARTS, SKIPPED, fire_due, personal_line, skipped_text
from bot.services.broadcasts.report import Figures, message_texts, progress_text
from bot.services.broadcasts.segments import audience
from bot.services.notify.outbox import backoff
from bot.workers.liveness import Liveness
from bot.workers.rounds import Rounds
from storage.broadcasts import FAILED, PENDING, SENT, UNREACHABLE, BroadcastRepository, Claimed
from storage.models import Broadcast
from storage.pace import PaceRepository

log = logging.getLogger(__name__)
LATE = 0.03  # seconds a send may start after its slot; later, the slot is given up
PROGRESS_EVERY = 6.0  # seconds between two edits of the progress message (the group's pace allows 20/min)
MAX_ATTEMPTS = 5
CHANGE_EVERY = 5.0  # seconds between two looks for changed event files
NOT_MODIFIED = "message is not modified"
SendOne = Callable[[Claimed], Awaitable[Message]]


@dataclass(frozen=True)
class Outcome:
    """How one send went: sent, unreachable, failed, retry (backing off) or again (at once, not counted)."""

    status: str
    error: str | None = None
    message_id: int | None = None
    hold: float | None = None  # a 429: nobody sends before this wall-clock time


def outcome_of(error: TelegramError) -> Outcome:
    """What Telegram's refusal means for this recipient."""
    if isinstance(error, Forbidden):
        return Outcome(UNREACHABLE, error.message[:200])
    if isinstance(error, RetryAfter):
        wait = error.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        return Outcome("again", "429", hold=time.time() + seconds)
    if isinstance(error, BadRequest):
        return Outcome(FAILED, error.message[:200])
    if isinstance(error, NetworkError):  # timeouts, refused connections, 5xx
        return Outcome("retry", (error.message or type(error).__name__)[:200])
    return Outcome(FAILED, (error.message or type(error).__name__)[:200])


class BroadcastWorker(Rounds):
    """Sends broadcasts in the background (one per process)."""

    def __init__(self, bot: Bot, reporter: Bot, rt: Runtime, liveness: Liveness, metrics: Metrics) -> None:
        self.bot = bot  # its own connection pool, no client-side limiter: the shared pace is the limit
        self.reporter = reporter  # the application's bot: progress in the organisers' chat
        self.rt = rt
        self.me = liveness.id
        self.metrics = metrics
        self.spacing = (1 + LATE) / rt.settings.broadcast_rate
        self._paid = {"allow_paid_broadcast": True} if rt.settings.broadcast_paid else {}
        self._held_until = 0.0  # this process's copy of the last hold it heard of
        super().__init__()
        self.name = "broadcasts"
        self._next_change_check = 0.0

    async def start(self) -> None:
        if self._task is None:
            await self.bot.initialize()
            async with self.rt.db.session() as session:
                await PaceRepository(session).ensure()
            self.begin()

    async def stop(self) -> None:
        """Stop between two messages (each lane records the one it sent); cut short after STOP_GRACE."""
        if self._task is not None:
            await self.end()
            await self.bot.shutdown()

    async def run(self) -> None:
        """Start what is due, send what is being sent, report."""
        now = self.rt.clock.now()
        async with self.rt.db.session() as session:
            repo = BroadcastRepository(session)
            reminders = await fire_due(session, self.rt, now)
            proposals = await self._changes(session, now)
            for due in await repo.due(now):
                if await repo.change(due.id, (SCHEDULED,), status=SENDING):
                    count = await start(repo, due, now)
                    log.info("scheduled broadcast %s started: %d recipient(s)", due.id, count)
            sending = await repo.with_status(SENDING)
        for reminder in reminders:  # written (committed) above; a skipped one is reported once, here
            log.info("reminder %s of %s: %s", reminder.reminder, reminder.event_key, reminder.status)
            if reminder.status == SKIPPED and reminder.chat_id:
                await self._say(reminder.chat_id, skipped_text(self.rt, reminder))
        for proposal in proposals:
            await self._propose(proposal)
        for broadcast in sending:
            if self._stopping:
                return
            await self._drain(broadcast)
            await self._finish(broadcast)

    async def _drain(self, broadcast: Broadcast) -> None:
        texts = message_texts(self.rt, broadcast)
        zones: dict[int, str] = {}
        if broadcast.reminder == EVENT_STARTS:  # the time in each recipient's own zone, where they set one
            async with self.rt.db.session() as session:
                zones = await BroadcastRepository(session).zones(broadcast.id)

        def text_for(row: Claimed) -> str:
            zone = zones.get(row.user_id)
            personal = personal_line(self.rt, broadcast, row.language, zone) if zone else ""
            return texts[row.language] + personal

        media = (broadcast.extra or {}).get("media")

        async def send_one(row: Claimed) -> Message:
            """The message (with its photo or document, the text as its caption)."""
            text, args = text_for(row), {"parse_mode": ParseMode.HTML, **self._paid}
            if media and media["kind"] == "photo":
                return await self.bot.send_photo(row.user_id, media["file_id"], caption=text, **args)
            if media:
                return await self.bot.send_document(row.user_id, media["file_id"], caption=text, **args)
            return await self.bot.send_message(row.user_id, text, **args)

        lanes = [
            asyncio.create_task(self._lane(broadcast, send_one))
            for _ in range(self.rt.settings.broadcast_lanes)
        ]
        progress = asyncio.create_task(self._progress_loop(broadcast))
        try:
            await asyncio.gather(*lanes)
        finally:
            progress.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await progress

    async def _lane(self, broadcast: Broadcast, send_one: SendOne) -> None:
        """Send to one recipient after another: record the last, claim the next, take a slot (one
        transaction), wait for the slot, send."""
        previous: tuple[Claimed, Outcome] | None = None
        while True:
            async with self.rt.db.session() as session:
                repo = BroadcastRepository(session)
                if previous is not None:
                    await self._settle(session, repo, *previous)
                    previous = None
                if self._stopping:
                    return
                row = await repo.claim(broadcast.id, self.rt.clock.now(), self.me)
                if row is None:
                    return
                slot = await PaceRepository(session).take(time.time(), self.spacing)
            previous = (row, await self._at(slot, row, send_one))

    async def _at(self, slot: float, row: Claimed, send_one: SendOne) -> Outcome:
        """Send at `slot`, unless a hold began meanwhile or the slot was missed."""
        wait = slot - time.time()
        if wait > 0:
            await asyncio.sleep(wait)
            async with self.rt.db.session() as session:  # a 429 elsewhere while this lane waited
                held = await PaceRepository(session).held_until()
            if held > time.time():
                return Outcome("again")
        if time.time() > slot + LATE or self._held_until > time.time():
            return Outcome("again")
        try:
            message = await send_one(row)
        except TelegramError as exc:
            outcome = outcome_of(exc)
            if outcome.hold is not None:
                self._held_until = max(self._held_until, outcome.hold)
            return outcome
        return Outcome(SENT, message_id=message.message_id)

    async def _settle(
        self, session: object, repo: BroadcastRepository, row: Claimed, outcome: Outcome
    ) -> None:
        now = self.rt.clock.now()
        self.metrics.broadcast_sends.labels(outcome.status).inc()
        if outcome.status == SENT:
            await repo.settle(
                row.id, self.me, status=SENT, message_id=outcome.message_id, sent_at=now, error=None
            )
        elif outcome.status == UNREACHABLE:
            await repo.settle(row.id, self.me, status=UNREACHABLE, error=outcome.error, sent_at=now)
            await repo.mark_unreachable(row.user_id, now)
        elif outcome.status == FAILED or (outcome.status == "retry" and row.attempts >= MAX_ATTEMPTS):
            log.warning("broadcast %s: recipient row %s failed: %s", row.broadcast_id, row.id, outcome.error)
            await repo.settle(row.id, self.me, status=FAILED, error=outcome.error, sent_at=now)
        elif outcome.status == "retry":
            later = now + backoff(row.attempts)
            await repo.settle(row.id, self.me, status=PENDING, error=outcome.error, next_attempt_at=later)
        else:  # again: not an attempt (a 429, a missed slot, a stop)
            await repo.settle(
                row.id, self.me, status=PENDING, attempts=max(row.attempts - 1, 0), next_attempt_at=now
            )
            if outcome.hold is not None:
                log.warning("broadcast %s: Telegram asked to wait until %.1f", row.broadcast_id, outcome.hold)
                await PaceRepository(session).hold(outcome.hold)  # type: ignore[arg-type]

    async def _progress_loop(self, broadcast: Broadcast) -> None:
        while True:
            await asyncio.sleep(PROGRESS_EVERY)
            try:
                await self._report(broadcast, final=False)
            except Exception:  # a progress message is a courtesy: never stop sending for it
                log.exception("broadcast %s: progress not shown", broadcast.id)

    async def _finish(self, broadcast: Broadcast) -> None:
        """Nothing left to send (or due now): done, reported once by whichever process gets there first."""
        async with self.rt.db.session() as session:
            repo = BroadcastRepository(session)
            counts = await repo.counts(broadcast.id)
            if counts.get(PENDING, 0) or counts.get("sending", 0):
                return
            if not await repo.change(broadcast.id, (SENDING,), status=DONE, finished_at=self.rt.clock.now()):
                return
        log.info("broadcast %s done: %s", broadcast.id, counts)
        await self._report(broadcast, final=True)

    async def _changes(self, session: AsyncSession, now: datetime) -> list[Broadcast]:
        """Event files re-read now and then; a change registrants must know becomes a proposed notice."""
        if time.monotonic() < self._next_change_check:
            return []
        self._next_change_check = time.monotonic() + CHANGE_EVERY
        self.rt.events.refresh()
        return await detect(session, self.rt, now)

    async def _propose(self, proposal: Broadcast) -> None:
        """Post a proposed change notice in the organisers' chat, as registrants will see it, with buttons."""
        if not proposal.chat_id:
            return
        async with self.rt.db.session() as session:
            count = len((await audience(BroadcastRepository(session), proposal.event_key, "all")).reachable)
        text, keyboard = proposal_post(self.rt, proposal, count)
        await self._say(proposal.chat_id, text, keyboard)

    async def _say(self, chat_id: int, text: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
        try:
            await self.reporter.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard)
        except TelegramError as exc:
            log.warning("could not tell the organisers' chat %s: %s", chat_id, type(exc).__name__)

    async def _report(self, broadcast: Broadcast, final: bool) -> None:
        """Post or edit the progress message (one process, not too often); the final figures always. A
        reminder of an event without an organisers' chat is reported in the log only."""
        if broadcast.chat_id == 0:
            return
        async with self.rt.db.session() as session:
            repo = BroadcastRepository(session)
            if not await repo.progress_turn(broadcast.id, time.time(), 0.0 if final else PROGRESS_EVERY):
                return
            counts = await repo.counts(broadcast.id)
            fresh = await repo.get(broadcast.id)
        if fresh is None:
            return
        figures = Figures.of(counts, self.rt.settings.broadcast_rate)
        self.metrics.broadcast_remaining.set(0 if final else figures.remaining)
        text = progress_text(self.rt, fresh, figures, final or fresh.status in (DONE, CANCELLED))
        try:
            if fresh.progress_message_id is None:
                sent = await self.reporter.send_message(fresh.chat_id, text, parse_mode=ParseMode.HTML)
                async with self.rt.db.session() as session:
                    await BroadcastRepository(session).change(
                        fresh.id, (SENDING, DONE, CANCELLED), progress_message_id=sent.message_id
                    )
            else:
                await self.reporter.edit_message_text(
                    text, fresh.chat_id, fresh.progress_message_id, parse_mode=ParseMode.HTML
                )
        except BadRequest as exc:
            if NOT_MODIFIED not in exc.message.lower():
                log.warning("broadcast %s: progress not shown: %s", broadcast.id, exc.message)
        except TelegramError as exc:
            log.warning("broadcast %s: progress not shown: %s", broadcast.id, type(exc).__name__)
