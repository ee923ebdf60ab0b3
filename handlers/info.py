"""Programme, sponsorship and logistics screens (a short first part, the rest one button away), and the
programme's calendar file."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import PART, decode, decode_part, encode, encode_part
from bot.events.models import Event
from bot.present import calendar, info, parts
from bot.present.render import Renderer
from bot.present.sponsorship import sponsorship_screen
from bot.turn import Turn
from handlers.common import BotContext, ack, send, send_file, with_turn
from handlers.conversation.texts import sponsorship_button
from handlers.keyboards import main_menu

Rows = list[Sequence[InlineKeyboardButton]]
PARTS_PER_ROW = 2


def renderer(turn: Turn) -> Renderer:
    """Messages in the user's language."""
    return Renderer(turn.rt.i18n, turn.lang)


def part_rows(turn: Turn, screen: str, event: Event) -> Rows:
    """One button per further part the event has, two to a row."""
    names = parts.available(renderer(turn), screen, event, turn.now, turn.user.timezone)
    buttons = [
        InlineKeyboardButton(
            turn.plain(f"info-part-{name}"), callback_data=encode_part(screen, name, event.key)
        )
        for name in names
    ]
    return [buttons[i : i + PARTS_PER_ROW] for i in range(0, len(buttons), PARTS_PER_ROW)]


async def show_programme(update: Update, context: BotContext, turn: Turn, event: Event) -> None:
    """The programme's first part, with the calendar button when times are known, and its parts' buttons."""
    text = info.programme(renderer(turn), event, turn.now, turn.user.timezone)
    rows: Rows = []
    if calendar.has_calendar(event):
        rows.append(
            [InlineKeyboardButton(turn.plain("info-ics-button"), callback_data=encode("ics", event.key))]
        )
    rows += [*part_rows(turn, "programme", event), *main_menu(turn).inline_keyboard]
    await send(update, context, text, InlineKeyboardMarkup(rows))


async def show_sponsorship(update: Update, context: BotContext, turn: Turn, event: Event) -> None:
    """The sponsorship's first part, the request button while requests are open, and its parts' buttons."""
    text = sponsorship_screen(renderer(turn), event, turn.now, turn.user.timezone)
    rows: Rows = []
    if event.sponsorship_open(turn.now):
        rows += sponsorship_button(turn, event).inline_keyboard
    rows += [*part_rows(turn, "sponsorship", event), *main_menu(turn).inline_keyboard]
    await send(update, context, text, InlineKeyboardMarkup(rows))


async def show_logistics(update: Update, context: BotContext, turn: Turn, event: Event) -> None:
    """The logistics' first part and its parts' buttons."""
    rows = [*part_rows(turn, "logistics", event), *main_menu(turn).inline_keyboard]
    await send(update, context, info.logistics(renderer(turn), event), InlineKeyboardMarkup(rows))


SCREENS: dict[str, Callable[[Update, BotContext, Turn, Event], Awaitable[None]]] = {
    "programme": show_programme,
    "sponsorship": show_sponsorship,
    "logistics": show_logistics,
}


async def programme(update: Update, context: BotContext, turn: Turn) -> None:
    """The programme screen of the current event."""
    if turn.event is not None:
        await show_programme(update, context, turn, turn.event)


async def sponsorship(update: Update, context: BotContext, turn: Turn) -> None:
    """The sponsorship screen of the current event."""
    if turn.event is not None:
        await show_sponsorship(update, context, turn, turn.event)


async def logistics(update: Update, context: BotContext, turn: Turn) -> None:
    """The logistics screen of the current event."""
    if turn.event is not None:
        await show_logistics(update, context, turn, turn.event)


@with_turn
async def part_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """A screen's part button: that part as a new message, with the way back to the screen's first part; a
    stale or forged button (unknown event or part, a part the event does not have) gets the menu."""
    await ack(update)
    press = decode_part(update.callback_query.data if update.callback_query else None)
    event = turn.rt.events.get(press.event) if press is not None else None
    if press is None or event is None:
        await send(update, context, turn.t("hint-stale-button"), main_menu(turn))
        return
    if press.part == parts.FIRST:
        await SCREENS[press.screen](update, context, turn, event)
        return
    text = parts.part(renderer(turn), press.screen, press.part, event, turn.now, turn.user.timezone)
    if not text:
        await send(update, context, turn.t("hint-stale-button"), main_menu(turn))
        return
    back = InlineKeyboardButton(
        turn.plain(f"info-back-{press.screen}"),
        callback_data=encode_part(press.screen, parts.FIRST, event.key),
    )
    await send(update, context, text, InlineKeyboardMarkup([[back], *main_menu(turn).inline_keyboard]))


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
    app.add_handler(CallbackQueryHandler(part_pressed, pattern=rf"^{PART}:"))
