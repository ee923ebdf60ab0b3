"""Announcements: /broadcast [EVENT] (segment, Spanish text, English text, preview, send now or schedule),
/broadcasts (past and scheduled, with figures), /broadcast_cancel [N]. Organisers only, at every step:
buttons are signed and checked against the broadcast's author, and the text steps read only the author's
messages in the chat where the broadcast is being written (in a group, replies to the bot's prompt, which
Telegram delivers even with privacy mode on)."""

from __future__ import annotations

from datetime import datetime

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import countries
from bot.callbacks import number
from bot.present.render import Renderer
from bot.services.broadcasts.compose import (
    CAPTION_LIMIT,
    COUNTRY,
    LANGS,
    PREVIEW,
    SCHEDULE,
    SEGMENT,
    TEXT_EN,
    TEXT_ES,
    Composer,
)
from bot.services.broadcasts.manage import cancel_broadcast, parse_when, recent
from bot.services.broadcasts.report import recipient_text, title_of
from bot.services.broadcasts.segments import REFINE, Audience, offered, refinable
from bot.text import visible_length
from bot.turn import Turn
from handlers.common import BotContext, ack, edit, send, send_stored, turn_of
from handlers.organisers.auth import organiser_command, organiser_tool
from handlers.organisers.stats import pick_event
from handlers.organisers.voice import OrgText, signed, verified
from storage.models import Broadcast

BUTTON = "bc"
COMPOSE_GROUP = -2  # ahead of the delegates' conversations (-1): an organiser writing is not asking
INPUT = (
    (filters.TEXT & ~filters.COMMAND)
    | filters.Regex(r"^/(skip|cancel)(@\w+)?\s*$")
    | filters.PHOTO
    | filters.Document.ALL
)


def _button(
    context: BotContext, label: str, action: str, broadcast: Broadcast, value: str = ""
) -> InlineKeyboardButton:
    data = signed(context.rt, BUTTON, f"{action}:{broadcast.id}:{value}")
    return InlineKeyboardButton(label, callback_data=data)


def _segments(context: BotContext, broadcast: Broadcast) -> InlineKeyboardMarkup:
    voice = OrgText(context.rt)
    event = context.rt.events.get(broadcast.event_key)
    codes = offered(event) if event is not None else ["all"]
    rows = [
        [_button(context, voice.plain("bc-segment", code=code), "seg", broadcast, code)] for code in codes
    ]
    rows.append([_button(context, voice.plain("bc-discard-button"), "drop", broadcast)])
    return InlineKeyboardMarkup(rows)


def _prompt(placeholder: str) -> ForceReply:
    """The organiser's next message answers this one (in a group, Telegram then delivers it to the bot)."""
    return ForceReply(selective=True, input_field_placeholder=placeholder[:64])


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
        await _segment_chosen(update, context, turn, broadcast, value)
    elif action == "lang" and value in LANGS:
        people = await composer.narrow(broadcast, value)
        await ack(update, None if people is not None else voice.plain("bc-stale"))
        if people is not None:
            await edit(update, _chosen(context, broadcast, broadcast.segment or "", people)[0])
    elif action == "now" and broadcast.step == PREVIEW:
        count = await composer.send_now(turn.user, broadcast)
        await ack(update)
        if count is not None:
            await edit(update, voice.t("bc-sending", number=broadcast.id, count=count))
    elif action == "later" and broadcast.step == PREVIEW and await composer.ask_time(broadcast):
        await ack(update)
        await edit(update, None, None)
        await _ask_time(update, context, turn, broadcast)
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
        await _ask_text(update, context, turn, "es")
    else:
        await send(update, context, voice.t("bc-discarded"))


def segment_label(voice: Renderer, code: str) -> str:
    """A segment as organisers read it ("State delegations of Peru" for one State's; "… · People who use
    Spanish" for one narrowed to a language)."""
    if REFINE in code:
        base, _, lang = code.partition(REFINE)
        return f"{segment_label(voice, base)} · {voice.plain('bc-segment', code=f'lang-{lang}')}"
    if code.startswith("state:"):
        return voice.plain("bc-segment-state", country=countries.name(code.partition(":")[2], voice.lang))
    return voice.plain("bc-segment", code=code)


