"""Programme, sponsorship and logistics screens, and the programme's calendar file."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import decode, encode
from bot.present import calendar, info
from bot.present.render import Renderer
from bot.present.sponsorship import sponsorship_screen
from bot.turn import Turn
from handlers.common import BotContext, ack, send, send_file, with_turn
from handlers.conversation.texts import sponsorship_button
from handlers.keyboards import main_menu


def renderer(turn: Turn) -> Renderer:
    """Messages in the user's language."""
    return Renderer(turn.rt.i18n, turn.lang)


async def programme(update: Update, context: BotContext, turn: Turn) -> None:
    """The programme screen of the current event, with the calendar button when times are known."""
    event = turn.event
    if event is None:
        return
    text = info.programme(renderer(turn), event, turn.now, turn.user.timezone)
    rows = list(main_menu(turn).inline_keyboard)
    if calendar.has_calendar(event):
        rows.insert(
            0, (InlineKeyboardButton(turn.plain("info-ics-button"), callback_data=encode("ics", event.key)),)
        )
    await send(update, context, text, InlineKeyboardMarkup(rows))


async def sponsorship(update: Update, context: BotContext, turn: Turn) -> None:
    """The sponsorship screen of the current event."""
    event = turn.event
    if event is not None:
        text = sponsorship_screen(renderer(turn), event, turn.now, turn.user.timezone)
        menu = main_menu(turn)
        if event.sponsorship_open(turn.now):
            request = sponsorship_button(turn, event).inline_keyboard
            menu = InlineKeyboardMarkup((*request, *menu.inline_keyboard))
        await send(update, context, text, menu)


async def logistics(update: Update, context: BotContext, turn: Turn) -> None:
    """The logistics screen of the current event."""
    if turn.event is not None:
        await send(update, context, info.logistics(renderer(turn), turn.event), main_menu(turn))


@with_turn
async def calendar_file(update: Update, context: BotContext, turn: Turn) -> None:
    """Send the event's sessions as an .ics document."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    event = turn.rt.events.get(cb.arg) if cb is not None else None
    chat = update.effective_chat
    if event is None or chat is None or not calendar.has_calendar(event):
        await send(update, context, turn.t("info-ics-none"))
        return
    caption = turn.t("info-ics-caption", title=event.display_title(turn.lang))
    await send_file(
        update, context, calendar.ics(event, turn.lang, turn.now), calendar.file_name(event), caption
    )


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(calendar_file, pattern=r"^ics:"))
