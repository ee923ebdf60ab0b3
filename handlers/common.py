"""Shared handler plumbing: one database session per update, replying in chunks."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import CallbackContext, ExtBot

from bot.text import split_message
from bot.turn import Turn

if TYPE_CHECKING:
    from bot.runtime import Runtime


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """Callback context that exposes the runtime."""

    @property
    def rt(self) -> Runtime:
        return self.application.bot_data["runtime"]


TurnHandler = Callable[[Update, BotContext, Turn], Awaitable[None]]


def with_turn(fn: TurnHandler) -> Callable[[Update, BotContext], Awaitable[None]]:
    """Open the update's session and turn; commit when the handler returns, roll back if it raises."""

    @functools.wraps(fn)
    async def wrapper(update: Update, context: BotContext) -> None:
        tg_user = update.effective_user
        if tg_user is None:
            return
        async with context.rt.db.session() as session:
            turn = await Turn.open(context.rt, session, tg_user.id, tg_user.language_code)
            await fn(update, context, turn)

    return wrapper


async def send(
    update: Update, context: BotContext, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send HTML text to the update's chat, split under Telegram's limit, buttons on the last part."""
    chat = update.effective_chat
    if chat is None:
        return
    parts = split_message(text)
    for i, part in enumerate(parts):
        await context.bot.send_message(
            chat.id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if i == len(parts) - 1 else None,
            link_preview_options=None,
        )


async def ack(update: Update, text: str | None = None) -> None:
    """Answer a button press so the client stops its spinner."""
    if update.callback_query is not None:
        await update.callback_query.answer(text)