async def _segment_chosen(
    update: Update, context: BotContext, turn: Turn, broadcast: Broadcast, segment: str
) -> None:
    """A segment button (or, for one State, the State typed): the count, then the Spanish text."""
    voice = OrgText(context.rt)
    people = await Composer(turn.session, turn.now).choose(broadcast, segment)
    await ack(
        update,
        None
        if people is None or people.reachable
        else voice.plain("bc-segment-empty", segment=segment_label(voice, segment)),
    )
    if people is None:  # one State: which?
        await send(update, context, voice.t("bc-ask-country"), _prompt(voice.plain("bc-country-placeholder")))
        return
    if not people.reachable:
        if update.callback_query is None:
            await send(update, context, voice.t("bc-segment-empty", segment=segment_label(voice, segment)))
        return
    text, keyboard = _chosen(context, broadcast, segment, people)
    if update.callback_query is not None:
        await edit(update, text, keyboard)
    else:
        await send(update, context, text, keyboard)
    await _ask_text(update, context, turn, "es")


def _chosen(
    context: BotContext, broadcast: Broadcast, segment: str, people: Audience
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The segment and its count; buttons to narrow it to one language, where both are present."""
    voice = OrgText(context.rt)
    by = people.by_language()
    text = voice.t(
        "bc-segment-chosen",
        segment=segment_label(voice, segment),
        count=len(people.reachable),
        es=by["es"],
        en=by["en"],
        unreachable=len(people.unreachable),
    )
    if not refinable(segment) or not (by["es"] and by["en"]):
        return text, None
    rows = [
        [_button(context, voice.plain("bc-only", language=lang, count=by[lang]), "lang", broadcast, lang)]
        for lang in LANGS
    ]
    return text, InlineKeyboardMarkup(rows)


async def _country(update: Update, context: BotContext, turn: Turn, broadcast: Broadcast, text: str) -> None:
    """The State typed for a one-State broadcast."""
    found = countries.match(text)
    if found.code is None:
        await send(update, context, OrgText(context.rt).t("bc-country-unknown", typed=text))
        return
    await _segment_chosen(update, context, turn, broadcast, f"state:{found.code}")


async def _attach(update: Update, turn: Turn, broadcast: Broadcast) -> bool:
    """A photo or a document sent at a text step: kept to go with the text. False if there is none."""
    message = update.effective_message
    if message is None or not (message.photo or message.document):
        return False
    kind, file_id = (
        ("photo", message.photo[-1].file_id) if message.photo else ("document", message.document.file_id)
    )  # type: ignore[union-attr]
    await Composer(turn.session, turn.now).attach(broadcast, kind, file_id)
    return True


async def _ask_text(update: Update, context: BotContext, turn: Turn, lang: str) -> None:
    voice = OrgText(context.rt)
    text = voice.t("bc-ask-text", language=lang)
    await send(update, context, text, _prompt(voice.plain("bc-placeholder", language=lang)))


async def _ask_time(update: Update, context: BotContext, turn: Turn, broadcast: Broadcast) -> None:
    voice = OrgText(context.rt)
    event = context.rt.events.get(broadcast.event_key)
    zone = event.timezone if event is not None else "UTC"
    example = parse_example(turn.now, event)
    await send(update, context, voice.t("bc-ask-time", zone=zone, example=example), _prompt(example))


def parse_example(now: datetime, event: object) -> str:
    """A time to give as an example, in the event's zone: tomorrow at 09:00."""
    tz = getattr(event, "tzinfo", None)
    local = now.astimezone(tz) if tz is not None else now
    return f"{local.date().isoformat()} 09:00"


async def compose_input(update: Update, context: BotContext) -> None:
    """A message while an organiser is writing a broadcast in this chat: the text of the current step."""
    turn = await turn_of(update)
    chat, message = update.effective_chat, update.effective_message
    if turn is None or chat is None or message is None or turn.user.composing is None:
        return
    composer = Composer(turn.session, turn.now)
    broadcast = await composer.current(turn.user)
    if broadcast is None or broadcast.chat_id != chat.id:
        return
    voice = OrgText(context.rt)
    command = (message.text or "").split("@")[0].strip() if (message.text or "").startswith("/") else None
    if command == "/cancel":
        await composer.drop(turn.user)
        await send(update, context, voice.t("bc-discarded"))
    elif broadcast.step == COUNTRY and message.text and not command:
        await _country(update, context, turn, broadcast, message.text)
    elif broadcast.step in (TEXT_ES, TEXT_EN):
        lang = "es" if broadcast.step == TEXT_ES else "en"
        attached = await _attach(update, turn, broadcast)
        written = message.caption_html if attached else message.text_html
        if attached and not written:
            await send(update, context, voice.t("bc-attached"))
            await _ask_text(update, context, turn, lang)
            raise ApplicationHandlerStop
        if written and (broadcast.extra or {}).get("media") and too_long(context, broadcast, written, lang):
            await send(update, context, voice.t("bc-caption-too-long", limit=CAPTION_LIMIT))
            await _ask_text(update, context, turn, lang)
            raise ApplicationHandlerStop
        step = await composer.write(broadcast, None if command == "/skip" else written)
        if step == TEXT_EN and lang == "es":
            await _ask_text(update, context, turn, "en")
        elif step == PREVIEW:
            await _preview(update, context, turn, broadcast)
        else:
            await send(update, context, voice.t("bc-need-text"))
            await _ask_text(update, context, turn, lang)
    elif broadcast.step == SCHEDULE:
        await _schedule(update, context, turn, broadcast, message.text or "")
    else:
        await send(update, context, voice.t("bc-use-buttons"))
    raise ApplicationHandlerStop


def too_long(context: BotContext, broadcast: Broadcast, written: str, lang: str) -> bool:
    """Whether the text, with the event's name above it, is too long to go with a photo or document."""
    header = Renderer(context.rt.i18n, lang).t(
        "bc-message-header", title=title_of(context.rt, broadcast.event_key, lang)
    )
    return visible_length(f"{header}\n\n{written}") > CAPTION_LIMIT


async def _preview(update: Update, context: BotContext, turn: Turn, broadcast: Broadcast) -> None:
    """The message exactly as recipients will see it (each language written), then the figures and buttons."""
    voice = OrgText(context.rt)
    preview = await Composer(turn.session, turn.now).preview(broadcast)
    media = (broadcast.extra or {}).get("media")
    for lang in LANGS:
        if broadcast.text_es if lang == "es" else broadcast.text_en:
            text = recipient_text(context.rt, broadcast, lang)
            if media:
                await send_stored(update, context, media["kind"], media["file_id"], text)
            else:
                await send(update, context, text)
    keyboard = InlineKeyboardMarkup(
        [
            [_button(context, voice.plain("bc-send-now-button", count=preview.total), "now", broadcast)],
            [_button(context, voice.plain("bc-schedule-button"), "later", broadcast)],
            [_button(context, voice.plain("bc-discard-button"), "drop", broadcast)],
        ]
    )
    text = voice.t(
        "bc-preview",
        count=preview.total,
        es=preview.by_language["es"],
        en=preview.by_language["en"],
        fallback=preview.fallback,
        unreachable=preview.unreachable,
    )
    await send(update, context, text, keyboard)


async def _schedule(update: Update, context: BotContext, turn: Turn, broadcast: Broadcast, text: str) -> None:
    voice = OrgText(context.rt)
    event = context.rt.events.get(broadcast.event_key)
    when = parse_when(text, event.tzinfo if event is not None else None)
    if when is None:
        await send(update, context, voice.t("bc-bad-time"))
        await _ask_time(update, context, turn, broadcast)
        return
    if when <= turn.now:
        await send(update, context, voice.t("bc-past-time"))
        await _ask_time(update, context, turn, broadcast)
        return
    if await Composer(turn.session, turn.now).schedule(turn.user, broadcast, when):
        shown = voice.when(when, broadcast.event_key)
        await send(update, context, voice.t("bc-scheduled", number=broadcast.id, when=shown))


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
