"""/floor [EVENT]: the moderator's queue of requests for the floor and questions at a debate, in the order
received; a button marks one taken or done, another exports the queue as CSV."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.events.models import Event
from bot.offload import offload
from bot.runtime import Runtime
from bot.services.organisers.export_files import to_csv
from bot.services.organisers.floor import (
    DONE,
    FLOOR_CHOICES,
    MARKS,
    STATES,
    FloorItem,
    FloorService,
    floor_table,
    has_floor,
)
from bot.turn import Turn
from handlers.common import BotContext, ack, edit, send, send_file
from handlers.organisers.auth import organiser_command, organiser_tool
from handlers.organisers.voice import OrgText, signed, verified

MARK, EXPORT = "fl", "flx"  # signed: fl:<registration>:<taken|done>, flx:<event>
SHOWN = 40  # items listed in one message (the CSV has them all)
COLUMNS = ("number", "reference", "name", "party", "kind", "topic", "language", "state")


def floor_event(turn: Turn, key: str | None) -> Event | None:
    """The event named, else the first one whose registration asks for the floor."""
    if key:
        return turn.rt.events.get(key.lower())
    return next((e for e in sorted(turn.rt.events.all(), key=lambda e: e.key) if has_floor(e)), None)


def _line(voice: OrgText, i: FloorItem) -> str:
    return voice.t(
        "floor-item",
        number=i.number,
        state=i.state,
        name=i.name,
        party=i.party or "—",
        kind=i.kind,
        topic=i.topic or "no",
        language=voice.plain(f"language-name-{i.language}"),
    )


def listing(rt: Runtime, event: Event, items: list[FloorItem]) -> tuple[str, InlineKeyboardMarkup]:
    """The queue as one message, with a pair of buttons per item not yet done, and the export button."""
    voice = OrgText(rt)
    lines = [voice.t("floor-head", title=event.display_title(voice.lang), count=len(items))]
    lines += [_line(voice, i) for i in items[:SHOWN]]
    if len(items) > SHOWN:
        lines.append(voice.t("floor-more", count=len(items) - SHOWN))
    rows = [
        [
            InlineKeyboardButton(
                voice.plain(f"floor-btn-{mark}", number=i.number),
                callback_data=signed(rt, MARK, f"{i.registration_id}:{mark}"),
            )
            for mark in MARKS
        ]
        for i in items[:SHOWN]
        if i.state != DONE
    ]
    export = [
        InlineKeyboardButton(voice.plain("floor-btn-export"), callback_data=signed(rt, EXPORT, event.key))
    ]
    return "\n\n".join(lines), InlineKeyboardMarkup([*rows, export])


@organiser_tool
async def floor_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/floor [EVENT]: the queue, oldest first."""
    voice = OrgText(turn.rt)
    event = floor_event(turn, context.args[0] if context.args else None)
    if event is None or not has_floor(event):
        known = ", ".join(sorted(e.key for e in turn.rt.events.all() if has_floor(e)))
        await send(update, context, voice.t("floor-no-event", known=known or "—"))
        return
    items = await FloorService(turn.session).queue(event, voice.lang)
    text, markup = listing(turn.rt, event, items)
    await send(update, context, text, markup)


@organiser_command
async def mark_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """'Taken' or 'Done' on one item: marked, and the list redrawn."""
    voice = OrgText(turn.rt)
    query = update.callback_query
    registration, _, state = (verified(turn.rt, query.data if query else None) or "").partition(":")
    service = FloorService(turn.session)
    key = await service.mark(int(registration), state) if registration.isdigit() else None
    event = turn.rt.events.get(key) if key else None
    if event is None:
        await ack(update, voice.plain("org-stale"))
        return
    await ack(update, voice.plain("floor-marked", state=state))
    text, markup = listing(turn.rt, event, await service.queue(event, voice.lang))
    await edit(update, text, markup)


@organiser_command
async def export_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """The queue as a CSV document (built off the event loop)."""
    voice = OrgText(turn.rt)
    query = update.callback_query
    event = turn.rt.events.get(verified(turn.rt, query.data if query else None) or "")
    if event is None:
        await ack(update, voice.plain("org-stale"))
        return
    await ack(update)
    items = await FloorService(turn.session).queue(event, voice.lang)
    headers = [voice.plain(f"floor-col-{column}") for column in COLUMNS]
    labels = {value: voice.plain("floor-kind", kind=value) for value in FLOOR_CHOICES}
    labels |= {value: voice.plain("floor-state", state=value) for value in STATES}
    table = floor_table(event.key, headers, items, labels)
    data = await offload(to_csv, table)
    stamp = event.local(turn.now).strftime("%Y%m%d-%H%M")
    await send_file(update, context, data, f"{event.key}-floor-{stamp}.csv")


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("floor", floor_command))
    app.add_handler(CallbackQueryHandler(mark_pressed, pattern=rf"^{MARK}:"))
    app.add_handler(CallbackQueryHandler(export_pressed, pattern=rf"^{EXPORT}:"))
