"""Announcements: /broadcast [EVENT] (segment, Spanish text, English text, preview, send now or schedule),
/broadcasts (past and scheduled, with figures), /broadcast_cancel [N]. Organisers only, at every step:
buttons are signed and checked against the broadcast's author, and the text steps read only the author's
messages in the chat where the broadcast is being written (in a group, replies to the bot's prompt, which
Telegram delivers even with privacy mode on)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import number
from bot.services.broadcasts.compose import (
    LANGS,
    PREVIEW,
    SEGMENT,
    Composer,
)
from bot.services.broadcasts.manage import cancel_broadcast, recent
from bot.services.broadcasts.segments import offered
from bot.turn import Turn
from handlers.common import BotContext, ack, edit, send
from handlers.organisers.auth import organiser_command, organiser_tool
from handlers.organisers.broadcast_steps import (
    BUTTON,
    ask_text,
    ask_time,
    button,
    chosen,
    compose_input,
    segment_chosen,
)
from handlers.organisers.stats import pick_event
from handlers.organisers.voice import OrgText, verified
from storage.models import Broadcast

COMPOSE_GROUP = -2  # ahead of the delegates' conversations (-1): an organiser writing is not asking
INPUT = (
    (filters.TEXT & ~filters.COMMAND)
    | filters.Regex(r"^/(skip|cancel)(@\w+)?\s*$")
    | filters.PHOTO
    | filters.Document.ALL
)


def _segments(context: BotContext, broadcast: Broadcast) -> InlineKeyboardMarkup:
    voice = OrgText(context.rt)
    event = context.rt.events.get(broadcast.event_key)
    codes = offered(event) if event is not None else ["all"]
    rows = [[button(context, voice.plain("bc-segment", code=code), "seg", broadcast, code)] for code in codes]
    rows.append([button(context, voice.plain("bc-discard-button"), "drop", broadcast)])
    return InlineKeyboardMarkup(rows)


@organiser_tool
async def broadcast_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/broadcast [EVENT]: start writing an announcement."""
    voice = OrgText(context.rt)
    event = await pick_event(update, context, turn, voice)
    chat = update.effective_chat
    if event is None or chat is None:
        return
    broadcast = await Composer(turn.session, turn.now).begin(turn.user, event.key, chat.id)
    title = event.display_title(voice.lang)
    await send(update, context, voice.t("bc-start", title=title), _segments(context, broadcast))


async def _own(update: Update, context: BotContext, turn: Turn) -> tuple[Broadcast, str, str] | None:
    """The broadcast a button is about, if it is this organiser's and still being written; else a notice."""
    voice = OrgText(context.rt)
    query = update.callback_query
    action, _, rest = (verified(context.rt, query.data if query else None) or "").partition(":")
    number_text, _, value = rest.partition(":")
    broadcast_id = number(number_text)
    broadcast = await Composer(turn.session, turn.now).current(turn.user)
    if broadcast_id is None or broadcast is None or broadcast.id != broadcast_id:
        await ack(update, voice.plain("bc-stale"))
        return None
    return broadcast, action, value


@organiser_command
async def broadcast_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """A button of the broadcast being written: segment, send now, schedule, discard."""
    voice = OrgText(context.rt)
    query = update.callback_query
    arg = verified(context.rt, query.data if query else None) or ""
    if arg.startswith("chg-"):
        await _proposal(update, context, turn, arg)
        return
    own = await _own(update, context, turn)
    if own is None:
        return
    broadcast, action, value = own
    composer = Composer(turn.session, turn.now)
    if action == "drop":
        await composer.drop(turn.user)
        await ack(update)
        await edit(update, voice.t("bc-discarded"))
    elif action == "seg" and broadcast.step == SEGMENT:
        await segment_chosen(update, context, turn, broadcast, value)
    elif action == "lang" and value in LANGS:
        people = await composer.narrow(broadcast, value)
        await ack(update, None if people is not None else voice.plain("bc-stale"))
        if people is not None:
            await edit(update, chosen(context, broadcast, broadcast.segment or "", people)[0])
    elif action == "now" and broadcast.step == PREVIEW:
        count = await composer.send_now(turn.user, broadcast)
        await ack(update)
        if count is not None:
            await edit(update, voice.t("bc-sending", number=broadcast.id, count=count))
    elif action == "later" and broadcast.step == PREVIEW and await composer.ask_time(broadcast):
        await ack(update)
        await edit(update, None, None)
        await ask_time(update, context, turn, broadcast)
    else:
        await ack(update, voice.plain("bc-stale"))


async def _proposal(update: Update, context: BotContext, turn: Turn, arg: str) -> None:
    """A proposed change notice: send it, edit it first, or discard it (once, whoever taps first)."""
    voice = OrgText(context.rt)
    action, _, rest = arg.removeprefix("chg-").partition(":")
    proposal_id = number(rest.partition(":")[0])
    chat = update.effective_chat
    if proposal_id is None or chat is None:
        await ack(update, voice.plain("bc-stale"))
        return
    result = await Composer(turn.session, turn.now).take_proposal(proposal_id, action, turn.user, chat.id)
    if result is None:
        await ack(update, voice.plain("bc-stale"))
        return
    await ack(update)
    await edit(update, None, None)  # the proposal keeps its text; its buttons go
    if action == "send":
        await send(update, context, voice.t("change-sending", number=proposal_id, count=result))
    elif action == "edit":
        await send(update, context, voice.t("change-edit"))
        await ask_text(update, context, turn, "es")
    else:
        await send(update, context, voice.t("bc-discarded"))


@organiser_tool
async def broadcasts_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/broadcasts: the latest announcements, sent and scheduled, with their figures."""
    voice = OrgText(context.rt)
    lines = await recent(turn.session, context.rt, voice)
    await send(
        update, context, voice.t("bc-list", count=len(lines)) + ("\n\n" + "\n\n".join(lines) if lines else "")
    )


@organiser_tool
async def broadcast_cancel_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/broadcast_cancel [N]: stop a broadcast being sent (or a scheduled one); unsent rows stay unsent."""
    voice = OrgText(context.rt)
    wanted = number(context.args[0].lstrip("#")) if context.args else None
    result = await cancel_broadcast(turn.session, turn.now, wanted)
    if result is None:
        await send(update, context, voice.t("bc-cancel-none"))
        return
    broadcast_id, unsent, sent = result
    await send(update, context, voice.t("bc-cancelled", number=broadcast_id, unsent=unsent, sent=sent))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(MessageHandler(INPUT, compose_input), group=COMPOSE_GROUP)
    app.add_handler(CommandHandler("broadcast", broadcast_command))
    app.add_handler(CommandHandler("broadcasts", broadcasts_command))
    app.add_handler(CommandHandler("broadcast_cancel", broadcast_cancel_command))
    app.add_handler(CallbackQueryHandler(broadcast_pressed, pattern=rf"^{BUTTON}:"))
