"""The audit log as the rest of the bot writes and reads it: who did what to which record, and the
before/after of statuses, slots, countries and references only (never names or e-mail addresses)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.audit import AuditRepository
from storage.models import Invitation, Question, Registration, SponsorshipRequest
from storage.organisers import OrganiserRepository

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
        self, action: str, request: SponsorshipRequest, reference: str, before: dict | None, actor: Actor
    ) -> None:
        """A sponsorship request's change; logged under its registration's reference."""
        await self.repo.record(
            self.now,
            actor.kind,
            f"sponsorship.{action}",
            "sponsorship",
            reference,
            actor_id=actor.id,
            event_key=request.event_key,
            before=before,
            after=request_state(request),
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


def changes(before: dict | None, after: dict | None) -> list[tuple[str, Any, Any]]:
    """(key, before, after) for each key whose value differs (or appears), in a stable order."""
    before, after = before or {}, after or {}
    keys = [*before, *(k for k in after if k not in before)]
    return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


async def history(session: AsyncSession, reference: str) -> list[Line]:
    """A record's history, oldest first."""
    entries = await AuditRepository(session).history(reference)
    names = await OrganiserRepository(session).names(e.actor_id for e in entries if e.actor_kind == ORGANISER)
    return [
        Line(
            e.at,
            e.action,
            e.actor_kind,
            names.get(e.actor_id) if e.actor_id is not None else None,
            e.event_key,
            changes(e.before, e.after),
        )
        for e in entries
    ]
