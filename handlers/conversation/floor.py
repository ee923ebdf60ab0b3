""" "Quisiera pedir la palabra", "I'd like to ask a question at the debate": the person is led to the
registration's question about the floor (ahead of the conversation interceptors and free-text questions)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, MessageHandler, filters

from bot.services.conversations.asides import floor_request
from bot.services.conversations.drafts import RSVP, DraftService
from bot.services.conversations.flow import Flow
from bot.services.conversations.form import next_step
from bot.services.conversations.opening import build_form
from bot.services.organisers.floor import FLOOR_QUESTION, has_floor
from bot.services.registration.form import QUESTION_PREFIX
from bot.services.registration.service import Availability, availability
from bot.turn import Turn
from handlers.common import BotContext, turn_of
from handlers.conversation.done import restart_data
from handlers.conversation.steps import ask

FLOOR_GROUP = -2  # before the conversations' interceptors (group -1)
FLOOR_STEP = f"{QUESTION_PREFIX}{FLOOR_QUESTION}"


class _AsksForFloor(filters.MessageFilter):
    def filter(self, message: object) -> bool:
        text = getattr(message, "text", None)
        return bool(text) and floor_request(text)


async def on_floor(update: Update, context: BotContext) -> None:
    """Lead to the floor question when the current event asks it at registration (else carry on)."""
    turn = await turn_of(update)
    event = turn.event if turn is not None else None
    if turn is None or event is None or not has_floor(event):
        return
    if availability(event, turn.now) is not Availability.OPEN:
        return  # the free-text answer says how to take part
    await lead_to_floor(update, context, turn)
    raise ApplicationHandlerStop


async def lead_to_floor(update: Update, context: BotContext, turn: Turn) -> None:
    """Open (or go on with) the registration at its floor question; a newcomer starts with consent."""
    event = turn.event
    message = update.effective_message
    assert event is not None and message is not None
    form = await build_form(turn.session, turn.now, event, RSVP, turn.user.id, turn.lang)
    assert form is not None
    drafts = DraftService(turn.session, turn.now)
    draft = await drafts.find(turn.user.id, RSVP, event.key)
    data = dict(draft.data) if draft is not None else await restart_data(turn, event, RSVP)
    ready = "consent" in data  # consent is asked first, whatever the person wanted
    step = FLOOR_STEP if ready else next_step(form.steps(data), data).name
    draft = await drafts.start(turn.user.id, RSVP, event.key, step, data)
    await drafts.touch(draft, message.message_id)
    lead = turn.t("floor-led", ready="yes" if ready else "no")
    await ask(update, context, turn, Flow(drafts, draft, form), lead)


def register(app: Application) -> None:
    """Wire the handler (private chats, typed text)."""
    asks = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & _AsksForFloor()
    app.add_handler(MessageHandler(asks, on_floor), group=FLOOR_GROUP)
