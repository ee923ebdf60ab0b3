"""/forget: a delegate's personal data is deleted; anonymous counts and an audit entry without names stay."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.notify.notices import Notices
from bot.services.privacy.erase import Erased, ZoneOf, erase_registrations
from storage.audit import AuditRepository
from storage.broadcasts import BroadcastRepository
from storage.drafts import DraftRepository
from storage.models import User
from storage.outbox import OutboxRepository
from storage.questions import QuestionRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import InvitationRepository, SponsorshipRepository
from storage.users import UserRepository

FORGOTTEN = "user.forgotten"


@dataclass(frozen=True)
class Holdings:
    """What the bot keeps about a person, in numbers: shown before they confirm /forget."""

    references: tuple[str, ...]
    requests: int
    drafts: int
    questions: int

    @property
    def fingerprint(self) -> str:
        """Changes when what would be deleted changes: a confirmation given for other data is refused."""
        text = "|".join([*self.references, str(self.requests), str(self.drafts), str(self.questions)])
        return hashlib.sha256(text.encode()).hexdigest()[:10]


async def holdings(session: AsyncSession, user_id: int) -> Holdings:
    """Count what /forget would delete."""
    registrations = await RegistrationRepository(session).for_user(user_id)
    return Holdings(
        references=tuple(r.reference for r in registrations),
        requests=len(await SponsorshipRepository(session).for_user(user_id)),
        drafts=len(await DraftRepository(session).for_user(user_id)),
        questions=len(await QuestionRepository(session).for_user(user_id)),
    )


async def forget(session: AsyncSession, now: datetime, user: User, zone_of: ZoneOf) -> Erased:
    """Delete everything personal about `user`, their user row included, and tell each event's organisers
    which references went; the caller commits."""
    user_id = user.id
    registrations = await RegistrationRepository(session).for_user(user_id)
    erased = await erase_registrations(session, now, registrations, zone_of)
    erased.drafts = await DraftRepository(session).remove_for_user(user_id)
    erased.questions = await QuestionRepository(session).remove_for_user(user_id)
    await InvitationRepository(session).forget_user(user_id)
    await BroadcastRepository(session).forget_recipient(user_id)
    await OutboxRepository(session).scrub(set(erased.references), user_id, now)
    await AuditRepository(session).forget_actor(user_id)
    await _audit(session, now, erased)
    await UserRepository(session).remove(user)
    notices = Notices(session, now)  # queued after the scrub above, and holding references only
    for key, references in erased.by_event().items():
        await notices.forgotten(key, references)
    return erased


async def _audit(session: AsyncSession, now: datetime, erased: Erased) -> None:
    """One entry per forgotten registration (or one about the user): no id, no name, counts only."""
    audit = AuditRepository(session)
    after = {"requests": erased.requests, "drafts": erased.drafts, "questions": erased.questions}
    if not erased.registered:
        await audit.record(now, "delegate", FORGOTTEN, "user", "user", after=after)
        return
    for reference, event_key in erased.registered:
        await audit.record(
            now, "delegate", FORGOTTEN, "registration", reference, event_key=event_key, after=after
        )
