"""The sponsorship screen, and its parts the answering engine reuses."""

from __future__ import annotations

from datetime import datetime

from bot.countries import name as country_name
from bot.events.models import Event
from bot.events.participation import Cover, OrganisationSponsorship, Sponsorship
from bot.folding import fold
from bot.present.info import contact_block
from bot.present.render import Renderer
from bot.present.times import deadline
from bot.text import Html


def cover_name(r: Renderer, cover: Cover) -> Html:
    """What a sponsorship pays for, in words."""
    return r.t(f"info-cover-{cover.value.replace('_', '-')}")


def states(r: Renderer, sponsorship: Sponsorship) -> str:
    """Eligible States by their names in the reader's language, in the invitation's order."""
    return ", ".join(country_name(code, r.lang) for code in sponsorship.eligible_states)


def organisations(r: Renderer, sponsorship: Sponsorship) -> Html:
    """Sponsorship for organisations: by invitation or not, and how many participants each."""
    orgs = sponsorship.organisations
    if orgs is None:
        return Html("")
    key = "info-sponsorship-orgs-invited" if orgs.by_invitation_only else "info-sponsorship-orgs"
    parts = [r.t(key, note=orgs.note.get(r.lang))]
    if orgs.participants_per_organisation:
        parts.append(r.t("info-sponsorship-per-org", n=orgs.participants_per_organisation))
    return r.join(parts)


def eligibility(r: Renderer, sponsorship: Sponsorship) -> Html:
    """Who may request sponsorship: the States listed, and organisations (by invitation)."""
    listed = sponsorship.eligible_states
    parts = [r.t("info-sponsorship-states", states=states(r, sponsorship))] if listed else []
    return r.join([*parts, organisations(r, sponsorship)])


def coverage(r: Renderer, sponsorship: Sponsorship) -> Html:
    """What the sponsorship covers."""
    names = ", ".join(cover_name(r, c) for c in sponsorship.covers)
    return r.t("info-sponsorship-covers", items=names)


def nominations(r: Renderer, sponsorship: Sponsorship) -> Html:
    """How many people a State may nominate, for which roles, and which are subject to availability."""
    parts = []
    if sponsorship.max_per_state:
        parts.append(r.t("info-sponsorship-max", n=sponsorship.max_per_state))
    mark = fold(r.t("info-sponsorship-extra-mark"))
    for slot in sponsorship.slots:
        role = slot.role.get(r.lang)
        # The role text may already say it; the flag is only written out when it does not.
        extra = slot.subject_to_availability and mark not in fold(role)
        key = "info-sponsorship-slot-extra" if extra else "info-sponsorship-slot"
        parts.append(f"• {r.t(key, role=role)}")
    return r.join(parts)


def deadline_block(
    r: Renderer, event: Event, sponsorship: Sponsorship, now: datetime, mine: str | None
) -> Html:
    """The deadline in the event's zone, the time left or 'closed', and the deadline note."""
    parts = [r.t("info-sponsorship-deadline", when=deadline(r, event, sponsorship.deadline, now, mine))]
    if sponsorship.deadline_note:
        parts.append(r.t("info-note", text=sponsorship.deadline_note.get(r.lang)))
    return r.join(parts)


def how_to_apply(r: Renderer, sponsorship: Sponsorship) -> Html:
    """How to request sponsorship."""
    return r.t("info-sponsorship-how", text=sponsorship.how_to_apply.get(r.lang))


def who_short(r: Renderer, sponsorship: Sponsorship) -> Html:
    """Who may request sponsorship, in short: the States listed, and whether organisations may (the
    organisations' details are a part of their own)."""
    parts = (
        [r.t("info-sponsorship-states", states=states(r, sponsorship))] if sponsorship.eligible_states else []
    )
    orgs = sponsorship.organisations
    if orgs is not None:
        key = (
            "info-sponsorship-orgs-invited-short"
            if orgs.by_invitation_only
            else "info-sponsorship-orgs-short"
        )
        parts.append(r.t(key))
    return r.join([r.t("info-sponsorship-who-title"), *parts]) if parts else Html("")


def organisations_detail(r: Renderer, orgs: OrganisationSponsorship) -> Html:
    """The organisations' part: what the invitation says about them, and how many participants each."""
    parts = [r.t("info-sponsorship-orgs-title"), r.t("info-plain", text=orgs.note.get(r.lang))]
    if orgs.participants_per_organisation:
        parts.append(r.t("info-sponsorship-per-org", n=orgs.participants_per_organisation))
    return r.join(parts)


def sponsorship_screen(r: Renderer, event: Event, now: datetime, mine: str | None) -> Html:
    """The sponsorship screen's first part: funder, who may request it, what it covers, the deadline and how
    to apply (nominations, organisations and the note are parts of their own, see `bot.present.parts`);
    events without a sponsorship policy say so and give the contact."""
    title = r.t("info-sponsorship-title", title=event.title.get(r.lang))
    sp = event.sponsorship
    if sp is None:
        return r.join([title, r.t("info-sponsorship-none"), contact_block(r, event)], "\n\n")
    parts = [
        title,
        r.t("info-sponsorship-funder", funder=sp.funder.get(r.lang)),
        who_short(r, sp),
        coverage(r, sp),
        deadline_block(r, event, sp, now, mine),
        how_to_apply(r, sp),
    ]
    return r.join(parts, "\n\n")
