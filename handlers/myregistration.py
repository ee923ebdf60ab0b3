"""/myregistration: the stored RSVP and sponsorship requests, with edit and withdraw (after confirmation)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import decode, encode, number
from bot.events.models import Event
from bot.services.conversations.drafts import RSVP, DraftService
from bot.services.conversations.opening import build_form
from bot.services.registration.service import Availability, RegistrationService, availability, to_data
from bot.services.registration.withdraw import withdraw_registration
from bot.services.sponsorship.policy import ACTIVE, Eligibility, eligibility
from bot.services.sponsorship.service import SponsorshipService
from bot.text import Html
from bot.turn import Turn
from handlers.common import BotContext, ack, send, with_turn
from handlers.conversation.render import answers_html, resume_keyboard
from handlers.conversation.steps import begin
from handlers.conversation.texts import registration_unavailable, request_line, sponsorship_refusal
from handlers.keyboards import main_menu
from storage.models import Registration, SponsorshipRequest


def _button(text: str, action: str, arg: str = "") -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(text, callback_data=encode("mr", f"{action}:{arg}"))]


def actions(
    turn: Turn, event: Event, registration: Registration, requests: list[SponsorshipRequest]
) -> InlineKeyboardMarkup:
    """Edit (while registration is open), request sponsorship (if eligible), withdraw requests or the RSVP."""
    rows = []
    if availability(event, turn.now) is Availability.OPEN:
        rows.append(_button(turn.plain("myreg-edit-button"), "edit"))
    if eligibility(event, registration, turn.now) is Eligibility.ELIGIBLE:
        label = turn.plain("spons-request-button")
        rows.append([InlineKeyboardButton(label, callback_data=encode("sp", event.key))])
    for request in requests:
        if request.status in ACTIVE:
            label = turn.plain("myreg-withdraw-request-button", nominee=request.nominee_name)
            rows.append(_button(label, "wr", str(request.id)))
    rows.append(_button(turn.plain("myreg-withdraw-button"), "wd"))
    return InlineKeyboardMarkup(rows)


async def show(update: Update, context: BotContext, turn: Turn, event: Event) -> None:
    """The registration as stored, its requests with their status, and what can be done."""
    registration = await RegistrationService(turn.session, turn.now).current(turn.user.id, event.key)
    if registration is None:
        await _none(update, context, turn, event)
        return
    requests = await SponsorshipService(turn.session, turn.now).requests(registration)
    form = await build_form(turn.session, turn.now, event, RSVP, turn.user.id, turn.lang)
    data = to_data(registration)
    answers = answers_html(turn, form.steps(data), data) if form is not None else Html("")
    lines = [request_line(turn, r) for r in requests]
    sponsorship = Html("\n".join(lines)) if lines else Html(turn.t("myreg-no-requests"))
    text = turn.t(
        "myreg-view",
        title=event.display_title(turn.lang),
        reference=registration.reference,
        answers=answers,
        requests=sponsorship,
    )
    eligible = eligibility(event, registration, turn.now) is Eligibility.ELIGIBLE
    if event.sponsorship is not None and not lines and not eligible:
        text += "\n\n" + sponsorship_refusal(turn, event, registration)
    await send(update, context, text, actions(turn, event, registration, requests))


async def _none(update: Update, context: BotContext, turn: Turn, event: Event) -> None:
    """No registration: say so, offering to continue one in progress, or why registering is not possible."""
    text = turn.t("myreg-none", title=event.display_title(turn.lang))
    draft = await DraftService(turn.session, turn.now).find(turn.user.id, RSVP, event.key)
    if draft is not None and availability(event, turn.now) is Availability.OPEN:
        text += "\n\n" + turn.t("flow-paused-found", kind=RSVP)
        await send(update, context, text, resume_keyboard(turn, draft.id))
        return
    if availability(event, turn.now) is not Availability.OPEN:
        text += "\n\n" + registration_unavailable(turn, event)
    await send(update, context, text, main_menu(turn))


@with_turn
async def pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """Buttons of /myregistration: edit, withdraw (asking first), keep."""
    await ack(update)
    cb = decode(update.callback_query.data if update.callback_query else None)
    action, _, arg = (cb.arg if cb else "").partition(":")
    event = turn.event
    registration = (
        await RegistrationService(turn.session, turn.now).current(turn.user.id, event.key) if event else None
    )
    if event is None or registration is None:
        await send(update, context, turn.t("myreg-nothing"), main_menu(turn))
    elif action == "edit":
        await edit(update, context, turn, event)
    elif action in ("wd", "wdy"):
        await withdraw(
            update, context, turn, registration, confirmed=action == "wdy" and arg == str(registration.id)
        )
    elif action in ("wr", "wry") and (request_id := number(arg)) is not None:
        await withdraw_request(update, context, turn, request_id, confirmed=action == "wry")
    else:
        await send(update, context, turn.t("myreg-kept"), main_menu(turn))


async def edit(update: Update, context: BotContext, turn: Turn, event: Event) -> None:
    """Change answers: the summary of the stored registration, with Edit."""
    if availability(event, turn.now) is not Availability.OPEN:
        await send(update, context, registration_unavailable(turn, event), main_menu(turn))
        return
    await begin(update, context, turn, event, RSVP, turn.t("myreg-edit-intro"))


def _confirm(turn: Turn, action: str, arg: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [_button(turn.plain("myreg-yes-withdraw"), action, arg), _button(turn.plain("myreg-no-keep"), "keep")]
    )


async def withdraw(
    update: Update, context: BotContext, turn: Turn, registration: Registration, confirmed: bool
) -> None:
    """Ask first; then withdraw the registration, its sponsorship requests and any conversation about it."""
    if not confirmed:
        text = turn.t("myreg-withdraw-confirm", reference=registration.reference)
        await send(update, context, text, _confirm(turn, "wdy", str(registration.id)))
        return
    withdrawn = await withdraw_registration(turn.session, turn.now, registration)
    if withdrawn is None:
        await send(update, context, turn.t("myreg-nothing"), main_menu(turn))
        return
    text = turn.t("myreg-withdrawn", reference=registration.reference, requests=withdrawn)
    await send(update, context, text, main_menu(turn))


async def withdraw_request(
    update: Update, context: BotContext, turn: Turn, request_id: int, confirmed: bool
) -> None:
    """Ask first; then withdraw one sponsorship request (its seat is freed)."""
    service = SponsorshipService(turn.session, turn.now)
    request = await service.own(request_id, turn.user.id)
    if request is None or request.status not in ACTIVE:
        await send(update, context, turn.t("myreg-nothing"), main_menu(turn))
    elif not confirmed:
        text = turn.t("myreg-withdraw-request-confirm", nominee=request.nominee_name)
        await send(update, context, text, _confirm(turn, "wry", str(request.id)))
    elif await service.withdraw(request):
        await send(
            update, context, turn.t("myreg-request-withdrawn", nominee=request.nominee_name), main_menu(turn)
        )


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CallbackQueryHandler(pressed, pattern=r"^mr:"))
