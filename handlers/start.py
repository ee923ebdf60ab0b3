"""/start (with an optional deep-link event key), /event, and choosing an event."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.callbacks import decode
from bot.present.event import event_header
from bot.services.catalogue import listing
from bot.text import shorten
from bot.turn import Turn
from handlers.common import BotContext, ack, send, with_turn
from handlers.keyboards import events_menu, main_menu
from handlers.sponsor import open_with_code

KEY_SHOWN = 64  # a deep link's payload is at most 64 characters: anything longer was typed


async def show_event(update: Update, context: BotContext, turn: Turn) -> None:
    """The current event's header and the main menu."""
    event = turn.event
    if event is None:
        await offer_events(update, context, turn)
        return
    past = event.status(turn.now) == "past"
    header = event_header(event, turn.lang, turn.rt.i18n)
    msg = "start-event-selected-past" if past else "start-event-selected"
    await send(update, context, turn.t(msg, **header), main_menu(turn))


async def offer_events(update: Update, context: BotContext, turn: Turn, include_past: bool = False) -> None:
    """Buttons for the events a person can choose from."""
    found = listing(turn.rt.events, turn.now, include_past)
    if found.events:
        title = "events-past-title" if include_past else "events-choose"
    elif found.offer_past:
        title = "events-none-upcoming"
    else:
        title = "events-none"
    await send(update, context, turn.t(title), events_menu(turn, found.events, found.offer_past))


@with_turn
async def start(update: Update, context: BotContext, turn: Turn) -> None:
    """Greet; select the event named in the deep link, or offer the events."""
    name = update.effective_user.first_name if update.effective_user else ""
    await send(update, context, turn.t("start-greeting", name=name))
    key = context.args[0].strip().lower() if context.args else None
    if key and await open_with_code(update, context, turn, key):
        return
    if key and turn.rt.events.get(key) is not None:
        await turn.users.select_event(turn.user, key)
        await show_event(update, context, turn)
    elif key:
        shown = shorten(key, KEY_SHOWN, turn.plain("text-shortened"))
        await send(update, context, turn.t("start-unknown-event", key=shown))
        await offer_events(update, context, turn)
    elif (only := turn.event) is not None:
        await turn.users.select_event(turn.user, only.key)  # the only current event: nothing to choose
        await show_event(update, context, turn)
    else:
        await offer_events(update, context, turn)


@with_turn
async def switch_event(update: Update, context: BotContext, turn: Turn) -> None:
    """/event: choose another event."""
    await offer_events(update, context, turn)


@with_turn
async def event_chosen(update: Update, context: BotContext, turn: Turn) -> None:
    """A press on an event button, or on 'past events'."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    if cb is not None and cb.kind == "evpast":
        await offer_events(update, context, turn, include_past=True)
    elif cb is not None and turn.rt.events.get(cb.arg) is not None:
        await turn.users.select_event(turn.user, cb.arg)
        await show_event(update, context, turn)
    else:
        await send(update, context, turn.t("hint-stale-button"))
        await offer_events(update, context, turn)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("event", switch_event))
    app.add_handler(CallbackQueryHandler(event_chosen, pattern=r"^(ev|evpast):"))
