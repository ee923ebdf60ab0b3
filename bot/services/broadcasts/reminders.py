"""Built-in reminders (switched on per event, see bot/events/reminders.py): each goes once, as a broadcast
to only the people missing something, when its time comes. Each is written as a broadcast row whose
(event, reminder) pair is unique, so that it fires once even with several processes; one whose time came
while the bot was down still goes at start if its moment has not passed, else it is recorded as skipped
(and listed by /broadcasts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.common import zone as tz_of
from bot.events.models import Event
from bot.i18n import format_datetime, format_day
from bot.present.render import Renderer
from bot.runtime import Runtime
from bot.services.broadcasts.compose import SENDING, start
from bot.services.notify.notices import organisers_chat
from storage.broadcasts import BroadcastRepository
from storage.cas import insert_unless_present
from storage.models import Broadcast

SKIPPED = "skipped"
EVENT_STARTS = "event_starts"


@dataclass(frozen=True)
class Kind:
    """A reminder: who gets it, and the moment it announces (None: the event file does not give one)."""

    segment: str
    moment: Callable[[Event], datetime | None]
    with_time: bool  # the moment is shown with its time (a session), else as a date


KINDS: dict[str, Kind] = {
    "registration_closes": Kind("unfinished", lambda e: e.registration_closes, False),
    "sponsorship_deadline": Kind(
        "spons-none", lambda e: e.sponsorship.deadline if e.sponsorship else None, False
    ),
    "travel_details": Kind("travel-missing", lambda e: e.first_start, False),
    EVENT_STARTS: Kind("all", lambda e: e.first_start, True),
}


def due(event: Event, now: datetime) -> list[tuple[str, datetime]]:
    """The reminders of `event` whose time has come at `now`, with their moments."""
    found = []
    for name, before in (event.reminders.switched_on() if event.reminders else {}).items():
        moment = KINDS[name].moment(event)
        if moment is not None and now >= moment - before:
            found.append((name, moment))
    return found


def reminder_text(rt: Runtime, event: Event, name: str, moment: datetime, lang: str) -> str:
    """The reminder in one language (the event's name is the header every broadcast gets)."""
    say = Renderer(rt.i18n, lang)
    shown = (
        format_datetime(moment, lang, event.tzinfo) + f" ({event.timezone})"
        if KINDS[name].with_time
        else format_day(moment, lang, event.tzinfo)
    )
    contact = event.contact.email or event.contact.url or ""
    return (
        say.t(f"reminder-{name.replace('_', '-')}", when=shown, contact=contact)
        + "\n\n"
        + say.t("reminder-footer")
    )


async def fire_due(session: AsyncSession, rt: Runtime, now: datetime) -> list[Broadcast]:
    """Write the reminders that are due and not yet written (sending them, or skipping those whose moment
    has passed); the ones this call wrote."""
    repo = BroadcastRepository(session)
    written = []
    for event in rt.events.all():
        for name, moment in due(event, now):
            if await repo.reminder_exists(event.key, name):
                continue
            meaningful = now < moment
            values = {
                "event_key": event.key,
                "author_id": 0,
                "chat_id": organisers_chat(rt.events, rt.settings, event.key) or 0,
                "status": SENDING if meaningful else SKIPPED,
                "segment": KINDS[name].segment,
                "text_es": reminder_text(rt, event, name, moment, "es"),
                "text_en": reminder_text(rt, event, name, moment, "en"),
                "reminder": name,
                "created_at": now,
                "finished_at": None if meaningful else now,
                "extra": {"moment": moment.isoformat()},
            }
            new_id = await session.scalar(insert_unless_present(session, Broadcast, **values))
            if new_id is None:  # another process wrote it first
                continue
            broadcast = await repo.get(new_id)
            assert broadcast is not None
            if meaningful:
                await start(repo, broadcast, now)
            written.append(broadcast)
    return written


def personal_line(rt: Runtime, broadcast: Broadcast, lang: str, zone: str | None) -> str:
    """For 'the event starts tomorrow': the time in the recipient's own zone, when they set one."""
    event = rt.events.get(broadcast.event_key)
    if broadcast.reminder != EVENT_STARTS or zone is None or event is None or event.first_start is None:
        return ""
    local = format_datetime(event.first_start, lang, tz_of(zone))
    return "\n" + Renderer(rt.i18n, lang).t("reminder-your-time", when=local, zone=zone)


def skipped_text(rt: Runtime, broadcast: Broadcast) -> str:
    """For the organisers: a reminder that was not sent because its moment passed while the bot was down."""
    say = Renderer(rt.i18n, rt.settings.organiser_language)
    event = rt.events.get(broadcast.event_key)
    moment = datetime.fromisoformat(broadcast.extra["moment"])
    title = event.display_title(say.lang) if event is not None else broadcast.event_key
    when = format_day(moment, say.lang, event.tzinfo if event is not None else moment.tzinfo)  # type: ignore[arg-type]
    name = say.plain("bc-reminder-name", name=broadcast.reminder or "")
    return say.t("bc-reminder-skipped", reminder=name, title=title, when=when)
