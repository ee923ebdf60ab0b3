"""The menu screens in parts: a first message that fits a phone, and each further part one button away.

A part exists only when the event has something to put in it: `available` lists those, and `part` renders
one of them ("" for a part the screen does not have, or the event leaves empty).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.events.models import Event
from bot.present import info, sponsorship
from bot.present.render import Renderer
from bot.text import Html

FIRST = "top"  # the screen's first part: what most people need first

PartRenderer = Callable[[Renderer, Event, datetime, str | None], Html]


def speakers(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """Who opens, moderates and concludes."""
    names = [
        r.t("info-party-role", name=p.name.get(r.lang), role=p.role.get(r.lang))
        if p.role
        else r.t("info-plain", text=p.name.get(r.lang))
        for p in event.speakers
    ]
    return r.join([r.t("info-speakers-title"), info.bullets(names)]) if names else Html("")


def agenda(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """The agenda (the first screen says so when there is none)."""
    return info.agenda_block(r, event) if event.agenda is not None else Html("")


def field_visit(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """The field visit, if one is planned."""
    return r.t("info-field-visit", text=event.field_visit.get(r.lang)) if event.field_visit else Html("")


def background(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """Why the event is held: its background, from the invitation."""
    if event.background is None:
        return Html("")
    return r.join([r.t("info-background-title"), r.t("info-plain", text=event.background.get(r.lang))])


def links(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """The event's links."""
    return info.links_block(r, event)


def languages(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """Working languages, interpretation, sign language and the language note."""
    return info.languages_block(r, event)


def hosts(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """Who hosts the event."""
    names = [p.name.get(r.lang) for p in event.hosts]
    return r.t("info-hosts", names="; ".join(names)) if names else Html("")


def open_points(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """What the invitation leaves open."""
    if not event.open_points:
        return Html("")
    points = info.bullets([r.t("info-plain", text=p.get(r.lang)) for p in event.open_points])
    return r.join([r.t("info-open-points-title"), points])


def nominations(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """How many officials a State may nominate, and for which roles."""
    sp = event.sponsorship
    if sp is None or not (sp.max_per_state or sp.slots):
        return Html("")
    return r.join([r.t("info-sponsorship-nominations-title"), sponsorship.nominations(r, sp)])


def organisations(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """Sponsorship for organisations in full (the first screen only says whether it is by invitation)."""
    sp = event.sponsorship
    if sp is None or sp.organisations is None:
        return Html("")
    return sponsorship.organisations_detail(r, sp.organisations)


def note(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """The sponsorship note of the invitation."""
    sp = event.sponsorship
    if sp is None or sp.note is None:
        return Html("")
    return r.join([r.t("info-sponsorship-note-title"), r.t("info-note", text=sp.note.get(r.lang))])


# Each screen's further parts, in the order of their buttons.
PARTS: dict[str, dict[str, PartRenderer]] = {
    "programme": {
        "agenda": agenda,
        "speakers": speakers,
        "field-visit": field_visit,
        "background": background,
        "links": links,
    },
    "sponsorship": {"nominations": nominations, "organisations": organisations, "note": note},
    "logistics": {
        "languages": languages,
        "hosts": hosts,
        "field-visit": field_visit,
        "links": links,
        "open-points": open_points,
    },
}


def first(r: Renderer, screen: str, event: Event, now: datetime, mine: str | None) -> Html:
    """A screen's first part."""
    if screen == "programme":
        return info.programme(r, event, now, mine)
    if screen == "sponsorship":
        return sponsorship.sponsorship_screen(r, event, now, mine)
    return info.logistics(r, event)


def part(r: Renderer, screen: str, name: str, event: Event, now: datetime, mine: str | None) -> Html:
    """One further part of a screen; "" when the screen has no such part or the event leaves it empty."""
    render = PARTS.get(screen, {}).get(name)
    return render(r, event, now, mine) if render is not None else Html("")


def available(r: Renderer, screen: str, event: Event, now: datetime, mine: str | None) -> list[str]:
    """The further parts of a screen this event has something for, in button order."""
    return [name for name in PARTS.get(screen, {}) if part(r, screen, name, event, now, mine)]
