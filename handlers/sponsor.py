"""Requesting sponsorship: offered to eligible, registered delegates before the deadline."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import decode
from bot.events.models import Event
from bot.services.conversations.drafts import SPONSORSHIP
from bot.services.registration.service import RegistrationService
from bot.services.sponsorship.policy import Eligibility, eligibility, is_organisation
from bot.turn import Turn
from handlers.common import BotContext, ack, send, with_turn
from handlers.conversation.steps import enter
from handlers.conversation.texts import deadline, sponsorship_refusal
from handlers.keyboards import main_menu
from storage.models import Registration


def intro(turn: Turn, event: Event, registration: Registration) -> str:
    """What the sponsorship covers, by when, and the policy's note for States or for organisations."""
    policy = event.sponsorship
    assert policy is not None
    covers = ", ".join(turn.plain("spons-cover", cover=str(c)) for c in policy.covers)
    orgs = policy.organisations if is_organisation(registration) else None
    note_text = orgs.note if orgs is not None else policy.note
    note = note_text.get(turn.lang) if note_text else ""
    when = deadline(turn, event, policy.deadline)
    return turn.t("spons-intro", funder=policy.funder.get(turn.lang), covers=covers, date=when, note=note)


async def start_sponsorship(update: Update, context: BotContext, turn: Turn, event: Event) -> None:
    """Begin (or continue) a request, after checking the registration, the deadline and eligibility."""
    registration = await RegistrationService(turn.session, turn.now).current(turn.user.id, event.key)
    if eligibility(event, registration, turn.now) is not Eligibility.ELIGIBLE:
        await send(update, context, sponsorship_refusal(turn, event, registration), main_menu(turn))
        return
    assert registration is not None
    await enter(update, context, turn, event, SPONSORSHIP, intro(turn, event, registration))


@with_turn
async def sponsor_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """The 'Request sponsorship' button (its data names the event)."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    event = turn.rt.events.get(cb.arg) if cb is not None else None
    if event is None:
        await send(update, context, turn.t("hint-stale-button"), main_menu(turn))
        return
    await start_sponsorship(update, context, turn, event)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(sponsor_pressed, pattern=r"^sp:"))
