"""The question relay, organisers' side: a reply to a question's post answers the delegate; the button on
the answered post adds the question and answer to the event's FAQ."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from bot.callbacks import number
from bot.services.organisers.decisions import FAQ_BUTTON
from bot.services.questions.relay import RelayService
from bot.turn import Turn
from handlers.common import BotContext, ack, send, turn_of
from handlers.organisers.auth import is_organiser, organiser_command
from handlers.organisers.voice import OrgText, acting, verified
from storage.models import Post

REPLIES = filters.ChatType.GROUPS & filters.REPLY & filters.TEXT & ~filters.COMMAND


async def replied(update: Update, context: BotContext) -> None:
    """A reply in a group: an answer when it replies to a question's post (other replies are ignored,
    and their authors are not recorded as users)."""
    message, tg_user = update.effective_message, update.effective_user
    target = message.reply_to_message if message else None
    if message is None or tg_user is None or target is None or not message.text:
        return
    post = await RelayService(context.session, context.rt.clock.now()).post_at(
        message.chat.id, target.message_id
    )
    if post is None:
        return
    turn = await turn_of(update)
    assert turn is not None
    await answer(update, context, turn, post)


async def answer(update: Update, context: BotContext, turn: Turn, post: Post) -> None:
    """An organiser's reply goes to the delegate; anyone else is refused."""
    message = update.effective_message
    assert message is not None and message.text is not None
    if not await is_organiser(context, turn):
        await send(update, context, turn.t("org-refused"))
        return
    done = await RelayService(turn.session, turn.now).answer(post, message.text, acting(update))
    text = OrgText(context.rt)
    if done.kind == "already":
        when = text.when(done.at, post.event_key)
        await send(update, context, text.t("relay-already-answered", name=done.by, when=when))
    elif done.kind == "gone":
        await send(update, context, text.t("relay-gone"))


@organiser_command
async def faq_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """'Add to the FAQ' on an answered question's post."""
    text = OrgText(context.rt)
    query = update.callback_query
    question_id = number(verified(context.rt, query.data if query else None))
    message = query.message if query else None
    if question_id is None or message is None:
        await ack(update, text.plain("org-stale"))
        return
    source = (message.chat.id, message.message_id)
    done = await RelayService(turn.session, turn.now).add_to_faq(question_id, acting(update), source)
    if done.kind == "done":
        await ack(update, text.plain("relay-faq-done"))
    elif done.kind == "already":
        await ack(update, text.plain("relay-faq-already", name=done.by))
    elif done.kind == "unanswered":
        await ack(update, text.plain("relay-faq-unanswered"))
    else:
        await ack(update, text.plain("relay-gone" if done.kind == "gone" else "org-stale"))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(MessageHandler(REPLIES, replied))
    app.add_handler(CallbackQueryHandler(faq_pressed, pattern=rf"^{FAQ_BUTTON}:"))
