"""SQLite through one trip to aiosqlite's thread per statement (storage/sqlite_driver.py): what SQLAlchemy
reads from a cursor is all there, errors are SQLAlchemy's, and a statement is one trip."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import Database
from storage.sqlite_driver import OneTripCursor

META = MetaData()
ITEMS = Table("items", META, Column("id", Integer, primary_key=True), Column("name", String, unique=True))


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'driver.sqlite3'}")
    async with database.engine.begin() as conn:
        await conn.run_sync(META.create_all)
    yield database.engine
    await database.dispose()


async def test_rows_counts_and_ids_come_back(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        assert isinstance(conn.sync_connection.connection.dbapi_connection.cursor(), OneTripCursor)  # type: ignore[union-attr]
        first = await conn.execute(insert(ITEMS).values(name="Lima"))
        assert first.inserted_primary_key == (1,)
        await conn.execute(insert(ITEMS), [{"name": "Quito"}, {"name": "Bogotá"}])  # executemany
        changed = await conn.execute(update(ITEMS).where(ITEMS.c.id > 1).values(name=ITEMS.c.name + "!"))
        assert changed.rowcount == 2
        returned = await conn.execute(
            update(ITEMS).where(ITEMS.c.id >= 2).values(name="x" + ITEMS.c.name).returning(ITEMS.c.id)
        )
        assert sorted(returned.scalars()) == [2, 3]
        assert returned.rowcount == 2  # counted after the rows were fetched
        names = (await conn.execute(select(ITEMS.c.name).order_by(ITEMS.c.id))).scalars().all()
        assert names == ["Lima", "xQuito!", "xBogotá!"]
        one = await conn.execute(select(ITEMS.c.id).order_by(ITEMS.c.id))
        assert one.fetchmany(2) == [(1,), (2,)] and one.fetchone() == (3,) and one.fetchone() is None
        assert (await conn.execute(select(ITEMS).where(ITEMS.c.id == 99))).first() is None


async def test_errors_are_sqlalchemys_and_the_connection_goes_on(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.execute(insert(ITEMS).values(name="Lima"))
    with pytest.raises(IntegrityError):
        async with engine.begin() as conn:
            await conn.execute(insert(ITEMS).values(name="Lima"))
    with pytest.raises(OperationalError, match="no such table"):
        async with engine.begin() as conn:
            await conn.execute(text("SELECT * FROM nowhere"))
    async with engine.connect() as conn:
        assert (await conn.execute(select(ITEMS.c.name))).scalars().all() == ["Lima"]


def _counting(trips: list[str]):  # type: ignore[no-untyped-def]
    """aiosqlite's `_execute`, noting the name of each function sent to the connection's thread."""
    real = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        trips.append(getattr(fn, "__name__", repr(fn)))
        return await real(self, fn, *args, **kwargs)

    return counted


async def test_a_statement_is_one_trip_to_the_thread(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    trips: list[str] = []
    counted = _counting(trips)
    async with engine.connect() as conn:
        await conn.execute(select(ITEMS.c.id))  # the connection is open and its transaction begun
        monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
        await conn.execute(select(ITEMS.c.id, ITEMS.c.name).where(ITEMS.c.id > 0))
        assert trips == ["_run"]
        await conn.execute(insert(ITEMS).values(name="Lima"))
        assert trips == ["_run", "_run"]


async def test_begin_travels_with_the_first_statement_and_holds_the_write_lock(
    engine: AsyncEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trips: list[str] = []
    counted = _counting(trips)
    async with engine.connect() as warm:  # the pool's connection opened (its set-up trips not counted)
        await warm.execute(select(ITEMS.c.id))
    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    async with engine.begin() as conn:
        await conn.execute(select(ITEMS.c.id))
        assert trips == ["_run"]  # BEGIN IMMEDIATE and the SELECT: one trip
        # The write lock is held from that first statement: another connection cannot write meanwhile.
        async with aiosqlite.connect(tmp_path / "driver.sqlite3", timeout=0) as other:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                await other.execute("INSERT INTO items (name) VALUES ('Quito')")
        trips.clear()  # (the other connection's trips)
        await conn.execute(insert(ITEMS).values(name="Lima"))
    # COMMIT is a trip; the pool's rollback as it takes the connection back, with nothing open, is none.
    assert trips == ["_run", "commit"]
    monkeypatch.undo()
    async with engine.begin():  # a transaction with no statement sends nothing, and leaves none open
        pass
    async with engine.connect() as conn:
        raw = await conn.get_raw_connection()
        assert not raw.driver_connection._conn.in_transaction  # type: ignore[union-attr]
        assert (await conn.execute(select(ITEMS.c.name))).scalars().all() == ["Lima"]
