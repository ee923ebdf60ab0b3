"""/help."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.turn import Turn
from handlers.common import BotContext, send, with_turn


@with_turn
async def help_command(update: Update, context: BotContext, turn: Turn) -> None:
    """What the bot can do."""
    await send(update, context, turn.t("help-text"))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("help", help_command))
