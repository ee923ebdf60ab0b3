"""Updates are stored before Telegram hears they were received, and read one by one.

python-telegram-bot's Updater acknowledges a batch of updates (by asking for the next offset) as soon as it
has queued them in memory; a crash then lost them. Here `get_updates` first stores the raw batch in the
database, so the Updater acknowledges only what is durable; updates still unprocessed at the next start are
processed then (BotApplication.start). An update that cannot be read (a "poison" update) is logged once by
id and passed on as a bare update that no handler takes, so polling goes on past it.
"""

from __future__ import annotations

import datetime as dtm
import logging
from collections.abc import Sequence
from typing import Any

from telegram import ForceReply, InlineKeyboardMarkup, Update
from telegram._utils.types import ODVInput
from telegram.constants import ParseMode
from telegram.ext import ExtBot
from telegram.request import BaseRequest

from bot.clock import Clock
from storage.db import Database
from storage.updates import ReceivedUpdates

log = logging.getLogger(__name__)
ReplyMarkup = InlineKeyboardMarkup | ForceReply


class Inbox:
    """Where updates wait between arrival and processing."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def store(self, payloads: list[dict[str, Any]]) -> None:
        """Keep a batch just received, in one short transaction."""
        async with self.db.session() as session:
            await ReceivedUpdates(session).store(payloads, self.clock.now())

    async def unprocessed(self) -> list[dict[str, Any]]:
        """What was received but not processed before the last stop."""
        async with self.db.session() as session:
            return await ReceivedUpdates(session).unprocessed()


def read_update(payload: dict[str, Any], bot: ExtBot) -> Update:
    """The update, or a bare one with only its id when it cannot be read (logged once, without content)."""
    try:
        update = Update.de_json(payload, bot)
    except Exception as exc:  # malformed by Telegram or a proxy: skip it rather than stop polling
        log.error(
            "update %s could not be read and is skipped: %s", payload.get("update_id"), type(exc).__name__
        )
        update = Update(update_id=int(payload["update_id"]))
    bot.insert_callback_data(update)
    return update


class InboxBot(ExtBot):
    """An ExtBot whose getUpdates stores what it receives before returning it, and which can send a reply
    without reading Telegram's answer back (`reply_html`)."""

    __slots__ = ("inbox",)

    def __init__(self, *args: Any, inbox: Inbox | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():
            self.inbox = inbox

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: int | dtm.timedelta | None = None,
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        api_kwargs: dict[str, Any] | None = None,
    ) -> tuple[Update, ...]:
        """getUpdates, then store the raw batch, then read each update on its own."""
        seconds = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else (timeout or 0)
        if isinstance(read_timeout, float | int):
            wait = read_timeout + seconds
        else:
            wait = (self._request[0].read_timeout or 0) + seconds
        data = {"timeout": timeout, "offset": offset, "limit": limit, "allowed_updates": allowed_updates}
        payloads: list[dict[str, Any]] = await self._post(  # type: ignore[assignment]
            "getUpdates",
            data,
            read_timeout=wait,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        if payloads and self.inbox is not None:
            await self.inbox.store(payloads)
        return tuple(read_update(p, self) for p in payloads)

    async def reply_html(self, chat_id: int, text: str, reply_markup: ReplyMarkup | None = None) -> None:
        """sendMessage with an HTML text, Telegram's answer left unread: a reply's Message is never used,
        and building one with its keyboard cost 0.3 ms, three times an unadorned message's. The same path
        as send_message (`_post`, as get_updates above): rate limits, retries and errors alike."""
        data: dict[str, Any] = {"chat_id": chat_id, "text": text, "parse_mode": ParseMode.HTML}
        if reply_markup is not None:
            data["reply_markup"] = reply_markup
        await self._post("sendMessage", data)
