"""RSVP: /register and the menu's Register; /myregistration; /cancel. Wires the conversation machinery."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.services.conversations.drafts import RSVP, DraftService
from bot.services.registration.service import Availability, RegistrationService, availability
from bot.turn import Turn
from handlers import myregistration, sponsor
from handlers.common import BotContext, send, with_turn
from handlers.conversation import floor as floor_aside
from handlers.conversation import steps as flow
from handlers.conversation.texts import counts_as, external, meaning, registration_unavailable
from handlers.keyboards import main_menu
from handlers.start import offer_events

PRIVATE = filters.ChatType.PRIVATE


async def start_registration(update: Update, context: BotContext, turn: Turn) -> None:
    """The 'Register' menu item: confirm participation in the current event."""
    event = turn.event
    if event is None:
        await send(update, context, turn.t("event-needed"))
        await offer_events(update, context, turn)
        return
    if availability(event, turn.now) is not Availability.OPEN:
        await send(update, context, registration_unavailable(turn, event), main_menu(turn))
        return
    if await RegistrationService(turn.session, turn.now).current(turn.user.id, event.key) is not None:
        await send(update, context, turn.t("reg-already"))
        await myregistration.show(update, context, turn, event)
        return
    note = event.registration.note.get(turn.lang) if event.registration and event.registration.note else ""
    title = event.display_title(turn.lang)
    said = meaning(turn, event)  # it names the organisers' own page when registering there is needed too
    intro = turn.t("reg-intro", title=title, note=note, counts_as=counts_as(event))
    lead = intro + (said or external(turn, event))
    await flow.enter(update, context, turn, event, RSVP, lead)


async def my_registration(update: Update, context: BotContext, turn: Turn) -> None:
    """The 'My registration' menu item."""
    if turn.event is None:
        await send(update, context, turn.t("event-needed"))
        await offer_events(update, context, turn)
        return
    await myregistration.show(update, context, turn, turn.event)


@with_turn
async def register_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/register."""
    await start_registration(update, context, turn)


@with_turn
async def my_registration_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/myregistration."""
    await my_registration(update, context, turn)


@with_turn
async def cancel_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/cancel: drop the conversation in progress (and any paused one); confirmed records stay."""
    dropped = await DraftService(turn.session, turn.now).cancel_all(turn.user.id)
    markup = main_menu(turn) if turn.event is not None else None
    await send(update, context, turn.t("flow-cancelled" if dropped else "flow-nothing-to-cancel"), markup)


def register(app: Application) -> None:
    """Wire the conversations: interceptors, commands and buttons."""
    flow.register(app)
    floor_aside.register(app)
    app.add_handler(CommandHandler("register", register_command, filters=PRIVATE))
    app.add_handler(CommandHandler("myregistration", my_registration_command, filters=PRIVATE))
    app.add_handler(CommandHandler("cancel", cancel_command, filters=PRIVATE))
    myregistration.register(app)
    sponsor.register(app)
