"""python-telegram-bot's Application with delegatebot's runtime: one unit of work per update, and the
long-lived parts (database, place index, workers) started and stopped inside PTB's own lifecycle, so that
`run_polling`, `async with app` and the manual initialize/start/stop/shutdown sequence all behave alike."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import time
from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import Application, BaseHandler
from telegram.ext._utils.types import HandlerCallback

from bot import logs, offload, places, unit
from bot.answers.common_words import common_words
from bot.commands import publish_all
from bot.inbox import read_update
from bot.metrics import Metrics
from bot.unit import Unit

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.workers.broadcasts import BroadcastWorker
    from bot.workers.liveness import Liveness
    from bot.workers.outbox import Dispatcher

log = logging.getLogger(__name__)
DEFAULT_GROUP = 0


def update_type(update: Update) -> str:
    """'message', 'callback_query'…: the kind of update (for metrics and logs)."""
    for kind in Update.ALL_TYPES:
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


def _named(callback: HandlerCallback, group: int) -> HandlerCallback:
    """The callback, recording its name in the update's unit of work when it runs."""
    name = f"{callback.__module__}.{callback.__name__}"

    @functools.wraps(callback)
    async def run(update: object, context: object) -> object:
        work = unit.current_or_none()
        if work is not None:
            work.ran(name, group)
        with logs.bound(handler=name):
            return await callback(update, context)

    return run


def _load_word_lists() -> None:
    """What the answering engine reads on its first question, loaded ahead of it off the event loop."""
    places.index()
    common_words()


class BotApplication(Application):
    """An Application whose updates each run in a `Unit`: committed first, replied to after."""

    @property
    def runtime(self) -> Runtime:
        return self.bot_data["runtime"]

    @property
    def outbox(self) -> Dispatcher:
        return self.bot_data["outbox"]

    @property
    def broadcasts(self) -> BroadcastWorker:
        return self.bot_data["broadcasts"]

    @property
    def liveness(self) -> Liveness:
        return self.bot_data["liveness"]

    @property
    def metrics(self) -> Metrics:
        return self.bot_data["metrics"]

    async def process_update(self, update: object) -> None:
        """Run every handler group in one transaction; send the replies once it has committed."""
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        chat, user = update.effective_chat, update.effective_user
        work = Unit(
            self.runtime, self.bot, update.update_id, chat.id if chat else None, user.id if user else None
        )
        token = unit.enter(work)
        logged = logs.bind(update_id=update.update_id, user_id=work.user_id)
        started = time.perf_counter()
        self.metrics.updates.labels(update_type(update)).inc()
        try:
            if not await self._claimed(work, update):
                return
            await super().process_update(update)
            await self._commit(work, update)
            await work.flush()
            self.metrics.handling.labels(work.handler).observe(time.perf_counter() - started)
        finally:
            unit.leave(token)
            logs.reset(logged)
            await work.close()

    async def _claimed(self, work: Unit, update: Update) -> bool:
        """Claim the update; False for a repeat, or when the database cannot take the claim (the update then
        stays in the inbox for the next start, and the person is told to try again)."""
        try:
            if await work.claim():
                return True
        except Exception as exc:  # the database is busy or down: nothing was done
            log.warning("update %s could not be claimed: %s", update.update_id, type(exc).__name__)
            self.metrics.errors.labels(type(exc).__name__).inc()
            await work.close()
            await work.apologise()
            return False
        log.info("update %s was already processed: skipped", update.update_id)
        self.metrics.repeats.inc()
        return False

    async def _commit(self, work: Unit, update: Update) -> None:
        """Commit; if the commit itself fails, nothing happened: the error handler tells the user."""
        try:
            await work.commit()
        except Exception as exc:
            await work.discard()
            await self.process_error(update, exc)
            try:
                await work.commit()  # the update counts as processed, and nothing else is kept
            except Exception:
                log.exception("update %s: the database refused even the rollback's record", update.update_id)

    def add_handler(self, handler: BaseHandler, group: int = DEFAULT_GROUP) -> None:
        """Register a handler; its name is recorded when it runs (metrics: handling time by handler)."""
        handler.callback = _named(handler.callback, group)
        super().add_handler(handler, group)

    async def initialize(self) -> None:
        """Migrate the database, load the events, start loading the place index (off the event loop)."""
        if self._initialized:
            return
        await super().initialize()
        rt = self.runtime
        await rt.db.migrate()
        rt.events.refresh(force=True)
        log.info("serving %d event(s)", len(rt.events.all()))
        self._places = asyncio.create_task(asyncio.to_thread(_load_word_lists))  # not awaited: places.index
        await publish_all(self.bot, rt)
        if rt.settings.signing_key is None:
            log.warning(
                "SIGNING_KEY is not set: buttons are signed with a key derived from the bot token, so "
                "rotating the token makes the decision buttons already posted stop working"
            )
        # What start-up made lives as long as the process: out of the collector's sight, full collections
        # stop walking it (pauses of 135-161 ms were measured under load). Once per process: an Application
        # started again in the same process (tests, restarts) would pay a full collection each time.
        if not gc.get_freeze_count():
            gc.collect()
            gc.freeze()

    async def start(self) -> None:
        """Start processing updates, the job queue, and the outbox dispatcher."""
        await super().start()
        await self.liveness.start()
        self.outbox.start()
        await self.broadcasts.start()
        for payload in await self.bot.inbox.unprocessed():  # received before the last stop
            await self.update_queue.put(read_update(payload, self.bot))

    async def stop(self) -> None:
        """Stop the outbox dispatcher (between two messages), say this process is gone, then PTB's own
        stop."""
        await self.broadcasts.stop()
        await self.outbox.stop()
        await self.liveness.stop()
        await super().stop()

    async def shutdown(self) -> None:
        """PTB's shutdown, then stop the worker processes and close every database connection."""
        if not self._initialized:
            return
        await super().shutdown()
        await asyncio.gather(self._places, return_exceptions=True)  # a thread cannot be cancelled
        offload.shutdown()
        gc.unfreeze()  # another Application may be built in this process (tests): its garbage is collectable
        await self.runtime.db.dispose()
