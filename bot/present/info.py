"""The programme and logistics screens of an event (their first parts, and the blocks the further parts and
the answering engine reuse), from its file only (no Telegram objects here)."""

from __future__ import annotations

from datetime import datetime

from babel import Locale

from bot.events.models import Event
from bot.i18n import BABEL_LOCALES
from bot.present.event import place, when
from bot.present.render import Renderer
from bot.present.times import session_lines
from bot.text import Html, escape


def bullets(items: list[str]) -> Html:
    """Lines as a bulleted list (plain text items are escaped, `Html` ones kept)."""
    return Html("\n".join(f"• {escape(item)}" for item in items))


def language_name(code: str, lang: str) -> str:
    """A language's name in `lang` ('árabe', 'Arabic'), from CLDR."""
    return Locale.parse(BABEL_LOCALES[lang]).languages.get(code, code)


def dates_block(r: Renderer, event: Event) -> Html:
    """The dates, or the approximate period marked as such, and the duration note."""
    dates = event.dates
    key = "info-dates-approximate" if dates.is_approximate else "info-dates"
    parts = [r.t(key, when=when(event, r.lang))]
    if dates.duration_note:
        parts.append(r.t("info-duration", note=dates.duration_note.get(r.lang)))
    return r.join(parts)


def sessions_block(r: Renderer, event: Event, mine: str | None) -> Html:
    """Each session with its times, or an honest 'no times yet'."""
    if not event.sessions:
        return r.t("info-no-times")
    parts = [r.t("info-sessions-title")]
    for session in event.sessions:
        parts.append(r.t("info-session", title=session.title.get(r.lang)))
        parts.extend(f"   {line}" for line in session_lines(r, event, session, mine))
        if session.description:
            parts.append(f"   <i>{r.t('info-plain', text=session.description.get(r.lang))}</i>")
    if mine is None:
        parts.append(r.t("info-timezone-hint"))
    return r.join(parts)


def agenda_block(r: Renderer, event: Event) -> Html:
    """The agenda's sections, numbered items, lettered sub-items and guiding questions."""
    agenda = event.agenda
    if agenda is None:
        return r.t("info-no-agenda")
    parts = [r.t("info-agenda-title")]
    if agenda.intro:
        parts.append(r.t("info-plain", text=agenda.intro.get(r.lang)))
    for section in agenda.sections:
        parts.append(f"\n<b>{r.t('info-plain', text=section.title.get(r.lang))}</b>")
        for item in section.items:
            parts.append(r.t("info-agenda-item", number=item.number, text=item.text.get(r.lang)))
            for sub in item.sub_items:
                parts.append(r.t("info-agenda-sub", label=sub.label, text=sub.text.get(r.lang)))
            if item.question:
                parts.append(f"   <i>{r.t('info-plain', text=item.question.get(r.lang))}</i>")
    if agenda.note:
        parts.append(r.t("info-note", text=agenda.note.get(r.lang)))
    return r.join(parts)


def links_block(r: Renderer, event: Event) -> Html:
    """The event's links, each with its label."""
    items = [r.t("info-link", label=link.label.get(r.lang), url=link.url) for link in event.links]
    return r.join([r.t("info-links-title"), bullets(items)]) if items else Html("")


def programme(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """The programme's first part: dates, sessions with times (the agenda, speakers, field visit,
    background and links are parts of their own, see `bot.present.parts`)."""
    parts = [
        r.t("info-programme-title", title=event.title.get(r.lang)),
        dates_block(r, event),
        sessions_block(r, event, mine),
        r.t("info-no-agenda") if event.agenda is None else "",
    ]
    return r.join(parts, "\n\n")


def languages_block(r: Renderer, event: Event) -> Html:
    """Working languages, interpretation and sign language, saying 'not stated' where the file is silent."""
    names = ", ".join(language_name(c, r.lang) for c in event.languages)
    parts = [r.t("info-languages", names=names) if names else r.t("info-languages-unknown")]
    if event.interpretation is None:
        parts.append(r.t("info-interpretation-unknown"))
    elif event.interpretation:
        langs = ", ".join(language_name(c, r.lang) for c in event.interpretation)
        parts.append(r.t("info-interpretation", names=langs))
    else:
        parts.append(r.t("info-interpretation-none"))
    sign = {True: "info-sign-yes", False: "info-sign-no", None: "info-sign-unknown"}[event.sign_language]
    parts.append(r.t(sign))
    if event.language_note:
        parts.append(r.t("info-note", text=event.language_note.get(r.lang)))
    return r.join(parts)


def venue_block(r: Renderer, event: Event) -> Html:
    """City, venue (or 'to be confirmed') and format (or 'not stated')."""
    spot = place(event, r.lang)
    parts = [r.t("info-place", place=spot) if spot else r.t("info-place-unknown")]
    venue = event.venue
    if venue is not None and venue.name is not None:
        name = venue.name.get(r.lang)
        if venue.address:
            parts.append(r.t("info-venue-address", name=name, address=venue.address))
        else:
            parts.append(r.t("info-venue", name=name))
    elif venue is not None:
        parts.append(r.t("info-venue-tbc"))
    if venue is not None and venue.note:
        parts.append(r.t("info-note", text=venue.note.get(r.lang)))
    if event.format is None:
        parts.append(r.t("info-format-unknown"))
    else:
        parts.append(r.t("info-format", format=r.t(f"format-{event.format}")))
    return r.join(parts)


def contact_block(r: Renderer, event: Event) -> Html:
    """Whom to contact: e-mail, web page, and the contact note."""
    contact = event.contact
    parts = [r.t("info-contact-title")]
    if contact.email:
        parts.append(r.t("info-contact-email", email=contact.email))
    if contact.url:
        parts.append(r.t("info-contact-url", url=contact.url))
    if contact.other:
        parts.append(r.t("info-plain", text=contact.other.get(r.lang)))
    return r.join(parts)


def logistics(r: Renderer, event: Event) -> Html:
    """The logistics' first part: dates, place, venue, format and contact (languages, hosts, field visit,
    links and open points are parts of their own, see `bot.present.parts`)."""
    parts = [
        r.t("info-logistics-title", title=event.title.get(r.lang)),
        dates_block(r, event),
        venue_block(r, event),
        contact_block(r, event),
    ]
    return r.join(parts, "\n\n")
