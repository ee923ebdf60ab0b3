"""The steps of writing a broadcast (handlers/organisers/broadcast.py has the commands and buttons): the
segment and its count, the State for a one-State broadcast, the texts (with a photo or a document), the
preview, the time of a scheduled one. The author's messages in the chat where it is being written are its
text; nobody else's are read."""

from __future__ import annotations

from datetime import datetime

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    ApplicationHandlerStop,
)

from bot import countries
from bot.present.render import Renderer
from bot.services.broadcasts.compose import (
    CAPTION_LIMIT,
    COUNTRY,
    LANGS,
    PREVIEW,
    SCHEDULE,
    TEXT_EN,
    TEXT_ES,
    Composer,
)
from bot.services.broadcasts.manage import parse_when
from bot.services.broadcasts.report import recipient_text, title_of
from bot.services.broadcasts.segments import REFINE, Audience, refinable
from bot.text import visible_length
from bot.turn import Turn
from handlers.common import BotContext, ack, edit, send, send_stored, turn_of
from handlers.organisers.voice import OrgText, signed
from storage.models import Broadcast

BUTTON = "bc"


def button(
    context: BotContext, label: str, action: str, broadcast: Broadcast, value: str = ""
) -> InlineKeyboardButton:
    data = signed(context.rt, BUTTON, f"{action}:{broadcast.id}:{value}")
    return InlineKeyboardButton(label, callback_data=data)


def prompt(placeholder: str) -> ForceReply:
    """The organiser's next message answers this one (in a group, Telegram then delivers it to the bot)."""
    return ForceReply(selective=True, input_field_placeholder=placeholder[:64])


def segment_label(voice: Renderer, code: str) -> str:
    """A segment as organisers read it ("State delegations of Peru" for one State's; "… · People who use
    Spanish" for one narrowed to a language)."""
    if REFINE in code:
        base, _, lang = code.partition(REFINE)
        return f"{segment_label(voice, base)} · {voice.plain('bc-segment', code=f'lang-{lang}')}"
    if code.startswith("state:"):
        return voice.plain("bc-segment-state", country=countries.name(code.partition(":")[2], voice.lang))
    return voice.plain("bc-segment", code=code)


async def segment_chosen(
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
        await send(update, context, voice.t("bc-ask-country"), prompt(voice.plain("bc-country-placeholder")))
        return
    if not people.reachable:
        if update.callback_query is None:
            await send(update, context, voice.t("bc-segment-empty", segment=segment_label(voice, segment)))
        return
    text, keyboard = chosen(context, broadcast, segment, people)
    if update.callback_query is not None:
        await edit(update, text, keyboard)
    else:
        await send(update, context, text, keyboard)
    await ask_text(update, context, turn, "es")


def chosen(
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
        [button(context, voice.plain("bc-only", language=lang, count=by[lang]), "lang", broadcast, lang)]
        for lang in LANGS
    ]
    return text, InlineKeyboardMarkup(rows)


async def country_typed(
    update: Update, context: BotContext, turn: Turn, broadcast: Broadcast, text: str
) -> None:
    """The State typed for a one-State broadcast."""
    found = countries.match(text)
    if found.code is None:
        await send(update, context, OrgText(context.rt).t("bc-country-unknown", typed=text))
        return
    await segment_chosen(update, context, turn, broadcast, f"state:{found.code}")


async def attach(update: Update, turn: Turn, broadcast: Broadcast) -> bool:
    """A photo or a document sent at a text step: kept to go with the text. False if there is none."""
    message = update.effective_message
    if message is None or not (message.photo or message.document):
        return False
    kind, file_id = (
        ("photo", message.photo[-1].file_id) if message.photo else ("document", message.document.file_id)
    )  # type: ignore[union-attr]
    await Composer(turn.session, turn.now).attach(broadcast, kind, file_id)
    return True


async def ask_text(update: Update, context: BotContext, turn: Turn, lang: str) -> None:
    voice = OrgText(context.rt)
    text = voice.t("bc-ask-text", language=lang)
    await send(update, context, text, prompt(voice.plain("bc-placeholder", language=lang)))


async def ask_time(update: Update, context: BotContext, turn: Turn, broadcast: Broadcast) -> None:
    voice = OrgText(context.rt)
    event = context.rt.events.get(broadcast.event_key)
    zone = event.timezone if event is not None else "UTC"
    example = parse_example(turn.now, event)
    await send(update, context, voice.t("bc-ask-time", zone=zone, example=example), prompt(example))


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
        await country_typed(update, context, turn, broadcast, message.text)
    elif broadcast.step in (TEXT_ES, TEXT_EN):
        lang = "es" if broadcast.step == TEXT_ES else "en"
        attached = await attach(update, turn, broadcast)
        written = message.caption_html if attached else message.text_html
        if attached and not written:
            await send(update, context, voice.t("bc-attached"))
            await ask_text(update, context, turn, lang)
            raise ApplicationHandlerStop
        if written and (broadcast.extra or {}).get("media") and too_long(context, broadcast, written, lang):
            await send(update, context, voice.t("bc-caption-too-long", limit=CAPTION_LIMIT))
            await ask_text(update, context, turn, lang)
            raise ApplicationHandlerStop
        step = await composer.write(broadcast, None if command == "/skip" else written)
        if step == TEXT_EN and lang == "es":
            await ask_text(update, context, turn, "en")
        elif step == PREVIEW:
            await preview(update, context, turn, broadcast)
        else:
            await send(update, context, voice.t("bc-need-text"))
            await ask_text(update, context, turn, lang)
    elif broadcast.step == SCHEDULE:
        await schedule(update, context, turn, broadcast, message.text or "")
    else:
        await send(update, context, voice.t("bc-use-buttons"))
    raise ApplicationHandlerStop


def too_long(context: BotContext, broadcast: Broadcast, written: str, lang: str) -> bool:
    """Whether the text, with the event's name above it, is too long to go with a photo or document."""
    header = Renderer(context.rt.i18n, lang).t(
        "bc-message-header", title=title_of(context.rt, broadcast.event_key, lang)
    )
    return visible_length(f"{header}\n\n{written}") > CAPTION_LIMIT


async def preview(update: Update, context: BotContext, turn: Turn, broadcast: Broadcast) -> None:
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
            [button(context, voice.plain("bc-send-now-button", count=preview.total), "now", broadcast)],
            [button(context, voice.plain("bc-schedule-button"), "later", broadcast)],
            [button(context, voice.plain("bc-discard-button"), "drop", broadcast)],
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


async def schedule(update: Update, context: BotContext, turn: Turn, broadcast: Broadcast, text: str) -> None:
    voice = OrgText(context.rt)
    event = context.rt.events.get(broadcast.event_key)
    when = parse_when(text, event.tzinfo if event is not None else None)
    if when is None:
        await send(update, context, voice.t("bc-bad-time"))
        await ask_time(update, context, turn, broadcast)
        return
    if when <= turn.now:
        await send(update, context, voice.t("bc-past-time"))
        await ask_time(update, context, turn, broadcast)
        return
    if await Composer(turn.session, turn.now).schedule(turn.user, broadcast, when):
        shown = voice.when(when, broadcast.event_key)
        await send(update, context, voice.t("bc-scheduled", number=broadcast.id, when=shown))
