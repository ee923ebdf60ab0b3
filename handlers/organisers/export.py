"""/export [EVENT] for organisers: registrations and sponsorship requests as CSV and XLSX documents."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.offload import offload
from bot.services.organisers.export import build_export
from bot.services.organisers.export_files import documents
from bot.turn import Turn
from handlers.common import BotContext, send, send_file
from handlers.organisers.auth import organiser_report
from handlers.organisers.stats import pick_event
from handlers.organisers.voice import OrgText


@organiser_report
async def export_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/export [EVENT]: a summary line, then the documents (built in a worker process)."""
    voice = OrgText(turn.rt)
    event = await pick_event(update, context, turn, voice)
    if event is None or update.effective_chat is None:
        return
    sheets = (voice.plain("export-sheet-registrations"), voice.plain("export-sheet-requests"))
    registrations, requests = await build_export(
        turn.session,
        event,
        voice.lang,
        lambda column: voice.plain(f"export-col-{column.replace('_', '-')}"),
        sheets,
    )
    stamp = event.local(turn.now).strftime("%Y%m%d-%H%M")
    files = await offload(documents, event.key, stamp, registrations, requests)
    summary = voice.t(
        "export-ready",
        title=event.display_title(voice.lang),
        registrations=len(registrations.rows),
        requests=len(requests.rows),
        zone=event.timezone,
    )
    await send(update, context, summary)
    for name, data in files:
        await send_file(update, context, data, name)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("export", export_command))
