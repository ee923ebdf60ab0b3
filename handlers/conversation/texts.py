"""Texts shared by the registration and sponsorship screens: deadlines, contacts, eligibility, offers."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import countries
from bot.callbacks import encode
from bot.events.common import article_of
from bot.events.models import Event
from bot.present.times import deadline_text
from bot.services.audit import request_ref
from bot.services.registration.form import contact_of
from bot.services.registration.service import Availability, availability
from bot.services.sponsorship.policy import Eligibility, eligibility
from bot.turn import Turn
from storage.models import Registration, SponsorshipRequest


def deadline(turn: Turn, event: Event, instant: datetime) -> str:
    """A deadline in the event's time zone, naming the zone: '31 March 2026 (El Salvador time)', with
    the time of day only when the invitation gives one (23:59 stands for a date alone)."""
    zone = event.timezone.rsplit("/", 1)[-1].replace("_", " ")
    return turn.plain("flow-when", time=deadline_text(instant, turn.lang, event.tzinfo), zone=zone)


def contact(turn: Turn, event: Event) -> str:
    """The event's contact, as one line."""
    return contact_of(event, turn.lang)


def registration_unavailable(turn: Turn, event: Event) -> str:
    """Why the bot does not take a registration now, when it will, and whom to contact."""
    state = availability(event, turn.now)
    reg = event.registration
    title = event.display_title(turn.lang)
    if state is Availability.NONE or reg is None:
        text = turn.t("reg-none", title=title, contact=contact(turn, event))
    elif state is Availability.PAST:
        text = turn.t("reg-past", title=title, contact=contact(turn, event))
    elif state is Availability.NOT_YET and reg.opens is not None:
        text = turn.t("reg-not-yet", date=deadline(turn, event, reg.opens), contact=contact(turn, event))
    else:
        closes = event.registration_closes or turn.now
        text = turn.t("reg-closed", date=deadline(turn, event, closes), contact=contact(turn, event))
    return text + external(turn, event)


def external(turn: Turn, event: Event) -> str:
    """The organisers' own registration page, when the event file gives one (an empty string otherwise)."""
    url = event.registration.url if event.registration else None
    return "\n\n" + turn.t("reg-external", url=url) if url else ""


def counts_as(event: Event) -> str:
    """What registering here means, as a Fluent selector: "confirmation", "notice" or "none"."""
    meaning = event.registration.counts_as if event.registration else None
    return str(meaning) if meaning is not None else "none"


def meaning(turn: Turn, event: Event) -> str:
    """What registering here means, as the event file states it, after a blank line ("" if it does not)."""
    if event.registration is None or event.registration.counts_as is None:
        return ""
    email = event.contact.email
    where = email or event.registration.url or ""
    text = turn.t("reg-meaning", counts_as=counts_as(event), channel="email" if email else "url", where=where)
    return "\n\n" + text


def sponsorship_refusal(turn: Turn, event: Event, registration: Registration | None) -> str:
    """Why this person cannot request sponsorship now."""
    policy = event.sponsorship
    state = eligibility(event, registration, turn.now)
    if policy is None or state is Eligibility.NO_POLICY:
        return turn.t("spons-no-policy", contact=contact(turn, event))
    if state is Eligibility.NOT_REGISTERED:
        return turn.t("spons-register-first")
    if state is Eligibility.CLOSED:
        return turn.t(
            "spons-closed", date=deadline(turn, event, policy.deadline), contact=contact(turn, event)
        )
    if state is Eligibility.STATE_NOT_ELIGIBLE and registration is not None:
        return turn.t(
            "spons-state-not-eligible",
            country=countries.name(registration.country or "", turn.lang),
            states=", ".join(sorted(countries.name(c, turn.lang) for c in policy.eligible_states)),
            contact=contact(turn, event),
        )
    if state is Eligibility.ORGANISATIONS_NOT_COVERED:
        return turn.t("spons-organisations-not-covered", contact=contact(turn, event))
    return turn.t("spons-not-a-delegation", contact=contact(turn, event))


def sponsorship_button(turn: Turn, event: Event) -> InlineKeyboardMarkup:
    """The 'Request sponsorship' button."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(turn.plain("spons-request-button"), callback_data=encode("sp", event.key))]]
    )


def sponsorship_offer(
    turn: Turn, event: Event, registration: Registration
) -> tuple[str, InlineKeyboardMarkup | None]:
    """After an RSVP: the offer to request sponsorship, or why not (nothing without a policy)."""
    policy = event.sponsorship
    if policy is None:
        return "", None
    if eligibility(event, registration, turn.now) is Eligibility.ELIGIBLE:
        when = deadline(turn, event, policy.deadline)
        funder, article = policy.funder.get(turn.lang), article_of(policy.funder_article, turn.lang)
        text = turn.t("spons-offer", funder=funder, article=article, date=when)
        return text, sponsorship_button(turn, event)
    return sponsorship_refusal(turn, event, registration), None


def request_line(turn: Turn, request: SponsorshipRequest) -> str:
    """One request in /myregistration: nominee and status."""
    status = turn.plain("spons-status", status=request.status)
    reference = request_ref(request.id)
    return turn.t("spons-request-line", request=reference, nominee=request.nominee_name, status=status)
