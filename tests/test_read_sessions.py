"""Organisers' reports read through Database.read_session: delegates' updates never wait for them."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from storage.db import Database
from storage.models import ReceivedUpdate
from storage.updates import ReceivedUpdates
from tests.support.waiting import PATIENCE

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


async def _processed(session: object) -> int:
    return int(await session.scalar(select(func.count()).select_from(ReceivedUpdate)) or 0)  # type: ignore[attr-defined]


async def test_an_update_commits_while_a_report_is_still_reading(database_url: str) -> None:
    db = Database(database_url)
    await db.migrate()
    try:
        async with db.read_session() as report:
            assert await _processed(report) == 0  # the report's transaction has begun (and read)

            async def claim() -> bool:
                async with db.session() as session:
                    return await ReceivedUpdates(session).claim(1, NOW)

            # On SQLite a write lock taken by the report would hold this for busy_timeout (30 s).
            assert await asyncio.wait_for(claim(), PATIENCE / 3)
            await _processed(report)  # the report reads on
        async with db.session() as session:
            assert await _processed(session) == 1
    finally:
        await db.dispose()


async def test_a_report_cannot_write_on_postgresql(database_url: str) -> None:
    db = Database(database_url)
    if db.is_sqlite:
        pytest.skip("SQLite has no read-only transactions: the report's session begins a deferred one")
    await db.migrate()
    try:
        async with db.read_session() as report:
            with pytest.raises(DBAPIError, match="read-only"):
                await ReceivedUpdates(report).claim(1, NOW)
    finally:
        await db.dispose()
