"""RSVP and sponsorship conversations, and /myregistration (issue 4 builds them)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application

from bot.turn import Turn
from handlers.common import BotContext, send
from handlers.keyboards import main_menu


async def start_registration(update: Update, context: BotContext, turn: Turn) -> None:
    """The 'Register' menu item."""
    await send(update, context, turn.t("coming-soon"), main_menu(turn))


async def my_registration(update: Update, context: BotContext, turn: Turn) -> None:
    """The 'My registration' menu item."""
    await send(update, context, turn.t("coming-soon"), main_menu(turn))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
