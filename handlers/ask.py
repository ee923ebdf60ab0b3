"""Free-text questions about the current event (issue 3 builds the answering)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application

from bot.turn import Turn
from handlers.common import BotContext, send
from handlers.keyboards import main_menu


async def ask_prompt(update: Update, context: BotContext, turn: Turn) -> None:
    """The 'Ask a question' menu item."""
    await send(update, context, turn.t("coming-soon"), main_menu(turn))


async def answer_text(update: Update, context: BotContext, turn: Turn) -> None:
    """Answer a free-text message outside any conversation."""
    await send(update, context, turn.t("coming-soon"), main_menu(turn))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
