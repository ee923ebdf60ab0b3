"""/mydata: everything the bot stores about a person, gathered for them (and only for them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from storage.audit import AuditRepository
from storage.drafts import DraftRepository
from storage.models import AuditEntry, Draft, Invitation, Question, Registration, SponsorshipRequest, User
from storage.questions import QuestionRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import InvitationRepository, SponsorshipRepository


@dataclass(frozen=True)
class PersonalData:
    """A person's rows, table by table."""

    user: User
    registrations: list[Registration]
    requests: list[SponsorshipRequest]
    drafts: list[Draft]
    questions: list[Question]
    invitations: list[Invitation]
    audit: list[AuditEntry]

    def requests_of(self, registration: Registration) -> list[SponsorshipRequest]:
        return [r for r in self.requests if r.registration_id == registration.id]


async def personal_data(session: AsyncSession, user: User) -> PersonalData:
    """Gather every row about `user`."""
    registrations = await RegistrationRepository(session).for_user(user.id)
    references = [r.reference for r in registrations]
    return PersonalData(
        user=user,
        registrations=registrations,
        requests=await SponsorshipRepository(session).for_user(user.id),
        drafts=await DraftRepository(session).for_user(user.id),
        questions=await QuestionRepository(session).for_user(user.id),
        invitations=await InvitationRepository(session).used_by(user.id),
        audit=await AuditRepository(session).about(user.id, references),
    )


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def row(record: object) -> dict[str, Any]:
    """Every stored column of a row, JSON-ready (times in UTC, ISO 8601)."""
    return {attr.key: _plain(getattr(record, attr.key)) for attr in inspect(record).mapper.column_attrs}


def _others_hidden(record: object, user_id: int, *columns: str) -> dict[str, Any]:
    """A row without other people's Telegram ids (the organiser who decided, or who acted)."""
    found = row(record)
    for column in columns:
        if found.get(column) not in (None, user_id):
            found[column] = None
    return found


def to_json(data: PersonalData, generated_at: datetime) -> bytes:
    """The whole of it as a JSON document, one key per table."""
    uid = data.user.id
    document = {
        "generated_at": generated_at.isoformat(),
        "user": row(data.user),
        "registrations": [row(r) for r in data.registrations],
        "sponsorship_requests": [_others_hidden(r, uid, "decided_by") for r in data.requests],
        "drafts": [row(d) for d in data.drafts],
        "questions": [_others_hidden(q, uid, "answered_by") for q in data.questions],
        "invitations_used": [row(i) for i in data.invitations],
        "audit_log": [_others_hidden(a, uid, "actor_id") for a in data.audit],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
