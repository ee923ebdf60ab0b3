"""Approve, Decline, Waiting list: the buttons of a sponsorship request's post in the organisers' group."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import number
from bot.services.organisers.decisions import DECISION_BUTTON, DecisionService, Outcome
from bot.turn import Turn
from handlers.common import BotContext, ack
from handlers.organisers.auth import organiser_command
from handlers.organisers.voice import OrgText, acting, verified


def answer(text: OrgText, outcome: Outcome) -> str:
    """What the organiser who pressed is told (a short notice on the button)."""
    if outcome.kind == "done":
        return text.plain("org-decision-done", status=outcome.status)
    if outcome.kind != "already":
        return text.plain("org-stale")
    status = text.plain("org-status", status=outcome.status)
    if outcome.by is None:
        return text.plain("org-decision-now", status=status)
    when = text.when(outcome.at, outcome.event_key)
    return text.plain("org-decision-already", status=status, name=outcome.by, when=when)


@organiser_command
async def decision_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """A decision button: signed data, pressed on the request's own post, applied once."""
    text = OrgText(context.rt)
    query = update.callback_query
    arg = verified(context.rt, query.data if query else None)
    number_text, _, code = (arg or "").partition(":")
    request_id = number(number_text)
    message = query.message if query else None
    if request_id is None or message is None:
        await ack(update, text.plain("org-stale"))
        return
    source = (message.chat.id, message.message_id)
    outcome = await DecisionService(turn.session, turn.now).decide(request_id, code, acting(update), source)
    await ack(update, answer(text, outcome))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(decision_pressed, pattern=rf"^{DECISION_BUTTON}:"))
