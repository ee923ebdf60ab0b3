"""/find TEXT and /registration REF for organisers: look a delegate up, see everything they gave."""

from __future__ import annotations

from datetime import UTC

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot import countries
from bot.services.audit import request_ref
from bot.services.organisers.lookup import Found, by_reference, find, searchable
from bot.services.organisers.lookup_view import DetailView
from bot.turn import Turn
from handlers.common import BotContext, send
from handlers.organisers.auth import organiser_report
from handlers.organisers.voice import OrgText
from storage.models import Registration


def _line(turn: Turn, voice: OrgText, r: Registration) -> str:
    event = turn.rt.events.get(r.event_key)
    return voice.t(
        "find-line",
        reference=r.reference,
        name=r.full_name or "—",
        organisation=r.organisation or "—",
        country=countries.name(r.country, voice.lang) if r.country else "—",
        event=event.display_title(voice.lang) if event else r.event_key,
        status=voice.plain("find-status", status=r.status),
    )


@organiser_report
async def find_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/find TEXT: registrations whose name, e-mail, organisation or reference matches, newest first."""
    voice = OrgText(turn.rt)
    query = " ".join(context.args or [])
    if not searchable(query):
        await send(update, context, voice.t("find-usage"))
        return
    matches = await find(turn.session, query)
    if not matches.found:
        await send(update, context, voice.t("find-none", query=query))
        return
    lines = [voice.t("find-results", total=matches.total, query=query)]
    lines += [_line(turn, voice, r) for r in matches.found]
    if matches.total > len(matches.found):
        lines.append(voice.t("find-more", shown=len(matches.found)))
    await send(update, context, "\n".join(lines) + "\n\n" + voice.t("find-hint"))


def details(turn: Turn, voice: OrgText, found: Found) -> str:
    """Every field of a registration, then its sponsorship requests with their status."""
    r = found.registration
    event = turn.rt.events.get(r.event_key)
    view = DetailView(voice.i18n, voice.lang)
    zone = event.tzinfo if event else UTC
    facts = [
        view.line(voice.plain("find-label-status"), voice.plain("find-status", status=r.status)),
        view.line(voice.plain("find-label-registered"), view.when(r.created_at, zone)),
        view.line(voice.plain("find-label-updated"), view.when(r.updated_at, zone)),
        view.line(
            voice.plain("find-label-withdrawn"), view.when(r.withdrawn_at, zone) if r.withdrawn_at else None
        ),
        view.line(voice.plain("find-label-consent"), view.when(r.consent_at, zone)),
        view.line(voice.plain("find-label-language"), r.language),
        view.line(voice.plain("find-label-telegram"), str(r.user_id)),
    ]
    title = voice.t(
        "find-detail-title",
        reference=r.reference,
        title=event.display_title(voice.lang) if event else r.event_key,
    )
    parts = [title, "\n".join(facts), "\n".join(view.registration(r, event)), voice.t("find-requests-title")]
    for q in found.requests:
        status = voice.plain("spons-status", status=q.status)
        head = voice.t(
            "find-request-title", reference=request_ref(q.id), nominee=q.nominee_name, status=status
        )
        parts.append("\n".join([head, *view.request(q, event)]))
    if not found.requests:
        parts.append(voice.t("find-no-requests"))
    return "\n\n".join(parts)


@organiser_report
async def registration_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/registration REF: one registration in full."""
    voice = OrgText(turn.rt)
    if not context.args:
        await send(update, context, voice.t("find-registration-usage"))
        return
    found = await by_reference(turn.session, context.args[0])
    if found is None:
        await send(update, context, voice.t("find-not-found", reference=context.args[0]))
        return
    await send(update, context, details(turn, voice, found))


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("find", find_command))
    app.add_handler(CommandHandler("registration", registration_command))
