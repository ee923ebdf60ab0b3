"""Shared handler plumbing: the update's turn, and replies queued until the update's transaction commits."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, cast

from telegram import ForceReply, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackContext, ExtBot

from bot import unit
from bot.inbox import InboxBot
from bot.text import split_message
from bot.turn import Turn

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bot.runtime import Runtime


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """Callback context that exposes the runtime and the update's database session."""

    @property
    def rt(self) -> Runtime:
        return self.application.bot_data["runtime"]

    @property
    def session(self) -> AsyncSession:
        """The update's session (one per update, shared by every handler group)."""
        return unit.current().session


NOT_MODIFIED = "message is not modified"  # Telegram's answer to an edit that changes nothing

TurnHandler = Callable[[Update, BotContext, Turn], Awaitable[None]]


async def turn_of(update: Update) -> Turn | None:
    """The turn of the update's user (opened once per update), or None for updates without a user."""
    tg_user = update.effective_user
    if tg_user is None:
        return None
    return await unit.current().turn(tg_user.id, tg_user.language_code)


def with_turn(fn: TurnHandler) -> Callable[[Update, BotContext], Awaitable[None]]:
    """Run `fn` with the user's turn; the update's unit of work commits (or rolls back) around it."""

    @functools.wraps(fn)
    async def wrapper(update: Update, context: BotContext) -> None:
        turn = await turn_of(update)
        if turn is not None:
            await fn(update, context, turn)

    return wrapper


async def send(
    update: Update, context: BotContext, text: str, markup: InlineKeyboardMarkup | ForceReply | None = None
) -> None:
    """Reply with HTML text (after the commit), split under Telegram's limit, buttons on the last part."""
    chat = update.effective_chat
    if chat is None:
        return
    parts = split_message(text)
    for i, part in enumerate(parts):
        keyboard = markup if i == len(parts) - 1 else None
        unit.current().reply(functools.partial(_bot(context).reply_html, chat.id, part, keyboard))


def _bot(context: BotContext) -> InboxBot:
    """The application's bot (bot.app builds an InboxBot)."""
    return cast(InboxBot, context.bot)


async def send_file(
    update: Update,
    context: BotContext,
    data: bytes,
    filename: str,
    caption: str | None = None,
    photo: bool = False,
) -> None:
    """Reply with a document (or a photo), after the commit; the caption is HTML."""
    chat = update.effective_chat
    if chat is None:
        return
    if photo:
        call = functools.partial(context.bot.send_photo, chat.id, data, caption=caption)
    else:
        call = functools.partial(context.bot.send_document, chat.id, data, filename=filename, caption=caption)
    unit.current().reply(functools.partial(call, parse_mode=ParseMode.HTML))


async def send_stored(update: Update, context: BotContext, kind: str, file_id: str, caption: str) -> None:
    """Reply with a photo or document Telegram already has (by file id), after the commit; HTML caption."""
    chat = update.effective_chat
    if chat is None:
        return
    method = context.bot.send_photo if kind == "photo" else context.bot.send_document
    unit.current().reply(
        functools.partial(method, chat.id, file_id, caption=caption, parse_mode=ParseMode.HTML)
    )


async def edit(update: Update, text: str | None = None, markup: InlineKeyboardMarkup | None = None) -> None:
    """Replace the pressed message's text (HTML) and buttons, or only its buttons, after the commit."""
    query = update.callback_query
    if query is None:
        return
    if text is None:
        change = functools.partial(query.edit_message_reply_markup, markup)
    else:
        change = functools.partial(
            query.edit_message_text, text, parse_mode=ParseMode.HTML, reply_markup=markup
        )
    unit.current().reply(functools.partial(_unless_unchanged, change))


async def _unless_unchanged(change: Callable[[], Awaitable[object]]) -> None:
    """Make an edit; a message already as wanted (a double tap, a second press) is not a failure."""
    try:
        await change()
    except BadRequest as exc:
        if NOT_MODIFIED not in exc.message.lower():
            raise


async def ack(update: Update, text: str | None = None) -> None:
    """Answer a button press (after the commit) so the client stops its spinner."""
    if update.callback_query is not None:
        unit.current().reply(functools.partial(update.callback_query.answer, text))
