"""Requesting sponsorship: offered to eligible, registered delegates before the deadline."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import decode, encode
from bot.events.common import article_of
from bot.events.models import Event
from bot.services.conversations.drafts import SPONSORSHIP, DraftService
from bot.services.registration.service import RegistrationService
from bot.services.sponsorship.code_requests import CodeRequests
from bot.services.sponsorship.invitations import CODE_PREFIX
from bot.services.sponsorship.policy import Eligibility, eligibility, is_organisation, needs_invitation
from bot.turn import Turn
from bot.validation import invitation_code
from handlers.common import BotContext, ack, send, with_turn
from handlers.conversation.render import error_text
from handlers.conversation.steps import begin, enter
from handlers.conversation.texts import contact, deadline, sponsorship_refusal
from handlers.keyboards import main_menu
from storage.models import Registration

HAVE_CODE, ASK_CODE = "code", "ask"  # sp:<event>:code opens the form at the code; sp:<event>:ask asks for one


def intro(turn: Turn, event: Event, registration: Registration) -> str:
    """What the sponsorship covers, by when, and the policy's note for States or for organisations."""
    policy = event.sponsorship
    assert policy is not None
    covers = ", ".join(turn.plain("spons-cover", cover=str(c)) for c in policy.covers)
    orgs = policy.organisations if is_organisation(registration) else None
    note_text = orgs.note if orgs is not None else policy.note
    note = note_text.get(turn.lang) if note_text else ""
    when = deadline(turn, event, policy.deadline)
    return turn.t(
        "spons-intro",
        funder=policy.funder.get(turn.lang),
        article=article_of(policy.funder_article, turn.lang),
        covers=covers,
        date=when,
        note=note,
    )


async def start_sponsorship(
    update: Update, context: BotContext, turn: Turn, event: Event, choice: str = "", code: str = ""
) -> None:
    """Begin (or continue) a request, after checking the registration, the deadline and eligibility; an
    invited organisation's delegate without a code is first told how invitations work (`choice`: what they
    chose on that screen; `code`: a code from an invitation's link, filled in)."""
    registration = await RegistrationService(turn.session, turn.now).current(turn.user.id, event.key)
    if eligibility(event, registration, turn.now) is not Eligibility.ELIGIBLE:
        await send(update, context, sponsorship_refusal(turn, event, registration), main_menu(turn))
        return
    assert registration is not None and event.sponsorship is not None
    lead = intro(turn, event, registration)
    if code:
        await begin(update, context, turn, event, SPONSORSHIP, lead, {"invitation": code})
    elif choice == ASK_CODE:
        await ask_for_code(update, context, turn, registration)
    elif (
        choice == HAVE_CODE
        or not needs_invitation(event.sponsorship, registration)
        or await DraftService(turn.session, turn.now).find(turn.user.id, SPONSORSHIP, event.key)
    ):
        await enter(update, context, turn, event, SPONSORSHIP, lead)
    else:
        await by_invitation(update, context, turn, event, registration)


async def by_invitation(
    update: Update, context: BotContext, turn: Turn, event: Event, registration: Registration
) -> None:
    """Sponsorship for organisations is by invitation: type a code, or ask the organisers for one."""
    asked = await CodeRequests(turn.session, turn.now).asked(registration)
    when = deadline(turn, event, asked.created_at) if asked is not None else ""
    text = turn.t("spons-by-invitation", asked=when or "no", contact=contact(turn, event))
    choices = [("spons-have-code-button", HAVE_CODE)] + (
        [] if asked else [("spons-ask-code-button", ASK_CODE)]
    )
    rows = [
        [InlineKeyboardButton(turn.plain(label), callback_data=encode("sp", f"{event.key}:{action}"))]
        for label, action in choices
    ]
    await send(update, context, text, InlineKeyboardMarkup(rows))


async def ask_for_code(update: Update, context: BotContext, turn: Turn, registration: Registration) -> None:
    """One tap: the organisers are asked for a code (once); the delegate is told what happens next."""
    asked = await CodeRequests(turn.session, turn.now).ask(registration)
    msg = "spons-code-asked" if asked else "spons-code-asked-before"
    await send(
        update, context, turn.t(msg, organisation=registration.organisation or "none"), main_menu(turn)
    )


async def open_with_code(update: Update, context: BotContext, turn: Turn, text: str) -> bool:
    """A deep link carrying an invitation code: open its event's request with the code filled in (or say
    why the code cannot be used); False when `text` is not shaped like a code."""
    shaped = invitation_code(text)
    if not shaped.ok or not shaped.value.startswith(f"{CODE_PREFIX}-"):
        return False
    invitations = CodeRequests(turn.session, turn.now).invitations
    invitation = await invitations.find(shaped.value)
    event = turn.rt.events.get(invitation.event_key) if invitation is not None else None
    if invitation is None or event is None:
        await send(update, context, turn.t("spons-error-code-unknown"), main_menu(turn))
        return True
    await turn.users.select_event(turn.user, event.key)
    checked = await invitations.check(event.key, shaped.value, turn.user.id)
    if not checked.ok:
        await send(update, context, error_text(turn, checked), main_menu(turn))
        return True
    await start_sponsorship(update, context, turn, event, code=checked.value)
    return True


@with_turn
async def sponsor_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """'Request sponsorship' (its data names the event), and 'I have a code' or 'Ask for a code'."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    key, _, choice = (cb.arg if cb is not None else "").partition(":")
    event = turn.rt.events.get(key)
    if event is None:
        await send(update, context, turn.t("hint-stale-button"), main_menu(turn))
        return
    await start_sponsorship(update, context, turn, event, choice)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(sponsor_pressed, pattern=r"^sp:"))
