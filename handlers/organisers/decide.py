"""/decide REF [approve|decline|waitlist [reason]]: decide, or change the decision on, a sponsorship
request by its reference (S12), from the organisers' group or a private chat."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.services.audit import request_id_of, request_ref
from bot.services.organisers.decisions import ACTIONS, SEEN, decision_buttons
from bot.services.organisers.lookup import by_reference
from bot.services.sponsorship.policy import APPROVED, DECLINED, WAITLISTED
from bot.turn import Turn
from bot.validation import printable
from handlers.common import BotContext, send
from handlers.organisers.auth import organiser_tool
from handlers.organisers.decisions import answer, choices, done_text, service
from handlers.organisers.voice import OrgText, acting
from storage.models import SponsorshipRequest

# What organisers may type, in either language, for each decision.
VERBS = {
    "approve": APPROVED,
    "aprobar": APPROVED,
    "decline": DECLINED,
    "denegar": DECLINED,
    "rechazar": DECLINED,
    "waitlist": WAITLISTED,
    "espera": WAITLISTED,
}


async def _request(
    update: Update, context: BotContext, turn: Turn, reference: str
) -> SponsorshipRequest | None:
    """The request a reference names: a request's own (S12), or a registration's with a single request."""
    text = OrgText(turn.rt)
    request_id = request_id_of(reference)
    if request_id is not None:
        found = await service(turn).request(request_id)
        if found is None:
            await send(update, context, text.t("org-decide-unknown", reference=reference))
        return found[0] if found else None
    registration = await by_reference(turn.session, reference)
    if registration is None:
        await send(update, context, text.t("org-decide-unknown", reference=reference))
    elif len(registration.requests) == 1:
        return registration.requests[0]
    elif registration.requests:
        refs = ", ".join(request_ref(r.id) for r in registration.requests)
        await send(update, context, text.t("org-decide-which", reference=reference, requests=refs))
    else:
        await send(update, context, text.t("org-decide-none", reference=reference))
    return None


@organiser_tool
async def decide_command(update: Update, context: BotContext, turn: Turn) -> None:
    """Without a decision: the buttons to choose one. With one (and a reason): decided at once."""
    text, args = OrgText(turn.rt), [printable(a) for a in context.args or []]
    if not args:
        await send(update, context, text.t("org-decide-usage"))
        return
    request = await _request(update, context, turn, args[0].strip().upper())
    if request is None:
        return
    if len(args) > 1:
        await decide(update, context, turn, request, args[1:])
    elif (found := await service(turn).request(request.id)) is not None:
        await choices(update, context, turn, *found)


async def decide(
    update: Update, context: BotContext, turn: Turn, request: SponsorshipRequest, words: list[str]
) -> None:
    """Apply a typed decision, with the rest of the words as its reason (a standard reason's id, or own
    words)."""
    text, reference = OrgText(turn.rt), request_ref(request.id)
    status = VERBS.get(words[0].lower())
    if status is None:
        await send(update, context, text.t("org-decide-usage"))
        return
    seen = next((code for code, value in SEEN.items() if value == request.status), None)
    action = next(code for code, value in ACTIONS.items() if value == status)
    code = f"{action}{seen}"
    if seen is None or code not in dict(decision_buttons(request.status)).values():
        shown = text.plain("org-status", status=request.status)
        closed = request.status not in SEEN.values()
        message = text.t("org-decide-closed", request=reference) if closed else None
        await send(update, context, message or text.t("org-decide-same", request=reference, status=shown))
        return
    decisions = service(turn)
    reason = decisions.reason(request, status, " ".join(words[1:]))
    outcome = await decisions.decide(request.id, code, acting(update), reason)
    shown = done_text(text, outcome, request.id) if outcome.kind == "done" else escape(answer(text, outcome))
    await send(update, context, shown)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("decide", decide_command))
