"""Re-reading the database outside the bot, as a test does after the act; emptying one first."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from storage.db import Database


async def rows(url: str, model: Any, *where: Any, order: Any = None) -> list[Any]:
    """A table's rows (optionally filtered), in id order (or `order`), read with an engine of its own."""
    engine = create_async_engine(url)
    try:
        async with AsyncSession(engine) as session:
            query = select(model).where(*where).order_by(model.id if order is None else order)
            return list(await session.scalars(query))
    finally:
        await engine.dispose()


_TEMPLATES: dict[str, Path] = {}  # SQLite: a migrated database file per pytest process, copied per test
_MIGRATED: set[str] = set()  # PostgreSQL URLs whose schema this process brought to the newest revision
_TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"


async def migrated_database(url: str | None, path: Path) -> str:
    """A database with the newest schema and no rows, fast: a copy of a migrated SQLite file at `path`, or
    PostgreSQL's tables truncated (migrated once per process). Migrating for every test took minutes."""
    if url is None:
        template = _TEMPLATES.get("sqlite")
        if template is None:
            template = Path(tempfile.mkdtemp(prefix="delegatebot-template-")) / "template.sqlite3"
            database = Database(f"sqlite+aiosqlite:///{template}")
            await database.migrate()
            await database.dispose()
            _TEMPLATES["sqlite"] = template
        shutil.copyfile(template, path)
        return f"sqlite+aiosqlite:///{path}"
    if url not in _MIGRATED:
        await empty_postgresql(url)
        database = Database(url)
        await database.migrate()
        await database.dispose()
        _MIGRATED.add(url)
        return url
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            tables = (await conn.execute(text(_TABLES))).scalars().all()
            await conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    finally:
        await engine.dispose()
    return url


async def empty_postgresql(url: str) -> None:
    """Empty PostgreSQL's `public` schema (never point it at data you keep)."""
    _MIGRATED.discard(url)
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


def database_of_worker(url: str, worker: str) -> str:
    """The PostgreSQL database of one pytest-xdist worker (`test` → `test_gw0`), created if missing: workers
    running at once must not truncate each other's tables. Runs before any event loop (pytest_configure)."""
    base = make_url(url)
    own = base.set(database=f"{base.database}_{worker}")

    async def create() -> None:
        dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
        conn = await asyncpg.connect(dsn)
        try:
            if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", own.database):
                await conn.execute(f'CREATE DATABASE "{own.database}"')
        finally:
            await conn.close()

    asyncio.run(create())
    return own.render_as_string(hide_password=False)
