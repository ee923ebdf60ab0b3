"""Sponsorship requests: recorded against the seats of a State or organisation; organisers decide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.models import Event
from bot.events.participation import Sponsorship
from bot.services.audit import DELEGATE, ORGANISER, Actor, Audit, request_ref, request_state
from bot.services.conversations.form import Completion
from bot.services.notify.notices import Notices
from bot.services.sponsorship.invitations import InvitationService
from bot.services.sponsorship.policy import (
    ACTIVE,
    APPROVED,
    DECLINED,
    GENERAL_SLOT,
    ORGANISATION_SLOT,
    PENDING,
    SUBMITTED,
    WAITLISTED,
    WITHDRAWN,
    Eligibility,
    Seat,
    eligibility,
    is_organisation,
    needs_invitation,
    party_of,
    quota,
)
from storage.models import Invitation, Registration, SponsorshipRequest
from storage.registrations import RegistrationRepository
from storage.sponsorships import SponsorshipRepository

# Which decisions may follow which status: organisers decide pending requests, and may change a decision
# later (putting a request on the waiting list, or declining it, frees the seat it held).
DECISIONS = {
    APPROVED: (*PENDING, DECLINED),
    DECLINED: (*PENDING, APPROVED),
    WAITLISTED: (SUBMITTED, APPROVED, DECLINED),
}
FREES_SEAT = (DECLINED, WAITLISTED)


@dataclass(frozen=True)
class Decision:
    """The result of an organiser's decision: `ok`, or why not (not_found, invalid_status, not_allowed)."""

    ok: bool
    reason: str = ""
    request: SponsorshipRequest | None = None


