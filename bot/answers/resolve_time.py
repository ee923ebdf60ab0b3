"""Resolvers for when and what: dates, times (anywhere), duration, agenda, speakers, field visit, purpose."""

from __future__ import annotations

from bot.answers.honesty import admits_ignorance
from bot.answers.model import Part, Query
from bot.present.event import when
from bot.present.info import agenda_block, bullets
from bot.present.times import in_zone_lines, session_lines

CLOCK = ("TIME", "START", "END", "EXACT", "ZONE")


def _dates(q: Query) -> list[str]:
    """The dates line (approximate ones as such) and the duration note."""
    dates = q.event.dates
    said = dates.note is not None and admits_ignorance(dates.note.get(q.lang))
    key = "answer-when-approx" if dates.is_approximate and not said else "answer-when"
    out = [q.r.t(key, when=when(q.event, q.lang))]
    if dates.duration_note:
        out.append(q.r.t("answer-duration", note=dates.duration_note.get(q.lang)))
    return out


def _sessions(q: Query) -> list[str]:
    """Each session with its times; how many there are first, when that was asked."""
    asked = q.has("COUNT") and q.has("SESSIONS") and len(q.event.sessions) > 0
    out = [q.r.t("answer-sessions-count", n=len(q.event.sessions))] if asked else []
    for session in q.event.sessions:
        lines = session_lines(q.r, q.event, session, q.mine)
        out.append(
            f"• <b>{q.r.t('answer-plain', text=session.title.get(q.lang))}</b>: " + "\n   ".join(lines)
        )
    return out


def _past(q: Query) -> list[str]:
    return [q.r.t("answer-past")] if q.event.status(q.now) == "past" else []


def schedule(q: Query) -> Part:
    """When: exact dates with session times, or the approximate period, saying what is not known."""
    parts = _dates(q)
    if q.event.sessions:
        return q.known(q.r.join(parts + _sessions(q) + _past(q)))
    if q.has(*CLOCK) or (q.event.is_approximate and q.has("EXACT")):
        parts.append(q.r.t("answer-no-times"))
        return q.unknown(q.r.join(parts))
    return q.known(q.r.join(parts + _past(q)))


def duration(q: Query) -> Part:
    """How long: the duration note, or the number of days and the sessions."""
    dates = q.event.dates
    if dates.is_approximate:
        parts = _dates(q)
        return q.known(q.r.join(parts)) if dates.duration_note else q.unknown(q.r.join(parts))
    days = (dates.last_day - dates.first_day).days + 1
    parts = [q.r.t("answer-duration-days", n=days, when=when(q.event, q.lang))]
    if dates.duration_note:
        parts.append(q.r.t("answer-duration", note=dates.duration_note.get(q.lang)))
    return q.known(q.r.join(parts + _sessions(q)))


def time_in_place(q: Query) -> Part:
    """The sessions converted to the zone of a place the person named (or their own)."""
    zone = q.place or q.mine
    if zone is None or not q.event.sessions:
        return schedule(q)
    lines = in_zone_lines(q.r, q.event, zone)
    parts = [q.r.t("answer-time-there"), bullets(lines), q.r.t("answer-time-event"), *_sessions(q)]
    return q.known(q.r.join(parts + _past(q)))


def agenda(q: Query) -> Part:
    """The agenda, or an honest 'not available yet'."""
    links = [q.event.links[i] for i in q.programme_links]
    shown = [q.r.t("info-link", label=link.label.get(q.lang), url=link.url) for link in links]
    if q.event.agenda is None:
        return q.unknown(q.r.join([q.r.t("answer-agenda-unknown"), *shown]))
    return q.known(q.r.join([agenda_block(q.r, q.event), *shown], "\n\n"))


def speakers(q: Query) -> Part:
    """Who opens, moderates and concludes."""
    people = q.event.speakers
    if not people:
        return q.unknown(q.r.t("answer-speakers-unknown"))
    items = [
        q.r.t("info-party-role", name=p.name.get(q.lang), role=p.role.get(q.lang))
        if p.role
        else p.name.get(q.lang)
        for p in people
    ]
    listed = q.r.join([q.r.t("answer-speakers"), bullets(items)])
    if q.has("PANEL") and not q.has("SPEAKER"):
        # The data names who opens, moderates and concludes, never the panel itself.
        return q.unknown(q.r.join([q.r.t("answer-panel-unknown"), listed]))
    return q.known(listed)


def field_visit(q: Query) -> Part:
    """The field visit note; asking when or where it is may hit what the note says is not known."""
    visit = q.event.field_visit
    if visit is None:
        return q.unknown(q.r.t("answer-field-unknown"))
    text = q.r.t("answer-field", text=visit.get(q.lang))
    detail = q.has("Q_WHEN", "DATE", "TIME", "PLACE", "VENUE")
    return q.unknown(text) if detail and admits_ignorance(visit.get(q.lang)) else q.known(text)


def purpose(q: Query) -> Part:
    """What the event is about: its summary."""
    return q.known(q.r.t("answer-purpose", text=q.event.summary.get(q.lang)))
