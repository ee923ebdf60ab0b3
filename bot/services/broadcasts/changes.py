"""Change notices: when an organiser edits an event file and the bot reloads it, a change registrants must
know (dates, session times, venue, format, deadlines) is found by comparing the event's facts with the ones
last seen (stored, so that a restart or a second process does not find the same change again), and a
bilingual notice of what changed (old -> new) is proposed to the organisers. Nothing is sent without an
organiser's tap. The first time an event is seen its facts are only recorded."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import signing
from bot.events.models import Event
from bot.i18n import format_datetime, format_day, format_hm
from bot.present.render import Renderer
from bot.runtime import Runtime
from bot.services.broadcasts.compose import LANGS, PROPOSED
from bot.services.broadcasts.report import recipient_text
from bot.services.notify.notices import organisers_chat
from storage.broadcasts import BroadcastRepository, SnapshotRepository
from storage.models import Broadcast

BUTTON = "bc"  # the broadcasts' signed buttons (handlers/organisers/broadcast.py)
FIELDS = ("dates", "sessions", "venue", "format", "registration_closes", "sponsorship_deadline")
Facts = dict[str, dict[str, str]]


def _day(day: date, event: Event, lang: str) -> str:
    return format_day(datetime.combine(day, time(12, 0), tzinfo=event.tzinfo), lang, event.tzinfo)


def _dates(event: Event, lang: str) -> str:
    if event.dates.is_approximate:
        return event.dates.note.get(lang) if event.dates.note else ""
    first, last = event.dates.first_day, event.dates.last_day
    return (
        _day(first, event, lang)
        if first == last
        else f"{_day(first, event, lang)} – {_day(last, event, lang)}"
    )


def _sessions(event: Event, lang: str) -> str:
    tz = event.tzinfo
    return "; ".join(
        f"{s.title.get(lang)}: {format_datetime(s.start, lang, tz)}–{format_hm(s.end, tz)}"
        for s in sorted(event.sessions, key=lambda s: s.start)
    )


def _venue(event: Event, say: Renderer) -> str:
    venue = event.venue
    place = (venue.name.get(say.lang) if venue and venue.name else "") or (
        say.plain("change-to-be-confirmed") if venue and venue.to_be_confirmed else ""
    )
    city = event.city.get(say.lang) if event.city else ""
    return ", ".join(part for part in (place, venue.address if venue else None, city) if part)


def facts(rt: Runtime, event: Event) -> Facts:
    """What registrants rely on, as they read it in each language ("" when the file does not say)."""
    found: Facts = {field: {} for field in FIELDS}
    for lang in LANGS:
        say = Renderer(rt.i18n, lang)
        closes = event.registration_closes
        deadline = event.sponsorship.deadline if event.sponsorship else None
        found["dates"][lang] = _dates(event, lang)
        found["sessions"][lang] = _sessions(event, lang)
        found["venue"][lang] = _venue(event, say)
        found["format"][lang] = say.plain("change-format", format=str(event.format)) if event.format else ""
        found["registration_closes"][lang] = format_day(closes, lang, event.tzinfo) if closes else ""
        found["sponsorship_deadline"][lang] = format_day(deadline, lang, event.tzinfo) if deadline else ""
    return found


def fingerprint(values: Facts) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()


def notice_text(rt: Runtime, changed: list[str], old: Facts, new: Facts, lang: str) -> str:
    """The announcement: each changed fact, old -> new."""
    say = Renderer(rt.i18n, lang)
    none = say.plain("change-not-stated")
    lines = [
        say.t(
            "change-line",
            field=say.plain("change-field", field=field),
            old=old.get(field, {}).get(lang) or none,
            new=new[field][lang] or none,
        )
        for field in changed
    ]
    return "\n".join([say.t("change-intro"), *lines])


async def detect(session: AsyncSession, rt: Runtime, now: datetime) -> list[Broadcast]:
    """Compare every event with the facts last seen; propose a notice for each change found (once, by
    whichever process swaps the facts first). Past events are only recorded."""
    snapshots = SnapshotRepository(session)
    proposals = []
    for event in rt.events.all():
        values = facts(rt, event)
        fp = fingerprint(values)
        seen = await snapshots.get(event.key)
        if seen is None:
            await snapshots.first(event.key, fp, values, now)
            continue
        if seen.fingerprint == fp or not await snapshots.replace(
            event.key, seen.fingerprint, fp, values, now
        ):
            continue
        changed = [field for field in FIELDS if seen.values.get(field) != values[field]]
        if not changed or event.status(now) == "past":
            continue
        proposal = Broadcast(
            event_key=event.key,
            author_id=0,
            chat_id=organisers_chat(rt.events, rt.settings, event.key) or 0,
            status=PROPOSED,
            segment="all",
            text_es=notice_text(rt, changed, seen.values, values, "es"),
            text_en=notice_text(rt, changed, seen.values, values, "en"),
            created_at=now,
            extra={"changed": changed},
        )
        proposals.append(await BroadcastRepository(session).add(proposal))
    return proposals


def proposal_post(rt: Runtime, proposal: Broadcast, count: int) -> tuple[str, InlineKeyboardMarkup]:
    """The organisers' post: the notice in each language as registrants will see it, and the buttons."""
    say = Renderer(rt.i18n, rt.settings.organiser_language)
    event = rt.events.get(proposal.event_key)
    title = event.display_title(say.lang) if event is not None else proposal.event_key
    parts = [say.t("change-proposed", title=title, count=count)]
    parts += [recipient_text(rt, proposal, lang) for lang in LANGS]

    def button(label: str, action: str) -> InlineKeyboardButton:
        data = signing.signed(rt.settings, BUTTON, f"{action}:{proposal.id}:")
        return InlineKeyboardButton(label, callback_data=data)

    keyboard = InlineKeyboardMarkup(
        [
            [button(say.plain("change-send-button", count=count), "chg-send")],
            [button(say.plain("change-edit-button"), "chg-edit")],
            [button(say.plain("bc-discard-button"), "chg-drop")],
        ]
    )
    return "\n\n".join(parts), keyboard
