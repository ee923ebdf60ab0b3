"""Free-text questions about the current event, and passing unanswered ones to the organisers."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from bot.answers.engine import Engine
from bot.callbacks import decode, encode, number
from bot.events.models import Event
from bot.services.questions.asking import AskService
from bot.turn import Turn
from handlers.common import BotContext, ack, send, with_turn
from handlers.keyboards import event_label, main_menu

PENDING = "ask_pending"  # a question waiting for the delegate to say which event it is about


def engine(context: BotContext) -> Engine:
    """The application's answering engine."""
    return context.application.bot_data["answer_engine"]


async def ask_prompt(update: Update, context: BotContext, turn: Turn) -> None:
    """The 'Ask a question' menu item."""
    await send(update, context, turn.t("answer-ask-prompt"))


async def _reply(
    update: Update, context: BotContext, turn: Turn, text: str, event: Event, events: list[Event]
) -> None:
    """Answer, offering the relay button on deferral, or event buttons when the event is ambiguous."""
    asked = await AskService(turn.session, engine(context), turn.now).ask(turn.user, event, events, text)
    reply = asked.reply
    markup = None
    if reply.kind == "clarify":
        context.user_data[PENDING] = text
        options = [ev for ev in events if ev.key in reply.options]
        rows = [
            [InlineKeyboardButton(event_label(turn, ev, turn.now), callback_data=encode("qev", ev.key))]
            for ev in options
        ]
        markup = InlineKeyboardMarkup(rows)
    elif reply.intents and reply.intents[0] in CHAT:
        markup = main_menu(turn)  # "hola", "menu", "?": the menu is the answer
    else:
        markup = _more_buttons(turn, reply.more, asked.question_id)
    await send(update, context, reply.html, markup)


CHAT = frozenset({"greet", "help", "thanks"})


def _more_buttons(turn: Turn, more: str | None, question_id: int | None) -> InlineKeyboardMarkup | None:
    """The whole section one button away (a shortened reply), and the relay button (a deferral)."""
    rows = []
    if more is not None:
        rows.append(
            [InlineKeyboardButton(turn.plain("answer-more-button"), callback_data=encode("menu", more))]
        )
    if question_id is not None:
        relay = encode("qrelay", str(question_id))
        rows.append([InlineKeyboardButton(turn.plain("answer-relay-button"), callback_data=relay)])
    return InlineKeyboardMarkup(rows) if rows else None


async def answer_text(update: Update, context: BotContext, turn: Turn) -> None:
    """Answer a free-text message outside any conversation."""
    message = update.effective_message
    if message is None or not message.text or turn.event is None:
        return
    await _reply(update, context, turn, message.text, turn.event, turn.rt.events.all())


@with_turn
async def event_picked(update: Update, context: BotContext, turn: Turn) -> None:
    """The delegate said which event their question is about."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    event = turn.rt.events.get(cb.arg) if cb else None
    text = context.user_data.pop(PENDING, None)
    if event is None or text is None:
        await send(update, context, turn.t("answer-pick-again"))
        return
    await _reply(update, context, turn, text, event, [event])


@with_turn
async def relay_requested(update: Update, context: BotContext, turn: Turn) -> None:
    """'Pass my question to the organisers': mark the recorded question as requested."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    question_id = number(cb.arg) if cb is not None else None
    service = AskService(turn.session, engine(context), turn.now)
    done = question_id is not None and await service.request_relay(turn.user, question_id)
    await send(update, context, turn.t("answer-relay-done" if done else "answer-relay-missing"))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(event_picked, pattern=r"^qev:"))
    app.add_handler(CallbackQueryHandler(relay_requested, pattern=r"^qrelay:"))
