"""python-telegram-bot's Application with delegatebot's runtime: one unit of work per update, and the
long-lived parts (database, place index, workers) started and stopped inside PTB's own lifecycle, so that
`run_polling`, `async with app` and the manual initialize/start/stop/shutdown sequence all behave alike."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import Application

from bot import places, unit
from bot.commands import publish_commands
from bot.inbox import read_update
from bot.unit import Unit

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.workers.outbox import Dispatcher

log = logging.getLogger(__name__)


class BotApplication(Application):
    """An Application whose updates each run in a `Unit`: committed first, replied to after."""

    @property
    def runtime(self) -> Runtime:
        return self.bot_data["runtime"]

    @property
    def outbox(self) -> Dispatcher:
        return self.bot_data["outbox"]

    async def process_update(self, update: object) -> None:
        """Run every handler group in one transaction; send the replies once it has committed."""
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        chat, user = update.effective_chat, update.effective_user
        work = Unit(self.runtime, self.bot, chat.id if chat else None, user.id if user else None)
        token = unit.enter(work)
        try:
            if not await work.claim(update.update_id):
                log.info("update %s was already processed: skipped", update.update_id)
                return
            await super().process_update(update)
            try:
                await work.commit()
            except Exception as exc:  # the commit itself failed: nothing happened, and the user is told
                await work.discard()
                await self.process_error(update, exc)
            await work.flush()
        finally:
            unit.leave(token)
            await work.close()

    async def initialize(self) -> None:
        """Migrate the database, load the events, build the place index (off the event loop)."""
        if self._initialized:
            return
        await super().initialize()
        rt = self.runtime
        await rt.db.migrate()
        rt.events.refresh(force=True)
        log.info("serving %d event(s)", len(rt.events.all()))
        await asyncio.to_thread(places.index)
        await publish_commands(self.bot, rt.i18n)

    async def start(self) -> None:
        """Start processing updates, the job queue, and the outbox dispatcher."""
        await super().start()
        self.outbox.start()
        for payload in await self.bot.inbox.unprocessed():  # received before the last stop
            await self.update_queue.put(read_update(payload, self.bot))

    async def stop(self) -> None:
        """Stop the outbox dispatcher (between two messages), then PTB's own stop."""
        await self.outbox.stop()
        await super().stop()

    async def shutdown(self) -> None:
        """PTB's shutdown, then close every database connection."""
        if not self._initialized:
            return
        await super().shutdown()
        await self.runtime.db.dispose()
