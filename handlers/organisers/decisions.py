"""Approve, Decline, Waiting list: chosen on a sponsorship request's post in the organisers' group (or
offered by /decide and "change decision"), then confirmed with a reason, or cancelled."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from bot import countries
from bot.callbacks import number
from bot.services.audit import request_ref
from bot.services.organisers.decisions import (
    CANCEL,
    CHANGE_BUTTON,
    CHOICE_BUTTON,
    CONFIRM_BUTTON,
    DECIDED,
    DECISION_BUTTON,
    NO_REASON,
    DecisionService,
    Outcome,
    Proposal,
    decision_buttons,
)
from bot.turn import Turn
from handlers.common import BotContext, ack, edit, send
from handlers.organisers.auth import organiser_command
from handlers.organisers.voice import OrgText, acting, signed, verified
from storage.models import Registration, SponsorshipRequest


def answer(text: OrgText, outcome: Outcome) -> str:
    """What the organiser who pressed is told (a short notice on the button)."""
    if outcome.kind == "done":
        return text.plain("org-decision-done", status=outcome.status)
    if outcome.kind != "already":
        return text.plain("org-stale")
    status = text.plain("org-status", status=outcome.status)
    if outcome.by is None:
        return text.plain("org-decision-now", status=status)
    when = text.when(outcome.at, outcome.event_key)
    return text.plain("org-decision-already", status=status, name=outcome.by, when=when)


def service(turn: Turn) -> DecisionService:
    return DecisionService(turn.session, turn.now, turn.rt.events)


def party(request: SponsorshipRequest, registration: Registration | None, lang: str) -> str:
    """The State (by name) or organisation a request counts against."""
    if countries.is_country(request.party):
        return countries.name(request.party, lang)
    return (registration.organisation if registration else None) or request.party.removeprefix("org:")


def _button(turn: Turn, label: str, kind: str, arg: str) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(label, callback_data=signed(turn.rt, kind, arg))]


async def confirm(update: Update, context: BotContext, turn: Turn, proposal: Proposal) -> None:
    """Ask to confirm a decision: a button per standard reason, one without a reason, one to cancel."""
    text, request = OrgText(turn.rt), proposal.request
    base = f"{request.id}:{proposal.code}"
    rows = [_button(turn, r.button(text.lang), CONFIRM_BUTTON, f"{base}:{r.id}") for r in proposal.reasons]
    rows.append(
        _button(
            turn, text.plain("org-btn-confirm", status=proposal.status), CONFIRM_BUTTON, f"{base}:{NO_REASON}"
        )
    )
    rows.append(_button(turn, text.plain("org-btn-cancel"), CONFIRM_BUTTON, f"{base}:{CANCEL}"))
    message = text.t(
        "org-decide-confirm",
        status=proposal.status,
        request=request_ref(request.id),
        nominee=request.nominee_name,
        party=party(request, proposal.registration, text.lang),
        reasons=len(proposal.reasons),
        verb=text.plain("org-decide-verb", status=proposal.status),
    )
    await send(update, context, message, InlineKeyboardMarkup(rows))


async def choices(
    update: Update,
    context: BotContext,
    turn: Turn,
    request: SponsorshipRequest,
    registration: Registration | None,
) -> None:
    """The decisions that can be made now on a request (each then asks to confirm)."""
    text = OrgText(turn.rt)
    reference = request_ref(request.id)
    buttons = decision_buttons(request.status)
    if not buttons:
        await send(update, context, text.t("org-decide-closed", request=reference))
        return
    message = text.t(
        "org-decide-choose",
        request=reference,
        nominee=request.nominee_name,
        party=party(request, registration, text.lang),
        status=text.plain("org-status", status=request.status),
        decided="yes" if request.status in DECIDED else "no",
    )
    row = [
        InlineKeyboardButton(
            text.plain(label), callback_data=signed(turn.rt, CHOICE_BUTTON, f"{request.id}:{code}")
        )
        for label, code in buttons
    ]
    await send(update, context, message, InlineKeyboardMarkup([row]))


def done_text(text: OrgText, outcome: Outcome, request_id: int) -> str:
    """A decision as the organisers' confirmation message ends up showing it."""
    reason = "yes" if outcome.reason is not None else "no"
    return text.t(
        "org-decide-done",
        status=outcome.status,
        request=request_ref(request_id),
        name=outcome.by,
        reason=reason,
    )


@organiser_command
async def decision_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """A decision button (on the request's post, or offered in a reply): ask to confirm it."""
    text, query = OrgText(turn.rt), update.callback_query
    data = query.data if query else None
    number_text, _, code = (verified(turn.rt, data) or "").partition(":")
    request_id, message = number(number_text), query.message if query else None
    if request_id is None or message is None:
        await ack(update, text.plain("org-stale"))
        return
    on_post = (data or "").startswith(f"{DECISION_BUTTON}:")
    source = (message.chat.id, message.message_id) if on_post else None
    found = await service(turn).propose(request_id, code, source)
    if isinstance(found, Outcome):
        await ack(update, answer(text, found))
        return
    await confirm(update, context, turn, found)
    await ack(update, text.plain("org-decide-asked"))


@organiser_command
async def confirm_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """Confirm (with a standard reason, or none) or cancel a decision."""
    text, query = OrgText(turn.rt), update.callback_query
    arg = verified(turn.rt, query.data if query else None) or ""
    number_text, code, given = [*arg.split(":"), "", ""][:3]
    decisions = service(turn)
    found = await decisions.request(number(number_text) or 0)
    status = DecisionService.status_of(code)
    if found is None or status is None:
        await ack(update, text.plain("org-stale"))
        return
    request = found[0]
    if given == CANCEL:
        shown = text.plain("org-status", status=request.status)
        await edit(update, text.t("org-decide-cancelled", request=request_ref(request.id), status=shown))
        await ack(update)
        return
    reason = decisions.reason(request, status, given, own_words=False)
    outcome = await decisions.decide(request.id, code, acting(update), reason)
    shown = done_text(text, outcome, request.id) if outcome.kind == "done" else escape(answer(text, outcome))
    await edit(update, shown)
    await ack(update, answer(text, outcome))


@organiser_command
async def change_pressed(update: Update, context: BotContext, turn: Turn) -> None:
    """'Change decision' on a decided request's post: the decisions that can replace it."""
    query = update.callback_query
    found = await service(turn).request(number(verified(turn.rt, query.data if query else None)) or 0)
    if found is None:
        await ack(update, OrgText(turn.rt).plain("org-stale"))
        return
    await choices(update, context, turn, *found)
    await ack(update)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    kinds = f"{DECISION_BUTTON}|{CHOICE_BUTTON}"
    app.add_handler(CallbackQueryHandler(decision_pressed, pattern=rf"^({kinds}):"))
    app.add_handler(CallbackQueryHandler(confirm_pressed, pattern=rf"^{CONFIRM_BUTTON}:"))
    app.add_handler(CallbackQueryHandler(change_pressed, pattern=rf"^{CHANGE_BUTTON}:"))
