"""The main menu's buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import MENU_ITEMS, decode
from bot.turn import Turn
from handlers import ask, info, registration
from handlers.common import BotContext, TurnHandler, ack, send, with_turn
from handlers.keyboards import language_menu, main_menu
from handlers.start import offer_events

# Menu items that need a selected event, and the screen each opens.
EVENT_SCREENS: dict[str, TurnHandler] = {
    "programme": info.programme,
    "sponsorship": info.sponsorship,
    "logistics": info.logistics,
    "register": registration.start_registration,
    "ask": ask.ask_prompt,
    "my-registration": registration.my_registration,
}


@with_turn
async def menu_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """Route a main-menu press to its screen."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    item = cb.arg if cb is not None and cb.arg in MENU_ITEMS else None
    if item is None:
        await send(update, context, turn.t("hint-stale-button"), main_menu(turn))
    elif item == "language":
        await send(update, context, turn.t("language-choose"), language_menu(turn))
    elif item == "event":
        await offer_events(update, context, turn)
    elif turn.event is None:
        await send(update, context, turn.t("event-needed"))
        await offer_events(update, context, turn)
    else:
        await EVENT_SCREENS[item](update, context, turn)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(menu_pressed, pattern=r"^menu:"))
