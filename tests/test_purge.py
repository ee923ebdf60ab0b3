"""`delegatebot purge` as a separate process, on a database prepared through the services: refused before
the event ends, a dry run that changes nothing, then the real run; exit statuses 0, 1 and 2."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from bot.events.loader import load_events
from bot.services.registration.service import RegistrationService
from bot.services.sponsorship.service import SponsorshipService
from bot.services.users import UserService
from storage.db import Database
from storage.drafts import DraftRepository
from storage.models import (
    AnonymousRecord,
    AuditEntry,
    Draft,
    Question,
    Registration,
    SlotClaim,
    SponsorshipRequest,
)
from storage.questions import QuestionRepository
from tests.conftest import EVENTS_DIR
from tests.test_cli import run

MARCH = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
TODAY = "2026-11-23T12:00:00Z"
PEOPLE = ((9501, "Ana Pérez", "PE", "es"), (9502, "John Smith", "CL", "en"))
TRIP = {"nominee": "self", "departure_city": "Lima", "accommodation": "yes", "meals": "no"}


async def _prepare(url: str) -> list[str]:
    """Two registrations for rsd2026, one sponsorship request, a draft, a question; one question elsewhere."""
    event = load_events(EVENTS_DIR).events["rsd2026"]
    db = Database(url)
    await db.migrate()
    references = []
    async with db.session() as session:
        for user_id, name, country, lang in PEOPLE:
            await UserService(session, MARCH).enter(user_id, lang)
            values = {
                "full_name": name,
                "position": "Focal point",
                "delegation_type": "state",
                "country": country,
            }
            values |= {"organisation": "Ministry", "email": f"{user_id}@example.org", "dietary": "none"}
            saved = await RegistrationService(session, MARCH).save(event, user_id, lang, values)
            references.append(saved.record.reference)
        first = await RegistrationService(session, MARCH).current(9501, "rsd2026")
        trip = {
            **TRIP,
            "slot": "victim_assistance",
            "arrival_date": "2026-05-03",
            "departure_date": "2026-05-07",
        }
        assert (await SponsorshipService(session, MARCH).submit(event, first, trip)).status == "submitted"
        await DraftRepository(session).add(_draft(9502))
        await QuestionRepository(session).record(9501, "rsd2026", "es", "¿Hay transporte?", MARCH)
        await QuestionRepository(session).record(9501, "mfa2021", "es", "¿Y el programa?", MARCH)
    await db.dispose()
    return references


def _draft(user_id: int) -> Draft:
    return Draft(
        user_id=user_id,
        kind="sponsorship",
        event_key="rsd2026",
        step="nominee",
        token="abc123",
        version=0,
        data={},
        last_message_id=0,
        expired=True,
        created_at=MARCH,
        updated_at=MARCH,
    )


async def _count(url: str, model: type, *where: object) -> int:
    db = Database(url)
    async with db.session() as session:
        found = await session.scalar(select(func.count()).select_from(model).where(*where))
    await db.dispose()
    return int(found or 0)


def _purge(url: str, now: str, *args: str) -> object:
    env = {"DATABASE_URL": url, "EVENTS_DIR": str(EVENTS_DIR), "DELEGATEBOT_NOW": now}
    return run(["purge", *args], env)


async def test_purge_refuses_before_the_end_then_dry_runs_then_purges(
    database_url: str, tmp_path: Path
) -> None:
    references = await _prepare(database_url)

    early = _purge(database_url, "2026-05-05T12:00:00Z", "--event", "rsd2026")
    assert early.returncode == 1
    assert "rsd2026 has not ended yet (it ends 2026-05-11 00:00 America/El_Salvador)" in early.stderr
    unknown = _purge(database_url, TODAY, "--event", "nope")
    assert unknown.returncode == 1 and "no event 'nope'" in unknown.stderr
    assert _purge("mysql://x", TODAY, "--event", "rsd2026").returncode == 2

    dry = _purge(database_url, TODAY, "--event", "RSD2026", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would remove (dry run: nothing was changed)" in dry.stdout
    assert f"registrations: 2 ({', '.join(references)})" in dry.stdout
    assert "sponsorship requests: 1" in dry.stdout and "questions: 1" in dry.stdout
    assert "conversation drafts: 1" in dry.stdout and "anonymous records kept for the counts: 3" in dry.stdout
    assert "Ana" not in dry.stdout and "Smith" not in dry.stdout
    assert await _count(database_url, Registration) == 2 and await _count(database_url, AnonymousRecord) == 0

    real = _purge(database_url, TODAY, "--event", "rsd2026")
    assert real.returncode == 0, real.stderr
    assert real.stdout.startswith("rsd2026: removed")
    for model in (Registration, SponsorshipRequest, SlotClaim, Draft):
        assert await _count(database_url, model) == 0, model
    assert await _count(database_url, Question, Question.event_key == "rsd2026") == 0
    assert await _count(database_url, Question, Question.event_key == "mfa2021") == 1  # another event's
    assert await _count(database_url, AnonymousRecord, AnonymousRecord.kind == "registration") == 2
    assert await _count(database_url, AnonymousRecord, AnonymousRecord.kind == "sponsorship") == 1
    assert await _count(database_url, AuditEntry, AuditEntry.action == "registration.purged") == 2
    assert (
        await _count(
            database_url, AuditEntry, AuditEntry.action == "event.purged", AuditEntry.actor_kind == "system"
        )
        == 1
    )

    again = _purge(database_url, TODAY, "--event", "rsd2026")
    assert again.returncode == 0 and "registrations: 0 (-)" in again.stdout
