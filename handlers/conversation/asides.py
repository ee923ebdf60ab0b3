"""Messages in a conversation that are not answers: asking for another language, old buttons."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.i18n import LANGUAGES
from bot.services.conversations.asides import language_request
from bot.services.conversations.drafts import DraftService
from bot.services.conversations.flow import Flow
from bot.turn import Turn
from handlers.common import BotContext, ack, send
from handlers.conversation.render import button, resume_keyboard
from handlers.keyboards import main_menu

LANGUAGE_ACTION = "lg"  # f:<token>:lg:<language>: continue the conversation in another language


def language_keyboard(turn: Turn, token: str) -> InlineKeyboardMarkup:
    """One button per language, bound to the conversation's current step."""
    return InlineKeyboardMarkup(
        [[button(turn.plain(f"language-name-{lang}"), token, LANGUAGE_ACTION, lang)] for lang in LANGUAGES]
    )


async def offer_language(update: Update, context: BotContext, turn: Turn, flow: Flow, text: str) -> bool:
    """When the text asks to go on in another language, offer the switch (the step stays); else False."""
    message = update.effective_message
    if message is None or language_request(text) is None:
        return False
    await flow.drafts.touch(flow.draft, message.message_id)
    await send(update, context, turn.t("flow-language-offer"), language_keyboard(turn, flow.draft.token))
    return True


async def switch_language(turn: Turn, flow: Flow, token: str, language: str) -> bool:
    """Store the language chosen from the offer; False for a button of an older step."""
    return token == flow.draft.token and await turn.users.choose_language(turn.user, language)


async def stale_press(update: Update, context: BotContext, turn: Turn, flow: Flow | None) -> None:
    """A button of an earlier step or of a finished conversation: say what is open now, if anything."""
    if flow is not None:
        await ack(update, turn.plain("flow-stale"))
        return
    await ack(update)
    paused = await DraftService(turn.session, turn.now).paused(turn.user.id)
    if paused is not None:
        await send(
            update, context, turn.t("flow-stale-paused", kind=paused.kind), resume_keyboard(turn, paused.id)
        )
    elif turn.event is not None:
        await send(update, context, turn.t("flow-stale-nothing-open"), main_menu(turn))
    else:
        await send(update, context, turn.t("flow-stale-nothing-open"))
