"""Programme, sponsorship and logistics screens (issue 3 builds them)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application

from bot.turn import Turn
from handlers.common import BotContext, send
from handlers.keyboards import main_menu


async def programme(update: Update, context: BotContext, turn: Turn) -> None:
    """The programme screen of the current event."""
    await send(update, context, turn.t("coming-soon"), main_menu(turn))


async def sponsorship(update: Update, context: BotContext, turn: Turn) -> None:
    """The sponsorship screen of the current event."""
    await send(update, context, turn.t("coming-soon"), main_menu(turn))


async def logistics(update: Update, context: BotContext, turn: Turn) -> None:
    """The logistics screen of the current event."""
    await send(update, context, turn.t("coming-soon"), main_menu(turn))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
