"""Conversations in progress: ahead of every feature (group -1), messages and presses go to the draft.

State lives in the database (drafts), not in python-telegram-bot's memory, so a restart or a second process
continues at the same step. Without an active draft these handlers return and the normal handlers run.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from bot.callbacks import decode, number
from bot.events.models import Event
from bot.services.conversations.drafts import DraftService
from bot.services.conversations.flow import Flow, Outcome
from bot.services.conversations.form import Kind, next_step
from bot.services.conversations.opening import build_form, open_flow
from bot.turn import Turn
from handlers.common import BotContext, TurnHandler, ack, edit, send, turn_of, with_turn
from handlers.conversation.asides import LANGUAGE_ACTION, offer_language, stale_press, switch_language
from handlers.conversation.done import COMPLETIONS, restart_data
from handlers.conversation.render import (
    FLOW,
    error_text,
    keyboard,
    match_option,
    prompt_text,
    resume_keyboard,
    suggestions_keyboard,
)
from handlers.keyboards import main_menu

INTERCEPT_GROUP = -1
AFTER_GROUP = 1
PRIVATE = filters.ChatType.PRIVATE
# Commands and buttons that manage conversations themselves; any other one pauses the conversation.
# (/start with an invitation code opens a request with the code filled in.)
OWN_COMMANDS = filters.Regex(r"^/(cancel|register|myregistration)(@\w+)?(\s|$)|^/start(@\w+)?\s+(?i:inv)-")
OTHER_BUTTONS = r"^(?!(f|rf|mr|sp):|menu:(register|my-registration)$)"


async def _intercept(update: Update, context: BotContext, fn: TurnHandler, always: bool = False) -> None:
    """Run `fn` in the update's session when the user is in a conversation (or `always`), then stop."""
    turn = await turn_of(update)  # private chats only: the update's handler opens the turn anyway
    if turn is None:
        return
    if not always and not await DraftService(turn.session, turn.now).has_active(turn.user.id):
        return  # known from the user's record, loaded with it: no statement of its own
    await fn(update, context, turn)
    raise ApplicationHandlerStop


async def on_text(update: Update, context: BotContext) -> None:
    """A text message: the answer to the current step."""
    await _intercept(update, context, answer_text)


async def on_other(update: Update, context: BotContext) -> None:
    """A photo, sticker, voice note...: a hint, and the step again."""
    await _intercept(update, context, answer_other)


async def on_press(update: Update, context: BotContext) -> None:
    """A conversation button, current or stale."""
    await _intercept(update, context, answer_press, always=True)


async def current_flow(update: Update, context: BotContext, turn: Turn) -> Flow | None:
    """The user's conversation with its form; a conversation that cannot go on is dropped, with a word."""
    drafts = DraftService(turn.session, turn.now)
    draft = await drafts.active(turn.user.id)
    if draft is None:
        return None
    flow = await open_flow(turn.session, turn.now, draft, turn.rt.events.get(draft.event_key), turn.lang)
    if flow is None:
        await drafts.cancel(draft)
        await send(update, context, turn.t("flow-gone"), main_menu(turn))
    return flow


async def answer_text(update: Update, context: BotContext, turn: Turn) -> None:
    """Check and store a typed answer."""
    message = update.effective_message
    flow = await current_flow(update, context, turn)
    if flow is None or message is None or message.text is None:
        return
    if message.message_id > flow.draft.last_message_id and await offer_language(
        update, context, turn, flow, message.text
    ):
        return
    step = flow.current()
    choice = match_option(turn, step, message.text) if step.kind is Kind.CHOICE else None
    outcome = await flow.typed(message.text, message.message_id, choice)
    await show(update, context, turn, flow, outcome)


async def answer_other(update: Update, context: BotContext, turn: Turn) -> None:
    """Not text: say what the step needs, and ask it again."""
    message = update.effective_message
    flow = await current_flow(update, context, turn)
    if flow is None or message is None or message.message_id <= flow.draft.last_message_id:
        return
    await flow.drafts.touch(flow.draft, message.message_id)
    await ask(update, context, turn, flow, turn.t("flow-hint-text"))


async def answer_press(update: Update, context: BotContext, turn: Turn) -> None:
    """A button: stale ones only get a short notice, so double taps and old messages change nothing."""
    cb = decode(update.callback_query.data if update.callback_query else None)
    token, action, value = [*(cb.arg if cb else "").split(":", 2), "", "", ""][:3]
    flow = await current_flow(update, context, turn)
    if flow is None or cb is None or cb.kind != FLOW:
        await stale_press(update, context, turn, None)
    elif action == LANGUAGE_ACTION and await switch_language(turn, flow, token, value):
        await ack(update)
        await ask(
            update, context, turn, await current_flow(update, context, turn) or flow, turn.t("language-set")
        )
    else:
        await show(update, context, turn, flow, await flow.press(token, action, value))


async def show(update: Update, context: BotContext, turn: Turn, flow: Flow, outcome: Outcome) -> None:
    """Render what an input did."""
    if outcome.status == "stale":
        await stale_press(update, context, turn, flow)
        return
    await ack(update)
    step = outcome.step
    if outcome.status == "next":
        await ask(update, context, turn, flow)
    elif outcome.status == "invalid" and outcome.error is not None:
        await ask(update, context, turn, flow, error_text(turn, outcome.error))
    elif outcome.status == "hint":
        await ask(update, context, turn, flow, turn.t("flow-hint-buttons"))
    elif outcome.status == "repeat":
        await ask(update, context, turn, flow, turn.t("flow-repeat"))
    elif outcome.status == "suggest":
        markup = suggestions_keyboard(turn, flow.draft.token, outcome.suggestions)
        await send(update, context, turn.t("flow-country-suggest"), markup)
    elif outcome.status == "toggled" and step is not None:
        await edit(update, markup=keyboard(turn, flow.draft.token, step, flow.data))
    elif outcome.status == "stopped":
        await send(update, context, turn.t(outcome.message or "flow-cancelled"), main_menu(turn))
    elif outcome.status == "cancelled":
        await send(update, context, turn.t("flow-cancelled"), main_menu(turn))
    elif outcome.status == "done" and outcome.completion is not None:
        await COMPLETIONS[flow.draft.kind](update, context, turn, flow.form.event, outcome.completion)


