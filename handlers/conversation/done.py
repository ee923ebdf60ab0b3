"""What a person is told when a conversation is confirmed: the RSVP's reference, the request's status."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update

from bot.events.common import article_of
from bot.events.models import Event
from bot.services.audit import request_ref
from bot.services.conversations.drafts import RSVP, SPONSORSHIP
from bot.services.conversations.form import Completion
from bot.services.registration.service import RegistrationService, to_data
from bot.services.sponsorship.policy import SUBMITTED, WAITLISTED
from bot.turn import Turn
from handlers.common import BotContext, send
from handlers.conversation.texts import (
    contact,
    counts_as,
    deadline,
    meaning,
    registration_unavailable,
    sponsorship_offer,
    sponsorship_refusal,
)
from handlers.keyboards import main_menu


async def restart_data(turn: Turn, event: Event, kind: str) -> dict[str, Any]:
    """The answers a conversation starts from: a stored registration when editing it, else none."""
    if kind == RSVP:
        registration = await RegistrationService(turn.session, turn.now).current(turn.user.id, event.key)
        return to_data(registration) if registration is not None else {}
    return {}


async def rsvp_done(update: Update, context: BotContext, turn: Turn, event: Event, done: Completion) -> None:
    """The registration was stored (or registration closed meanwhile)."""
    if done.status == "closed":
        await send(update, context, registration_unavailable(turn, event), main_menu(turn))
        return
    registration = done.record
    if done.status == "updated":
        await send(update, context, turn.t("reg-updated", reference=registration.reference), main_menu(turn))
        return
    title = event.display_title(turn.lang)
    article = article_of(event.title_article, turn.lang)
    text = turn.t(
        "reg-confirmed",
        reference=registration.reference,
        title=title,
        article=article,
        counts_as=counts_as(event),
    )
    text += meaning(turn, event)
    offer, markup = sponsorship_offer(turn, event, registration)
    await send(update, context, f"{text}\n\n{offer}" if offer else text, markup or main_menu(turn))


async def request_done(
    update: Update, context: BotContext, turn: Turn, event: Event, done: Completion
) -> None:
    """The sponsorship request was recorded, with a seat or subject to availability."""
    request = done.record
    if done.status == SUBMITTED:
        text = turn.t(
            "spons-submitted",
            request=request_ref(request.id),
            nominee=request.nominee_name,
            contact=contact(turn, event),
        )
    elif done.status == WAITLISTED:
        text = turn.t(
            "spons-waitlisted",
            request=request_ref(request.id),
            nominee=request.nominee_name,
            contact=contact(turn, event),
        )
    elif done.status == "closed" and event.sponsorship is not None:
        when = deadline(turn, event, event.sponsorship.deadline)
        text = turn.t("spons-closed", date=when, contact=contact(turn, event))
    else:
        registration = await RegistrationService(turn.session, turn.now).current(turn.user.id, event.key)
        text = sponsorship_refusal(turn, event, registration)
    await send(update, context, text, main_menu(turn))


Done = Callable[[Update, BotContext, Turn, Event, Completion], Awaitable[None]]
COMPLETIONS: dict[str, Done] = {RSVP: rsvp_done, SPONSORSHIP: request_done}
