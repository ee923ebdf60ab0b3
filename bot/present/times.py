"""Times as delegates read them: in the event's zone, in the zones the invitation announced, in theirs.

Every instant is written inside Telegram's <tg-time> tag (a date_time entity), so each reader's app can
also show it in their own zone; the visible text is always the time in the zone it names.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, tzinfo

from babel.dates import format_date

from bot.events.models import Event, Session
from bot.i18n import BABEL_LOCALES, format_datetime, format_day, format_hm
from bot.places import utc_offset, zone_label, zone_with_offset
from bot.present.render import Renderer
from bot.text import Html, escape


def tg_time(instant: datetime, text: str, fmt: str = "") -> Html:
    """`text` marked as the instant `instant` (Telegram's date_time entity); `fmt` as in the Bot API."""
    extra = f' format="{fmt}"' if fmt else ""
    return Html(f'<tg-time unix="{int(instant.timestamp())}"{extra}>{escape(text)}</tg-time>')


def user_tz(name: str | None) -> tzinfo | None:
    """The user's stored zone, if it is (still) a valid IANA name."""
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def event_zone_name(event: Event, at: datetime, lang: str) -> str:
    """The event's zone as the invitation named it when it can ('GMT+1, Switzerland'), else from CLDR."""
    offset = event.local(at).utcoffset()
    for announced in event.announced_times:
        if announced.local(at).utcoffset() == offset:
            return announced.label.get(lang)
    return f"{zone_label(event.timezone, lang, at)}, {utc_offset(at, event.tzinfo)}"


def span(r: Renderer, start: datetime, end: datetime, tz: tzinfo, ref: date | None) -> tuple[Html, Html]:
    """Start and end in `tz`, each as a <tg-time>; the day is written unless it is `ref`'s."""
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    if local_start.date() == ref:
        first = tg_time(start, format_hm(start, tz))
    else:
        first = tg_time(start, f"{format_day(start, r.lang, tz)}, {format_hm(start, tz)}")
    same_day = local_end.date() == local_start.date()
    shown = format_hm(end, tz) if same_day else f"{format_day(end, r.lang, tz)}, {format_hm(end, tz)}"
    return first, tg_time(end, shown)


def session_lines(r: Renderer, event: Event, session: Session, mine: str | None) -> list[Html]:
    """A session's time in the event's zone, then in the other announced zones, then in the user's."""
    tz = event.tzinfo
    day = event.local(session.start).date()
    start, end = span(r, session.start, session.end, tz, None)
    lines = [r.t("info-range", start=start, end=end, zone=event_zone_name(event, session.start, r.lang))]
    offset = event.local(session.start).utcoffset()
    for announced in event.announced_times:
        if announced.local(session.start).utcoffset() != offset:
            a_start, a_end = span(r, session.start, session.end, announced.tzinfo, day)
            lines.append(r.t("info-range-also", start=a_start, end=a_end, zone=announced.label.get(r.lang)))
    own = user_tz(mine)
    if own is not None and mine is not None:
        u_start, u_end = span(r, session.start, session.end, own, day)
        label = zone_with_offset(mine, r.lang, session.start)
        lines.append(r.t("info-range-yours", start=u_start, end=u_end, zone=label))
    return lines


def in_zone_lines(r: Renderer, event: Event, zone: str) -> list[Html]:
    """Each session converted to one zone (a place the person asked about)."""
    tz = zoneinfo.ZoneInfo(zone)
    out = []
    for session in event.sessions:
        start, end = span(r, session.start, session.end, tz, None)
        label = zone_with_offset(zone, r.lang, session.start)
        out.append(r.t("info-range-there", title=session.title.get(r.lang), start=start, end=end, zone=label))
    return out


def is_date_only(instant: datetime, tz: tzinfo) -> bool:
    """A deadline at 23:59 local stands for an invitation that gives only the date."""
    local = instant.astimezone(tz)
    return (local.hour, local.minute) == (23, 59)


def deadline_text(instant: datetime, lang: str, tz: tzinfo) -> str:
    """A deadline's date, with its time of day only when the invitation gives one."""
    if is_date_only(instant, tz):
        return format_date(instant.astimezone(tz).date(), "long", locale=BABEL_LOCALES[lang])
    return format_datetime(instant, lang, tz)


def deadline(r: Renderer, event: Event, instant: datetime, now: datetime, mine: str | None) -> Html:
    """A deadline in the event's zone, with the time left ('closes in 11 days') or 'closed'. A deadline
    at the end of a day (23:59) stands for an invitation that gives only the date: shown as a date."""
    tz = event.tzinfo
    date_only = is_date_only(instant, tz)
    when = tg_time(instant, deadline_text(instant, r.lang, tz))
    zone = event_zone_name(event, instant, r.lang)
    if now > instant:
        return r.t("info-deadline-closed", when=when, zone=zone)
    left = instant - now
    if left.days >= 1:
        rel = r.t("info-left-days", n=left.days)
    else:
        rel = r.t("info-left-hours", n=max(1, left.seconds // 3600))
    text = r.t("info-deadline-open", when=when, zone=zone, left=tg_time(instant, rel, "r"))
    own = user_tz(mine)
    if date_only or own is None or mine is None or own.utcoffset(instant) == tz.utcoffset(instant):
        return text
    yours = tg_time(instant, format_datetime(instant, r.lang, own))
    return r.join([text, r.t("info-deadline-yours", when=yours, zone=zone_label(mine, r.lang, instant))])
