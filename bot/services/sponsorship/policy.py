"""Sponsorship rules of an event's policy: statuses, who is eligible, the seats per State or organisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.events.models import Event
from bot.events.participation import Sponsorship
from bot.services.registration.service import CONFIRMED
from storage.models import Registration

SUBMITTED, WAITLISTED, APPROVED, DECLINED, WITHDRAWN = (
    "submitted",
    "waitlisted",
    "approved",
    "declined",
    "withdrawn",
)
PENDING = (SUBMITTED, WAITLISTED)
ACTIVE = (SUBMITTED, WAITLISTED, APPROVED)
ORGANISATION_TYPES = ("io", "ngo")
ORGANISATION_SLOT = "organisation"
GENERAL_SLOT = "general"


class Eligibility(StrEnum):
    """Whether a registered person may request sponsorship now, or why not."""

    ELIGIBLE = "eligible"
    NO_POLICY = "no_policy"
    CLOSED = "closed"
    NOT_REGISTERED = "not_registered"
    STATE_NOT_ELIGIBLE = "state_not_eligible"
    ORGANISATIONS_NOT_COVERED = "organisations_not_covered"
    NOT_A_DELEGATION = "not_a_delegation"


@dataclass(frozen=True)
class Seat:
    """A kind of nomination and how many of its seats a State or organisation still has."""

    slot_id: str
    count: int | None  # None: no limit
    held: int
    subject_to_availability: bool

    @property
    def free(self) -> bool:
        return self.count is None or self.held < self.count


def is_organisation(registration: Registration) -> bool:
    """Whether the registrant represents an international organisation or an NGO."""
    return registration.delegation_type in ORGANISATION_TYPES


def eligibility(event: Event, registration: Registration | None, now: datetime) -> Eligibility:
    """Policy, registration, deadline (event time zone instant), then the State or organisation."""
    policy = event.sponsorship
    if policy is None:
        return Eligibility.NO_POLICY
    if registration is None or registration.status != CONFIRMED:
        return Eligibility.NOT_REGISTERED
    if not event.sponsorship_open(now):
        return Eligibility.CLOSED
    if registration.delegation_type == "state":
        ok = registration.country in policy.eligible_states
        return Eligibility.ELIGIBLE if ok else Eligibility.STATE_NOT_ELIGIBLE
    if is_organisation(registration):
        ok = policy.organisations is not None
        return Eligibility.ELIGIBLE if ok else Eligibility.ORGANISATIONS_NOT_COVERED
    return Eligibility.NOT_A_DELEGATION


def needs_invitation(policy: Sponsorship, registration: Registration) -> bool:
    """Organisations request sponsorship with an organisers' code when the policy says so."""
    return (
        is_organisation(registration)
        and policy.organisations is not None
        and policy.organisations.by_invitation_only
    )


def quota(policy: Sponsorship, organisation: bool) -> list[tuple[str, int | None, bool]]:
    """(slot id, seats, subject to availability) for a State's or an organisation's nominations."""
    if organisation:
        per = policy.organisations.participants_per_organisation if policy.organisations else None
        return [(ORGANISATION_SLOT, per, False)]
    if policy.slots:
        return [(s.id, s.count, s.subject_to_availability) for s in policy.slots]
    return [(GENERAL_SLOT, policy.max_per_state, False)]


def party_of(registration: Registration, invitation_code: str | None) -> str:
    """Whose quota a request counts against: the State, or the invited organisation."""
    if not is_organisation(registration):
        return registration.country or "??"
    return f"org:{invitation_code}" if invitation_code else f"org:r{registration.id}"
