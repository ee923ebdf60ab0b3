"""The one error handler: log with ids only, apologise to the user in their language."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import Application

from bot.i18n import language_from_code
from bot.services.users import UserService
from handlers.common import BotContext

log = logging.getLogger(__name__)


async def _language(context: BotContext, update: Update) -> str:
    tg_user = update.effective_user
    if tg_user is None:
        return language_from_code(None)
    async with context.rt.db.session() as session:
        return await UserService(session, context.rt.clock.now()).language_of(
            tg_user.id, tg_user.language_code
        )


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure; tell the user something went wrong unless they cannot be reached."""
    err = context.error
    user_id = update.effective_user.id if isinstance(update, Update) and update.effective_user else None
    if isinstance(err, Forbidden):
        log.info("user %s cannot be reached: %s", user_id, err)
        return
    if isinstance(err, NetworkError):
        log.warning("network error for user %s: %s", user_id, err)
    else:
        log.error("update for user %s failed", user_id, exc_info=err)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    lang = await _language(context, update)
    try:
        await context.bot.send_message(update.effective_chat.id, context.rt.i18n.t(lang, "error-generic"))
    except TelegramError as exc:
        log.warning("could not apologise to user %s: %s", user_id, exc)


def register(app: Application) -> None:
    """Install the error handler."""
    app.add_error_handler(on_error)
