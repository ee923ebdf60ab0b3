"""Resolvers about the event itself: its name, its invitation's date, and how to prepare."""

from __future__ import annotations

from babel.dates import format_date

from bot.answers.model import Part, Query
from bot.folding import fold
from bot.i18n import BABEL_LOCALES


def title(q: Query) -> Part:
    """The event's full title (and its short one)."""
    event = q.event
    parts = [q.r.t("answer-title", title=event.title.get(q.lang))]
    if event.short_title:
        parts.append(q.r.t("answer-short-title", title=event.short_title.get(q.lang)))
    return q.known(q.r.join(parts))


def invitation_date(q: Query) -> Part:
    """The date of the invitation, when it has one."""
    day = q.event.invitation_date
    if day is None:
        return q.unknown(q.r.t("answer-invitation-date-unknown"))
    text = format_date(day, "long", locale=BABEL_LOCALES[q.lang])
    return q.known(q.r.t("answer-invitation-date", date=text))


def preparation(q: Query) -> Part:
    """What participants are asked to prepare: the agenda's introduction, and what registration offers."""
    agenda = q.event.agenda
    reg = q.event.registration
    parts = [q.r.t("answer-plain", text=agenda.intro.get(q.lang))] if agenda and agenda.intro else []
    if reg is not None and any(question.options for question in reg.questions) and reg.note:
        parts.append(q.r.t("answer-plain", text=reg.note.get(q.lang)))
    if not parts:
        return q.unknown(q.r.t("answer-preparation-unknown"))
    return q.known(q.r.join(parts), True)


def observers(q: Query) -> Part:
    """Attending as an observer: answered with who is invited when the invitation speaks of observers
    (addressed to "Permanent Observers to the OAS"), otherwise not stated."""
    said = [a.get(q.lang) for a in q.event.addressees]
    who = q.event.participants
    if who is not None:
        said += [x.get(q.lang) for x in (*who.invited, *who.encouraged)]
    found = [text for text in said if "observ" in fold(text)]
    if not found:
        return q.unknown(q.r.t("answer-unknown-observers"))
    return q.known(q.r.join([q.r.t("answer-plain", text=text) for text in found]))
