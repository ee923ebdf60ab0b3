"""'Issue a code' on an organisation's request for an invitation code: one tap, whoever taps first."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import number
from bot.services.audit import remember
from bot.services.notify.render import ISSUE_CODE
from bot.services.sponsorship.code_requests import CodeRequests
from bot.turn import Turn
from handlers.common import BotContext, ack
from handlers.organisers.auth import organiser_command
from handlers.organisers.voice import OrgText, acting, verified


@organiser_command
async def issue_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """Issue the code asked for; the delegate receives it with a link, the post says by whom."""
    text = OrgText(context.rt)
    query = update.callback_query
    registration_id = number(verified(context.rt, query.data if query else None))
    if registration_id is None:
        await ack(update, text.plain("org-stale"))
        return
    organiser = acting(update)
    await remember(turn.session, turn.now, organiser)
    requests = CodeRequests(turn.session, turn.now)
    issued = await requests.issue(registration_id, organiser, context.bot.username)
    if issued is None:
        await ack(update, text.plain("org-code-request-gone"))
    elif issued.invitation is None:
        await ack(update, text.plain("org-code-already-issued"))
    else:
        await ack(update, text.plain("org-code-issued-ack", code=issued.invitation.code))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(issue_pressed, pattern=rf"^{ISSUE_CODE}:"))
