"""Several processes starting at once on a fresh database: each migrates safely (one at a time)."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from storage.db import Database


async def test_concurrent_migrations_leave_one_schema(unmigrated_database_url: str) -> None:
    databases = [Database(unmigrated_database_url) for _ in range(3)]
    try:
        await asyncio.gather(*(db.migrate() for db in databases))
        async with databases[0].session() as session:
            versions = (
                (await session.execute(text("SELECT version_num FROM alembic_version"))).scalars().all()
            )
        assert len(versions) == 1
    finally:
        for db in databases:
            await db.dispose()
