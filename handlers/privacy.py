"""/mydata and /forget: a delegate sees everything stored about them, or has it deleted (after confirming)."""

from __future__ import annotations

import logging
from datetime import UTC, tzinfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import decode, encode
from bot.services.privacy.data import personal_data, to_json
from bot.services.privacy.erase import ZoneOf
from bot.services.privacy.forget import forget, holdings
from bot.services.privacy.view import PersonalDataView
from bot.turn import Turn
from handlers.common import BotContext, ack, edit, send, send_file, with_turn

log = logging.getLogger(__name__)
PRIVATE = filters.ChatType.PRIVATE
FORGET = "fg"


@with_turn
async def mydata_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/mydata: a readable summary, then the complete JSON document."""
    chat = update.effective_chat
    if chat is None:
        return
    data = await personal_data(turn.session, turn.user)
    await send(update, context, PersonalDataView(turn.rt.i18n, turn.lang, turn.rt.events).text(data))
    document = to_json(data, turn.now)
    name = f"mydata-{turn.now:%Y%m%d}.json"
    await send_file(update, context, document, name, turn.t("mydata-file-caption"))


@with_turn
async def forget_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/forget: say what would be deleted, and ask."""
    held = await holdings(turn.session, turn.user.id)
    text = turn.t(
        "forget-confirm",
        registrations=len(held.references),
        references=", ".join(held.references),
        requests=held.requests,
        drafts=held.drafts,
        questions=held.questions,
    )
    buttons = [
        [
            InlineKeyboardButton(
                turn.plain("forget-yes-button"), callback_data=encode(FORGET, f"yes:{held.fingerprint}")
            )
        ],
        [InlineKeyboardButton(turn.plain("forget-no-button"), callback_data=encode(FORGET, "no"))],
    ]
    await send(update, context, text, InlineKeyboardMarkup(buttons))


async def _close(update: Update, text: str) -> None:
    """Replace the question (and its buttons) by the outcome."""
    await edit(update, text)


@with_turn
async def forget_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """The answer to /forget: keep; or, if nothing changed since the question, delete and tell organisers."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    action, _, fingerprint = (cb.arg if cb else "").partition(":")
    if action not in ("yes", "no"):
        return  # not a button the bot made
    if action == "no":
        await _close(update, turn.t("forget-kept"))
        return
    if fingerprint != (await holdings(turn.session, turn.user.id)).fingerprint:
        await _close(update, turn.t("forget-changed"))
        return
    erased = await forget(turn.session, turn.now, turn.user, _zones(turn))
    log.info("user %s forgotten: %d registration(s)", turn.user.id, len(erased.references))
    await _close(update, turn.t("forget-done"))


def _zones(turn: Turn) -> ZoneOf:
    """Each event's time zone (UTC for an event no longer served), for the day anonymous records keep."""

    def zone_of(key: str) -> tzinfo:
        event = turn.rt.events.get(key)
        return event.tzinfo if event else UTC

    return zone_of


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("mydata", mydata_command, filters=PRIVATE))
    app.add_handler(CommandHandler("forget", forget_command, filters=PRIVATE))
    app.add_handler(CallbackQueryHandler(forget_pressed, pattern=rf"^{FORGET}:"))
