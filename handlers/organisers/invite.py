"""/invite EVENT [ORGANISATION]: an invitation code for an organisation's sponsorship request."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.events.models import Event
from bot.services.audit import remember
from bot.services.sponsorship.service import SponsorshipService
from bot.turn import Turn
from bot.validation import printable
from handlers.common import BotContext, send
from handlers.organisers.auth import organiser_tool
from handlers.organisers.voice import OrgText, acting
from storage.models import Invitation
from storage.models.base import text_limit


@organiser_tool
async def invite_command(update: Update, context: BotContext, turn: Turn) -> None:
    """Issue a code, and say how the organisation uses it."""
    text = OrgText(context.rt)
    args = context.args or []
    keys = ", ".join(sorted(event.key for event in context.rt.events.all()))
    event = context.rt.events.get(args[0].lower()) if args else None
    if not args:
        await send(update, context, text.t("org-invite-usage", events=keys))
        return
    if event is None:
        await send(update, context, text.t("org-invite-unknown", key=args[0], events=keys))
        return
    policy = event.sponsorship
    if policy is None or policy.organisations is None or not policy.organisations.by_invitation_only:
        await send(update, context, text.t("org-invite-not-needed", title=event.display_title(text.lang)))
        return
    organisation = printable(" ".join(args[1:])).strip()
    limit = text_limit(Invitation, "organisation")
    if limit is not None and len(organisation) > limit:
        await send(update, context, text.t("org-invite-too-long", max=limit, length=len(organisation)))
        return
    await issue(update, context, turn, event, organisation)


async def issue(update: Update, context: BotContext, turn: Turn, event: Event, organisation: str) -> None:
    """Store a new code for `organisation` and give it, with the deep link, to the organiser."""
    text = OrgText(context.rt)
    organiser = acting(update)
    await remember(turn.session, turn.now, organiser)
    service = SponsorshipService(turn.session, turn.now)
    invitation = await service.create_invitation(event.key, organisation, organiser.id)
    link = f"https://t.me/{context.bot.username}?start={event.key}"
    name = organisation or text.plain("org-invite-unnamed")
    title = event.display_title(text.lang)
    done = text.t("org-invite-done", organisation=name, title=title, code=invitation.code, link=link)
    await send(update, context, done)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("invite", invite_command))
