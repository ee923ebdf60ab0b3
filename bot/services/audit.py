"""The audit log as the rest of the bot writes and reads it: who did what to which record, and the
before/after of statuses, slots, countries and references only (never names or e-mail addresses)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.audit import AuditRepository
from storage.models import AuditEntry, Invitation, Question, Registration, SponsorshipRequest
from storage.organisers import OrganiserRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import InvitationRepository, SponsorshipRepository

ORGANISER, DELEGATE, SYSTEM = "organiser", "delegate", "system"


def registration_state(registration: Registration) -> dict[str, Any]:
    """What the log keeps of a registration."""
    return {
        "status": registration.status,
        "delegation": registration.delegation_type,
        "country": registration.country,
        "attendance": registration.attendance_mode,
    }


def request_state(request: SponsorshipRequest) -> dict[str, Any]:
    """What the log keeps of a sponsorship request (its party is a State code or an invitation code)."""
    return {"request": request.id, "status": request.status, "slot": request.slot_id, "party": request.party}


def question_ref(question_id: int) -> str:
    """How a question is referred to: Q12."""
    return f"Q{question_id}"


def request_ref(request_id: int) -> str:
    """How a sponsorship request is referred to, by delegates and organisers alike: S12."""
    return f"S{request_id}"


def request_id_of(reference: str) -> int | None:
    """The request a reference such as S12 (any case, with or without '#') names; None for others."""
    text = reference.strip().upper().removeprefix("#")
    return int(text[1:]) if text[:1] == "S" and text[1:].isdigit() and len(text) < 12 else None


@dataclass(frozen=True)
class Actor:
    """Who acted: an organiser, a delegate or the bot itself."""

    kind: str
    id: int | None = None


@dataclass(frozen=True)
class Organiser:
    """An organiser acting now: their Telegram id and name (remembered, to say who decided)."""

    id: int
    name: str

    @property
    def actor(self) -> Actor:
        return Actor(ORGANISER, self.id)


async def remember(session: AsyncSession, now: datetime, organiser: Organiser) -> None:
    """Store the organiser's current name."""
    await OrganiserRepository(session).seen(organiser.id, organiser.name, now)


async def name_of(session: AsyncSession, organiser_id: int | None) -> str:
    """An organiser's name as last seen (their id if never seen)."""
    if organiser_id is None:
        return "?"
    return (await OrganiserRepository(session).names([organiser_id])).get(organiser_id, str(organiser_id))


class Audit:
    """Writes entries, on the session of the change they record."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.repo = AuditRepository(session)
        self.now = now

    async def registration(
        self, action: str, registration: Registration, before: dict | None, after: dict | None = None
    ) -> None:
        """A registration's change, made by its delegate."""
        await self.repo.record(
            self.now,
            DELEGATE,
            f"registration.{action}",
            "registration",
            registration.reference,
            actor_id=registration.user_id,
            event_key=registration.event_key,
            before=before,
            after=after if after is not None else registration_state(registration),
        )

    async def request(
        self,
        action: str,
        request: SponsorshipRequest,
        reference: str,
        before: dict | None,
        actor: Actor,
        extra: dict | None = None,
    ) -> None:
        """A sponsorship request's change; logged under its registration's reference (`extra`: what else
        the change carries, such as a decision's reason)."""
        await self.repo.record(
            self.now,
            actor.kind,
            f"sponsorship.{action}",
            "sponsorship",
            reference,
            actor_id=actor.id,
            event_key=request.event_key,
            before=before,
            after={**request_state(request), **(extra or {})},
        )

    async def question(self, action: str, question: Question, before: str | None, actor: Actor) -> None:
        """A relayed question's change of status."""
        await self.repo.record(
            self.now,
            actor.kind,
            f"question.{action}",
            "question",
            question_ref(question.id),
            actor_id=actor.id,
            event_key=question.event_key,
            before={"status": before} if before else None,
            after={"status": question.status, "language": question.language},
        )

    async def invitation_used(
        self, invitation: Invitation, request: SponsorshipRequest, reference: str
    ) -> None:
        """An invitation code was used: by which registration (its reference), for which request."""
        await self.repo.record(
            self.now,
            DELEGATE,
            "invitation.used",
            "invitation",
            invitation.code,
            actor_id=request.user_id,
            event_key=invitation.event_key,
            after={"used_by": reference, "request": request.id},
        )

    async def invitation(self, invitation: Invitation, actor: Actor) -> None:
        """An invitation code was issued."""
        await self.repo.record(
            self.now,
            actor.kind,
            "invitation.issued",
            "invitation",
            invitation.code,
            actor_id=actor.id,
            event_key=invitation.event_key,
            after={"code": invitation.code, "event": invitation.event_key},
        )


@dataclass(frozen=True)
class Line:
    """One entry of a record's history, with the organiser's name when known."""

    at: datetime
    action: str
    actor_kind: str
    actor_name: str | None
    event_key: str | None
    changes: list[tuple[str, Any, Any]]
    request: str | None = None  # the sponsorship request it is about (S12), if any


def changes(before: dict | None, after: dict | None) -> list[tuple[str, Any, Any]]:
    """(key, before, after) for each key whose value differs (or appears), in a stable order; the request
    an entry is about is said once, on its first line, not as a change."""
    before, after = before or {}, after or {}
    keys = [*before, *(k for k in after if k not in before)]
    return [
        (k, before.get(k), after.get(k)) for k in keys if k != "request" and before.get(k) != after.get(k)
    ]


def _request_of(entry: AuditEntry) -> int | None:
    return (entry.after or {}).get("request") or (entry.before or {}).get("request")


async def _entries(session: AsyncSession, reference: str) -> list[AuditEntry]:
    """A record's entries: a registration's (with its requests'), a code's, a question's; for a request's
    reference (S12), the entries about that request, under its registration and its invitation code."""
    repo = AuditRepository(session)
    request_id = request_id_of(reference)
    request = await SponsorshipRepository(session).get(request_id) if request_id is not None else None
    if request is None:
        return await repo.history(reference)
    registration = await RegistrationRepository(session).get(request.registration_id)
    invitation = (
        await InvitationRepository(session).get(request.invitation_id) if request.invitation_id else None
    )
    found = {e.id: e for e in await repo.history(reference)}
    for subject in (
        registration.reference if registration else None,
        invitation.code if invitation else None,
    ):
        found |= (
            {e.id: e for e in await repo.history(subject) if _request_of(e) == request.id} if subject else {}
        )
    return [found[i] for i in sorted(found)]


async def history(session: AsyncSession, reference: str) -> list[Line]:
    """A record's history, oldest first."""
    entries = await _entries(session, reference)
    names = await OrganiserRepository(session).names(e.actor_id for e in entries if e.actor_kind == ORGANISER)
    return [
        Line(
            e.at,
            e.action,
            e.actor_kind,
            names.get(e.actor_id) if e.actor_id is not None else None,
            e.event_key,
            changes(e.before, e.after),
            request_ref(request) if (request := _request_of(e)) is not None else None,
        )
        for e in entries
    ]