async def ask(update: Update, context: BotContext, turn: Turn, flow: Flow, lead: str | None = None) -> None:
    """Send the current step's question and buttons, after `lead` (an error or a hint) if any."""
    steps = flow.steps()
    step = flow.current()
    text = prompt_text(turn, step, steps, flow.data)
    await send(
        update,
        context,
        f"{lead}\n\n{text}" if lead else text,
        keyboard(turn, flow.draft.token, step, flow.data),
    )


async def begin(
    update: Update,
    context: BotContext,
    turn: Turn,
    event: Event,
    kind: str,
    lead: str | None = None,
    given: dict[str, Any] | None = None,
    *,
    none_yet: bool = False,
) -> None:
    """Start (or start over) a conversation of `kind` about `event`, and ask its first question (the first
    one not `given`, such as an invitation code that came with a link). `none_yet`: the caller just found
    that the user has no draft of this kind and event (it is not looked up again)."""
    form = await build_form(turn.session, turn.now, event, kind, turn.user.id, turn.lang)
    if form is None:
        await send(update, context, turn.t("flow-gone"), main_menu(turn))
        return
    data = {**await restart_data(turn, event, kind), **(given or {})}
    drafts = DraftService(turn.session, turn.now)
    step = next_step(form.steps(data), data).name
    draft = await drafts.start(turn.user.id, kind, event.key, step, data, none_yet=none_yet)
    await ask(update, context, turn, Flow(drafts, draft, form), lead)


@with_turn
async def resume_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """'Continue where you left off' or 'Start over' on a paused conversation."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    draft_id, _, action = (cb.arg if cb else "").partition(":")
    drafts = DraftService(turn.session, turn.now)
    draft = await drafts.get(turn.user.id, found) if (found := number(draft_id)) is not None else None
    event = turn.rt.events.get(draft.event_key) if draft else None
    if draft is None:  # finished, cancelled, or deleted after DRAFT_RETENTION_DAYS set aside
        days = turn.rt.settings.draft_retention_days
        await send(update, context, turn.t("flow-not-kept", days=days), main_menu(turn))
    elif event is None:
        await send(update, context, turn.t("flow-gone"), main_menu(turn))
    elif action == "new":
        await begin(update, context, turn, event, draft.kind)
    elif await drafts.resume(draft) and (flow := await current_flow(update, context, turn)) is not None:
        await ask(update, context, turn, flow)


async def _pause_if_active(update: Update, context: BotContext, turn: Turn) -> None:
    drafts = DraftService(turn.session, turn.now)
    draft = await drafts.active(turn.user.id)
    if draft is not None and await drafts.pause(draft):
        await send(update, context, turn.t("flow-paused", kind=draft.kind), resume_keyboard(turn, draft.id))


async def pause_on_leave(update: Update, context: BotContext) -> None:
    """After another command or button (group 1): set the conversation aside and say how to resume."""
    tg_user, chat = update.effective_user, update.effective_chat
    if tg_user is None or chat is None or chat.type != ChatType.PRIVATE:
        return
    turn = await turn_of(update)
    assert turn is not None
    if await DraftService(turn.session, turn.now).has_active(turn.user.id):
        await _pause_if_active(update, context, turn)


def register(app: Application) -> None:
    """Wire the interceptors (group -1), the resume buttons, and the pause after other actions (group 1)."""
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND, on_text), group=INTERCEPT_GROUP)
    other = PRIVATE & ~filters.TEXT & ~filters.COMMAND & ~filters.StatusUpdate.ALL
    app.add_handler(MessageHandler(other, on_other), group=INTERCEPT_GROUP)
    app.add_handler(CallbackQueryHandler(on_press, pattern=rf"^{FLOW}:"), group=INTERCEPT_GROUP)
    app.add_handler(CallbackQueryHandler(resume_pressed, pattern=r"^rf:"))
    app.add_handler(
        MessageHandler(PRIVATE & filters.COMMAND & ~OWN_COMMANDS, pause_on_leave), group=AFTER_GROUP
    )
    app.add_handler(CallbackQueryHandler(pause_on_leave, pattern=OTHER_BUTTONS), group=AFTER_GROUP)


async def enter(
    update: Update, context: BotContext, turn: Turn, event: Event, kind: str, lead: str | None
) -> None:
    """Open a conversation: continue the one in progress, offer to resume a paused one, or begin."""
    drafts = DraftService(turn.session, turn.now)
    draft = await drafts.find(turn.user.id, kind, event.key)
    if draft is None:
        await begin(update, context, turn, event, kind, lead, none_yet=True)
    elif draft.expired:
        await send(update, context, turn.t("flow-paused-found", kind=kind), resume_keyboard(turn, draft.id))
    elif (flow := await open_flow(turn.session, turn.now, draft, event, turn.lang)) is not None:
        await ask(update, context, turn, flow)
    else:
        gone = await drafts.cancel(draft)  # False if it changed meanwhile: then begin finds it again
        await begin(update, context, turn, event, kind, lead, none_yet=gone)
