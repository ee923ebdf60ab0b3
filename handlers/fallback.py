"""Whatever no feature handled: unknown commands, media, stray buttons, and (for now) free text."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from bot.turn import Turn
from handlers import ask
from handlers.common import BotContext, ack, send, with_turn
from handlers.keyboards import main_menu
from handlers.start import offer_events


@with_turn
async def unknown_command(update: Update, context: BotContext, turn: Turn) -> None:
    """A command we do not have."""
    await send(update, context, turn.t("hint-unknown-command"))


@with_turn
async def unsupported(update: Update, context: BotContext, turn: Turn) -> None:
    """Stickers, photos, voice notes and the like: what I can read, with the menu to go on from."""
    if turn.event is None:
        await send(update, context, turn.t("hint-unsupported"))
        await offer_events(update, context, turn)
        return
    await send(update, context, turn.t("hint-unsupported"), main_menu(turn))


@with_turn
async def free_text(update: Update, context: BotContext, turn: Turn) -> None:
    """Text outside any conversation is a question about the current event."""
    if turn.event is None:
        await offer_events(update, context, turn)
        return
    await ask.answer_text(update, context, turn)


@with_turn
async def stale_button(update: Update, context: BotContext, turn: Turn) -> None:
    """A button whose data no handler recognises (old message, or forged)."""
    await ack(update)
    await send(update, context, turn.t("hint-stale-button"), main_menu(turn))


def register(app: Application) -> None:
    """Wire the handlers of this module; must come after every feature (same group, checked in order)."""
    private = filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, free_text))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, unsupported))
    app.add_handler(CallbackQueryHandler(stale_button))
