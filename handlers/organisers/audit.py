"""/audit REF: a record's history from the audit log (who, what, when, before → after)."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.services.audit import Line, history
from bot.text import Html
from bot.turn import Turn
from bot.validation import printable
from handlers.common import BotContext, send
from handlers.organisers.auth import organiser_report
from handlers.organisers.voice import OrgText


def _value(text: OrgText, value: Any) -> str:
    if value is None or value == "" or value == []:
        return text.plain("org-none")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def line(text: OrgText, entry: Line) -> str:
    """One entry: when, what, who, and each change on a line of its own."""
    changes = "".join(
        "\n    " + text.t("audit-change", key=key, before=_value(text, before), after=_value(text, after))
        for key, before, after in entry.changes
    )
    return text.t(
        "audit-line",
        when=text.when(entry.at, entry.event_key),
        action=text.plain("audit-action", action=entry.action.replace(".", "-"), request=entry.request or ""),
        who=text.plain("audit-who", kind=entry.actor_kind, name=entry.actor_name or "?"),
        changes=Html(changes),
    )


@organiser_report
async def audit_command(update: Update, context: BotContext, turn: Turn) -> None:
    """The history of a registration (with its requests), an invitation or a relayed question."""
    text = OrgText(context.rt)
    if not context.args:
        await send(update, context, text.t("org-audit-usage"))
        return
    reference = printable(context.args[0]).strip().upper()
    entries = await history(turn.session, reference)
    if not entries:
        await send(update, context, text.t("audit-none", ref=reference))
        return
    lines = [text.t("audit-head", ref=reference), *(line(text, entry) for entry in entries)]
    await send(update, context, "\n".join(lines))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("audit", audit_command))
