"""Storage: migrations build the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.db import Database
from storage.models import Base
from storage.questions import QuestionRepository
from storage.users import UserRepository

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


async def test_migrations_match_the_models(unmigrated_database_url: str) -> None:
    db = Database(unmigrated_database_url)
    await db.migrate()
    await db.migrate()  # idempotent
    async with db.engine.connect() as conn:
        diff = await conn.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    await db.dispose()
    assert diff == []


async def test_times_come_back_as_utc_and_rollback_loses_the_change(database_url: str) -> None:
    db = Database(database_url)
    await db.migrate()
    local = NOW.astimezone(timezone(timedelta(hours=-6)))
    async with db.session() as session:
        user, created = await UserRepository(session).get_or_create(5, "es", local)
        assert created
        await QuestionRepository(session).record(5, "rsd2026", "es", "¿Hay hotel?", local)
    try:
        async with db.session() as session:
            user = await UserRepository(session).get(5)
            assert user is not None
            await UserRepository(session).set_language(user, "en", NOW)
            raise RuntimeError("handler failed")
    except RuntimeError:
        pass
    async with db.session() as session:
        user = await UserRepository(session).get(5)
        questions = await QuestionRepository(session).for_user(5)
    await db.dispose()
    assert user is not None and user.language == "es" and user.created_at == NOW
    assert user.created_at.tzinfo is not None
    assert [q.text for q in questions] == ["¿Hay hotel?"]
