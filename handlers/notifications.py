"""/notifications: a delegate turns reminders off (or on again). Organisers' announcements always reach
registrants; reminders are the bot's own nudges before deadlines and the event."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.callbacks import decode, encode
from bot.turn import Turn
from handlers.common import BotContext, ack, edit, send, with_turn

BUTTON = "ntf"


def _state(turn: Turn) -> tuple[str, InlineKeyboardMarkup]:
    off = turn.user.reminders_off
    label = turn.plain("notifications-turn-on" if off else "notifications-turn-off")
    button = InlineKeyboardButton(label, callback_data=encode(BUTTON, "on" if off else "off"))
    return turn.t("notifications-state", off="yes" if off else "no"), InlineKeyboardMarkup([[button]])


@with_turn
async def notifications_command(update: Update, context: BotContext, turn: Turn) -> None:
    """Say whether reminders are on, with a button to switch."""
    await send(update, context, *_state(turn))


@with_turn
async def notifications_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """Switch reminders as the button says (an old button sets what it names: a double tap is harmless)."""
    pressed = decode(update.callback_query.data if update.callback_query else None)
    if pressed is not None and pressed.arg in ("on", "off"):
        await turn.users.set_reminders(turn.user, pressed.arg == "on")
    await ack(update)
    await edit(update, *_state(turn))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("notifications", notifications_command))
    app.add_handler(CallbackQueryHandler(notifications_pressed, pattern=rf"^{BUTTON}:"))