class SponsorshipService:
    """Rules about sponsorship requests, on one session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.repo = SponsorshipRepository(session)
        self.invitations = InvitationService(session, now)
        self.session = session
        self.now = now

    async def seats(
        self, event: Event, registration: Registration, invitation_code: str | None = None
    ) -> list[Seat]:
        """The nominations a State (or organisation) may make, and how many of each are already requested."""
        policy = event.sponsorship
        if policy is None:
            return []
        claims = await self.repo.claims(event.key, party_of(registration, invitation_code))
        return [
            Seat(slot_id, count, sum(c.slot_id == slot_id for c in claims), later)
            for slot_id, count, later in quota(policy, is_organisation(registration))
        ]

    async def submit(self, event: Event, registration: Registration, values: dict[str, Any]) -> Completion:
        """Record a request: seat held (submitted) or subject to availability (waitlisted); never refused."""
        if eligibility(event, registration, self.now) is not Eligibility.ELIGIBLE:
            return Completion("closed" if not event.sponsorship_open(self.now) else "ineligible")
        policy = event.sponsorship
        assert policy is not None
        code = values.get("invitation")
        invitation = None
        if needs_invitation(policy, registration):
            invitation = await self.invitations.consume(event.key, code, registration.user_id)
            if invitation is None:
                return Completion("spons-error-code-used", back_to="invitation")
        request = await self.repo.add(self._request(event, registration, values, invitation))
        seat = await self._claim(event, policy, registration, request)
        request.status = SUBMITTED if seat is not None and not seat[1] else WAITLISTED
        await self.repo.flush()
        await self._log(request.status, request, None, Actor(DELEGATE, request.user_id), registration)
        if invitation is not None:
            await Audit(self.session, self.now).invitation_used(invitation, request, registration.reference)
        await Notices(self.session, self.now).request(request, registration, "submitted")
        return Completion(request.status, request)

    def _request(
        self, event: Event, registration: Registration, values: dict[str, Any], invitation: Any
    ) -> SponsorshipRequest:
        own = values.get("nominee") != "colleague"
        organisation = is_organisation(registration)
        return SponsorshipRequest(
            registration_id=registration.id,
            user_id=registration.user_id,
            event_key=event.key,
            party=party_of(registration, invitation.code if invitation else None),
            slot_id=values.get("slot") or (ORGANISATION_SLOT if organisation else GENERAL_SLOT),
            status=WAITLISTED,
            nominee_self=own,
            nominee_name=(registration.full_name if own else values.get("nominee_name")) or "",
            nominee_position=registration.position if own else values.get("nominee_position"),
            nominee_email=registration.email if own else values.get("nominee_email"),
            departure_city=values.get("departure_city"),
            accommodation=_yes(values.get("accommodation")),
            meals=_yes(values.get("meals")),
            arrival_date=_day(values.get("arrival_date")),
            departure_date=_day(values.get("departure_date")),
            invitation_id=invitation.id if invitation else None,
            created_at=self.now,
            updated_at=self.now,
        )

    async def _claim(
        self, event: Event, policy: Sponsorship, registration: Registration, request: SponsorshipRequest
    ) -> tuple[str, bool] | None:
        """Hold a seat of the chosen slot, else of one subject to availability: (slot id, subject to it)."""
        slots = quota(policy, is_organisation(registration))
        chosen = [s for s in slots if s[0] == request.slot_id] or slots[:1]
        fallback = [s for s in slots if s[2] and s not in chosen] if not chosen[0][2] else []
        for slot_id, count, later in [*chosen, *fallback]:
            if count is None:
                return slot_id, later
            for seat_no in range(count):
                if await self.repo.claim(event.key, request.party, slot_id, seat_no, request.id, self.now):
                    return slot_id, later
        return None

    async def own(self, request_id: int, user_id: int) -> SponsorshipRequest | None:
        """One of the user's requests by id (None if it is someone else's)."""
        request = await self.repo.get(request_id)
        return request if request is not None and request.user_id == user_id else None

    async def create_invitation(
        self, event_key: str, organisation: str, issued_by: int | None = None
    ) -> Invitation:
        """A new invitation code for an organisation (organisers' side calls this)."""
        return await self.invitations.create_invitation(event_key, organisation, issued_by)

    async def requests(self, registration: Registration) -> list[SponsorshipRequest]:
        """A registration's requests, oldest first."""
        return await self.repo.for_registration(registration.id)

    async def for_event(self, event_key: str) -> list[SponsorshipRequest]:
        """All requests for an event (for organisers' lists and exports)."""
        return await self.repo.for_event(event_key)

    async def decide(
        self,
        request_id: int,
        status: str,
        organiser_id: int,
        expected: str | None = None,
        reason: str | None = None,
    ) -> Decision:
        """An organiser approves, declines or waitlists a request (declining or waitlisting frees its
        seat). With `expected`, only a request still in that status changes: a decision made on what an
        organiser saw, so a second tap or a second organiser changes nothing. `reason`: the standard
        reason's id (or "own_words") the log keeps."""
        if status not in DECISIONS:
            return Decision(False, "invalid_status")
        request = await self.repo.get(request_id)
        if request is None:
            return Decision(False, "not_found")
        values = {
            "status": status,
            "decided_by": organiser_id,
            "decided_at": self.now,
            "updated_at": self.now,
        }
        allowed = [s for s in DECISIONS[status] if expected in (None, s)]
        before = request_state(request)
        if not allowed or not await self.repo.move(request, allowed, **values):
            await self.session.refresh(request)  # what the other decision made of it
            return Decision(False, "not_allowed", request)
        if status in FREES_SEAT:
            await self.repo.release(request.id)
        extra = {"reason": reason} if reason else None
        await self._log(status, request, before, Actor(ORGANISER, organiser_id), extra=extra)
        return Decision(True, request=request)

    async def withdraw(self, request: SponsorshipRequest) -> bool:
        """The delegate withdraws a request; its seat is freed. False if it was already closed."""
        before = request_state(request)
        if not await self.repo.move(request, ACTIVE, status=WITHDRAWN, updated_at=self.now):
            return False
        await self.repo.release(request.id)
        registration = await self._log(WITHDRAWN, request, before, Actor(DELEGATE, request.user_id))
        await Notices(self.session, self.now).request(request, registration, "withdrawn")
        return True

    async def _log(
        self,
        action: str,
        request: SponsorshipRequest,
        before: dict | None,
        actor: Actor,
        registration: Registration | None = None,
        extra: dict | None = None,
    ) -> Registration | None:
        """Audit a change under the registration's reference; the registration, for the notices."""
        registration = registration or await RegistrationRepository(self.session).get(request.registration_id)
        reference = registration.reference if registration is not None else request_ref(request.id)
        await Audit(self.session, self.now).request(action, request, reference, before, actor, extra)
        return registration

    async def withdraw_all(self, registration: Registration) -> int:
        """Withdraw every open request of a registration (when the registration is withdrawn)."""
        return sum([await self.withdraw(r) for r in await self.requests(registration) if r.status in ACTIVE])


def _yes(value: Any) -> bool | None:
    return None if value is None else value == "yes"


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None
