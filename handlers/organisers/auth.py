"""Who may act as an organiser: ORGANISER_IDS, or administrators of an organisers' group."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot import unit
from bot.services.organisers.chats import organiser_chats as chats_now
from bot.turn import Turn
from handlers.common import BotContext, TurnHandler, ack, send, with_turn

log = logging.getLogger(__name__)
ADMIN_CACHE_SECONDS = 60.0
ADMIN_STATUSES = {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


async def organiser_chats(turn: Turn) -> set[int]:
    """ORGANISER_CHAT_ID and every event's own organisers' chat (a group that became a supergroup by its
    new id)."""
    return await chats_now(turn.session, turn.rt.settings, turn.rt.events)


async def _is_admin(context: BotContext, chat_id: int, user_id: int) -> bool:
    cache: dict[tuple[int, int], tuple[float, bool]] = context.bot_data.setdefault("admin_cache", {})
    hit = cache.get((chat_id, user_id))
    if hit is not None and time.monotonic() - hit[0] < ADMIN_CACHE_SECONDS:
        return hit[1]
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
        admin = member.status in ADMIN_STATUSES
    except TelegramError as exc:
        log.warning("could not check admin status in chat %s: %s", chat_id, exc)
        admin = False
    cache[(chat_id, user_id)] = (time.monotonic(), admin)
    return admin


async def is_organiser(context: BotContext, turn: Turn) -> bool:
    """Whether the turn's user may act as an organiser."""
    if turn.user.id in turn.rt.settings.organiser_ids:
        return True
    for chat_id in await organiser_chats(turn):
        if await _is_admin(context, chat_id, turn.user.id):
            return True
    return False


def organisers_only(fn: TurnHandler) -> TurnHandler:
    """Run `fn` only for organisers; anyone else gets a refusal and nothing changes."""

    @functools.wraps(fn)
    async def guarded(update: Update, context: BotContext, turn: Turn) -> None:
        if await is_organiser(context, turn):
            await fn(update, context, turn)
            return
        log.info("refused organiser action to user %s", turn.user.id)
        if update.callback_query is not None:
            await ack(update, turn.plain("org-refused"))
        else:
            await send(update, context, turn.t("org-refused"))

    return guarded


def organiser_command(fn: TurnHandler) -> Callable[[Update, BotContext], Awaitable[None]]:
    """with_turn + organisers_only, for command and button handlers."""
    return with_turn(organisers_only(fn))


def organiser_report(fn: TurnHandler) -> Callable[[Update, BotContext], Awaitable[None]]:
    """An organiser_tool that only reads: once the person may use it, the update's own transaction ends
    (its claim committed) and `fn`'s turn reads through a read-only session, so a long /export or /stats
    holds no lock that delegates' updates would wait for."""

    @functools.wraps(fn)
    async def reading(update: Update, context: BotContext, turn: Turn) -> None:
        await unit.current().release()
        async with turn.rt.db.read_session() as session:
            await fn(update, context, Turn(turn.rt, session, turn.user, turn.now))

    return organiser_tool(reading)


def organiser_tool(fn: TurnHandler) -> Callable[[Update, BotContext], Awaitable[None]]:
    """An organisers' command, answered in a private chat or an organisers' group, nowhere else."""

    @functools.wraps(fn)
    async def placed(update: Update, context: BotContext, turn: Turn) -> None:
        chat = update.effective_chat
        if chat is not None and chat.type != ChatType.PRIVATE and chat.id not in await organiser_chats(turn):
            await send(update, context, turn.t("tools-wrong-chat"))
            return
        await fn(update, context, turn)

    return organiser_command(placed)
