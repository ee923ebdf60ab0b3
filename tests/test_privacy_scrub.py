"""Erasing a person also drops their unsent notices and unlinks them from the audit log."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.services.notify.outbox import OutboxService
from storage.audit import AuditRepository
from storage.db import Database
from storage.outbox import OutboxRepository

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


async def test_scrub_skips_only_the_erased_persons_pending_messages(database_url: str) -> None:
    db = Database(database_url)
    await db.migrate()
    async with db.session() as session:
        out = OutboxService(session, NOW)
        await out.queue(
            "group", "registration", {"reference": "RSD-AAAA", "name": "Eli Mora"}, event_key="rsd2026"
        )
        await out.queue(
            "mail", "registration", {"reference": "RSD-AAAA", "name": "Eli Mora"}, event_key="rsd2026"
        )
        await out.queue("delegate", "decision", {"status": "approved"}, user_id=5001, language="en")
        await out.queue(
            "group", "registration", {"reference": "RSD-BBBB", "name": "Ana"}, event_key="rsd2026"
        )
        audit = AuditRepository(session)
        await audit.record(
            NOW, "delegate", "registration.confirmed", "registration", "RSD-AAAA", actor_id=5001
        )
        await audit.record(NOW, "organiser", "sponsorship.approved", "sponsorship", "RSD-AAAA", actor_id=77)
    async with db.session() as session:
        assert await OutboxRepository(session).scrub({"RSD-AAAA"}, 5001, NOW) == 3
        await AuditRepository(session).forget_actor(5001)
    async with db.session() as session:
        rows = await OutboxRepository(session).all()
        history = await AuditRepository(session).history("RSD-AAAA")
    await db.dispose()
    assert [(r.status, r.payload) for r in rows[:3]] == [("skipped", {})] * 3
    assert (rows[3].status, rows[3].payload["name"]) == ("pending", "Ana")
    assert [(e.actor_kind, e.actor_id) for e in history] == [("delegate", None), ("organiser", 77)]
