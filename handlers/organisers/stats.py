"""/stats [EVENT] for organisers, and choosing the event an organisers' tool is about."""

from __future__ import annotations

from collections.abc import Callable

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot import countries
from bot.events.models import Event
from bot.offload import offload
from bot.services.organisers.stats import UNKNOWN, EventStats, choose_event, event_stats
from bot.services.organisers.stats_chart import ChartText, render_chart
from bot.services.registration.service import CONFIRMED, WITHDRAWN
from bot.services.sponsorship.policy import APPROVED, DECLINED, SUBMITTED, WAITLISTED
from bot.services.sponsorship.policy import WITHDRAWN as REQUEST_WITHDRAWN
from bot.turn import Turn
from handlers.common import BotContext, send, send_file
from handlers.organisers.auth import organiser_report
from handlers.organisers.voice import OrgText


async def pick_event(update: Update, context: BotContext, turn: Turn, voice: OrgText) -> Event | None:
    """The event named in the command, else the organiser's current one, else the next (or latest)."""
    key = context.args[0] if context.args else None
    event = choose_event(turn.rt.events, key, turn.user.current_event, turn.now)
    if event is None and key:
        known = ", ".join(e.key for e in turn.rt.events.all())
        await send(update, context, voice.t("tools-unknown-event", key=key, known=known))
    elif event is None:
        await send(update, context, voice.t("tools-no-event"))
    return event


def _section(voice: OrgText, title_id: str, counts: dict[str, int], label: Callable[[str], str]) -> str:
    """A heading and one line per value, most frequent first."""
    not_stated = voice.plain("stats-not-stated")

    def name(code: str) -> str:
        return not_stated if code == UNKNOWN else label(code)

    ranked = sorted(counts.items(), key=lambda item: (-item[1], name(item[0])))
    return "\n".join([voice.t(title_id), *(voice.t("stats-line", label=name(c), count=n) for c, n in ranked)])


def _requests(voice: OrgText, stats: EventStats) -> str:
    reqs = stats.requests
    return voice.t(
        "stats-requests",
        total=sum(reqs.values()),
        submitted=reqs[SUBMITTED],
        waitlisted=reqs[WAITLISTED],
        approved=reqs[APPROVED],
        declined=reqs[DECLINED],
        withdrawn=reqs[REQUEST_WITHDRAWN],
    )


def stats_text(voice: OrgText, event: Event, stats: EventStats) -> str:
    """Counts by status, then confirmed registrations by State, delegation and language."""
    regs = stats.registrations
    parts = [
        voice.t("stats-title", title=event.display_title(voice.lang), key=event.key),
        voice.t(
            "stats-registrations",
            total=stats.total,
            confirmed=regs[CONFIRMED],
            withdrawn=regs[WITHDRAWN],
        ),
    ]
    if stats.anonymised:
        parts.append(voice.t("stats-anonymised", count=stats.anonymised))
    if stats.unreachable:
        parts.append(voice.t("stats-unreachable", count=stats.unreachable))
    parts.append(_requests(voice, stats))
    sections = (
        ("stats-by-country", stats.countries, lambda c: countries.name(c, voice.lang)),
        ("stats-by-delegation", stats.delegations, lambda c: voice.plain("stats-delegation", type=c)),
        ("stats-by-language", stats.languages, lambda c: voice.plain("stats-language", code=c)),
    )
    parts += [_section(voice, title_id, counts, label) for title_id, counts, label in sections if counts]
    return "\n\n".join(parts)


def chart_text(voice: OrgText, event: Event) -> ChartText:
    """The chart's titles and axis labels."""
    return ChartText(
        title=event.display_title(voice.lang),
        over_time=voice.plain("stats-chart-over-time"),
        by_country=voice.plain("stats-chart-by-country"),
        count=voice.plain("stats-chart-count"),
        others=voice.plain("stats-chart-others"),
    )


@organiser_report
async def stats_command(update: Update, context: BotContext, turn: Turn) -> None:
    """/stats [EVENT]: the counts as text, then the chart as a photo (drawn in a worker process)."""
    voice = OrgText(turn.rt)
    event = await pick_event(update, context, turn, voice)
    if event is None or update.effective_chat is None:
        return
    stats = await event_stats(turn.session, event)
    await send(update, context, stats_text(voice, event, stats))
    if not stats.total:
        await send(update, context, voice.t("stats-none"))
        return
    names = {code: countries.name(code, voice.lang) for code in stats.countries}
    names[UNKNOWN] = voice.plain("stats-not-stated")
    text = chart_text(voice, event)
    png = await offload(render_chart, stats.cumulative(), dict(stats.countries), text, names)
    caption = voice.t("stats-chart-caption", title=event.display_title(voice.lang))
    await send_file(update, context, png, "stats.png", caption, photo=True)


def register(app: Application) -> None:
    """Wire the handlers of this module."""
    app.add_handler(CommandHandler("stats", stats_command))
