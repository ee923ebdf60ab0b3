"""/language and the language buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.callbacks import decode
from bot.turn import Turn
from handlers.common import BotContext, ack, send, with_turn
from handlers.keyboards import language_menu
from handlers.start import show_event


@with_turn
async def choose(update: Update, context: BotContext, turn: Turn) -> None:
    """Offer the languages."""
    await send(update, context, turn.t("language-choose"), language_menu(turn))


@with_turn
async def chosen(update: Update, context: BotContext, turn: Turn) -> None:
    """Store the chosen language and show the menu in it."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    if cb is None or not await turn.users.choose_language(turn.user, cb.arg):
        await send(update, context, turn.t("hint-stale-button"), language_menu(turn))
        return
    await send(update, context, turn.t("language-set"))
    if turn.event is not None:
        await show_event(update, context, turn)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("language", choose))
    app.add_handler(CallbackQueryHandler(chosen, pattern=r"^lang:"))
