"""/timezone: the delegate's own time zone, from a city, a country or a UTC offset."""

from __future__ import annotations

import asyncio
import zoneinfo

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot import places
from bot.i18n import format_hm
from bot.turn import Turn
from handlers.common import BotContext, send, with_turn


def label(zone: str, turn: Turn) -> str:
    """The zone as the person reads it, with its current UTC offset."""
    return places.zone_with_offset(zone, turn.lang, turn.now)


@with_turn
async def timezone_command(update: Update, context: BotContext, turn: Turn) -> None:
    """Set the time zone from '/timezone Lima'; without a place, say how (and which zone is set)."""
    query = " ".join(context.args or []).strip()
    if not query:
        current = turn.user.timezone
        text = turn.t("info-timezone-ask")
        if current:
            text = f"{turn.t('info-timezone-current', zone=label(current, turn))}\n{text}"
        await send(update, context, text)
        return
    # The first lookup may build the place index (about a second): keep the event loop free meanwhile.
    zone = await asyncio.to_thread(places.resolve, query)
    if zone is None:
        await send(update, context, turn.t("info-timezone-unknown", place=query))
        return
    await turn.users.set_timezone(turn.user, zone)
    now_there = format_hm(turn.now, zoneinfo.ZoneInfo(zone))
    await send(update, context, turn.t("info-timezone-set", zone=label(zone, turn), now=now_there))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("timezone", timezone_command))
