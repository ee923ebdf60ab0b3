"""The one error handler: log with ids only; undo the update's changes; apologise in the user's language."""

from __future__ import annotations

import functools
import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError
from telegram.ext import Application, ApplicationHandlerStop

from bot import unit
from bot.i18n import language_from_code
from bot.services.users import UserService
from handlers.common import BotContext

log = logging.getLogger(__name__)


async def _language(work: unit.Unit, context: BotContext, update: Update) -> str:
    """The user's language; Telegram's guess if the database cannot say (it may be what failed)."""
    user = update.effective_user
    code = user.language_code if user else None
    if user is None:
        return language_from_code(code)
    try:
        return await UserService(work.session, context.rt.clock.now()).language_of(user.id, code)
    except Exception:
        log.warning("could not read the language of user %s", user.id)
        await work.discard()
        return language_from_code(code)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure; roll the update back; tell the user something went wrong unless they cannot be
    reached. No other handler runs for the update afterwards (one failure, one apology)."""
    err = context.error
    user = update.effective_user if isinstance(update, Update) else None
    user_id = user.id if user else None
    if isinstance(err, Forbidden):
        log.info("user %s cannot be reached: %s", user_id, err)
    elif isinstance(err, NetworkError):
        log.warning("network error for user %s: %s", user_id, err)
    else:
        log.error("update for user %s failed", user_id, exc_info=err)
    context.application.bot_data["metrics"].errors.labels(type(err).__name__).inc()
    if not isinstance(update, Update):
        return
    work = unit.current_or_none()
    if work is None:  # failed outside an update's unit of work: nothing to roll back or reply to
        return
    await work.discard()
    if update.callback_query is not None:  # the discarded replies held its answer: stop the spinner
        work.reply(functools.partial(update.callback_query.answer))
    chat = update.effective_chat
    if chat is not None and not isinstance(err, Forbidden):
        lang = await _language(work, context, update)
        text = context.rt.i18n.t(lang, "error-generic")
        work.reply(functools.partial(context.bot.send_message, chat.id, text))
    raise ApplicationHandlerStop


def register(app: Application) -> None:
    """Install the error handler."""
    app.add_error_handler(on_error)
