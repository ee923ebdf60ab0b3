"""/help."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CommandHandler

from bot.commands import publish_organiser
from bot.text import Html
from bot.turn import Turn
from handlers.common import BotContext, send, with_turn
from handlers.organisers.auth import is_organiser, organiser_chats
from handlers.organisers.guide import organisers_help
from handlers.organisers.voice import OrgText


@with_turn
async def help_command(update: Update, context: BotContext, turn: Turn) -> None:
    """What the bot can do; in an organisers' group, the organisers' commands; in an organiser's private
    chat, both (and their command menu, in case they became an organiser since the bot started)."""
    chat = update.effective_chat
    private = chat is None or chat.type == ChatType.PRIVATE
    if not private and chat is not None and chat.id in await organiser_chats(turn):
        await send(update, context, organisers_help(OrgText(turn.rt)))
        return
    text = turn.t("help-text")
    if private and await is_organiser(context, turn):
        await publish_organiser(context.bot, turn.rt.i18n, turn.user.id)
        text = Html(f"{text}\n\n{organisers_help(OrgText(turn.rt))}")
    await send(update, context, text)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("help", help_command))
