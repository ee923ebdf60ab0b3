"""The database: engine, one session (and transaction) per unit of work, migrations at start."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.util import await_only

from storage.sqlite_driver import OneTripConnection, one_trip_dbapi

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
MIGRATION_LOCK = 0x64656D69  # "demi": the advisory lock key held while migrating
READ_ONLY = "delegatebot_read_only"  # a connection's execution option: its transaction only reads
GATE_TIMEOUT = 30.0  # seconds a writing transaction waits for its turn (SQLite's busy_timeout, the same)
HOLDS_GATE = "delegatebot_holds_gate"  # in a pooled connection's info: its transaction holds the gate
BEGIN_NOW = "delegatebot_begin_now"  # a connection's execution option: BEGIN before the first statement


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    # The driver's own BEGIN is turned off: every transaction starts with BEGIN IMMEDIATE (WriteGate.begin).
    dbapi_conn.isolation_level = None  # type: ignore[attr-defined]
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    # First: switching to WAL needs a lock that another process (migrating, say) may hold; waiting for it
    # beats failing with "database is locked" on the very first statement.
    cursor.execute("PRAGMA busy_timeout=30000")
    _to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; avoids an fsync per commit
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _to_wal(cursor: Any) -> None:
    """Switch a database file to WAL (once: the mode is kept in the file). The switch needs a lock that
    SQLite's busy handler does not always wait for: when several processes open a fresh file at once, one
    may get "database is locked" at once (seen under load); it tries again, for up to GATE_TIMEOUT. It runs
    as SQLAlchemy opens a connection, inside its greenlet: the pause awaits, it does not block the loop."""
    deadline = time.monotonic() + GATE_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode")
            if str(cursor.fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            await_only(asyncio.sleep(WAL_RETRY))


WAL_RETRY = 0.05  # seconds between two attempts to switch to WAL


def _begin(conn: Connection, sql: str) -> None:
    """BEGIN the transaction: with its first statement on the one-trip driver (storage.sqlite_driver),
    else at once. A migration begins at once (`BEGIN_NOW`): several processes opening a fresh file, one
    switching it to WAL, deadlocked for busy_timeout when BEGIN came with the first statement."""
    dbapi_conn = conn.connection.dbapi_connection
    if isinstance(dbapi_conn, OneTripConnection) and not conn.get_execution_options().get(BEGIN_NOW):
        dbapi_conn.begin_with_next(sql)
    else:
        conn.exec_driver_sql(sql)


class WriteGate:
    """SQLite: one writing transaction at a time in this process, in the order they asked.

    Every transaction but a read session's takes SQLite's write lock at its start (BEGIN IMMEDIATE), so
    that a transaction that began by reading never fails to write later ("database is locked": SQLite
    cannot upgrade a stale snapshot). Left to SQLite, the transactions waiting for that lock poll it with
    growing sleeps (busy_timeout: up to 100 ms each), so under a burst most of the time went to sleeping
    while the lock was free (measured: 33 updates/s, p50 2.2 s for 100 delegates at once). Here they wait
    on an asyncio lock instead, which hands the turn to the next one the moment a transaction ends. Other
    processes on the same file still meet busy_timeout.

    Hooked into SQLAlchemy's connection events, which run inside the async engine's greenlet: `await_only`
    suspends the transaction's task until its turn, without blocking the event loop.
    """

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    def begin(self, conn: Connection) -> None:
        """Wait for the turn (unless the transaction only reads), then BEGIN."""
        if conn.get_execution_options().get(READ_ONLY):
            _begin(conn, "BEGIN")
            return
        if self._lock.locked():  # else the turn is free: taken at once, with no wait to set up
            try:
                await_only(self._turn())
            except TimeoutError:
                raise OperationalError("BEGIN IMMEDIATE", None, Exception("database is locked")) from None
        else:
            await_only(self._lock.acquire())
        conn.info[HOLDS_GATE] = True
        try:
            _begin(conn, "BEGIN IMMEDIATE")
        except BaseException:
            self.end(conn)
            raise

    async def _turn(self) -> None:
        """The lock, within GATE_TIMEOUT (`asyncio.timeout`: `wait_for` ran the wait as a task of its own,
        a turn of the event loop more at every handover)."""
        async with asyncio.timeout(GATE_TIMEOUT):
            await self._lock.acquire()

    def end(self, conn: Connection) -> None:
        """The transaction ended (commit, rollback, or the connection went back to the pool): next turn."""
        if conn.info.pop(HOLDS_GATE, False):
            self._lock.release()

    def returned(self, _dbapi_conn: object, record: object) -> None:
        """A connection back in the pool with its transaction never ended through SQLAlchemy."""
        if record.info.pop(HOLDS_GATE, False):  # type: ignore[attr-defined]
            self._lock.release()


class Database:
    """Owns the engine; hands out sessions with a transaction each."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: stored values (names, e-mails) never appear in database errors and their logs.
        # SQLite through aiosqlite: one trip to its thread per statement (storage/sqlite_driver.py).
        one_trip = {"module": one_trip_dbapi()} if parsed.get_driver_name() == "aiosqlite" else {}
        self.engine = create_async_engine(
            url, pool_pre_ping=not self.is_sqlite, hide_parameters=True, **one_trip
        )
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            gate = WriteGate()
            event.listen(self.engine.sync_engine, "begin", gate.begin)
            event.listen(self.engine.sync_engine, "commit", gate.end)
            event.listen(self.engine.sync_engine, "rollback", gate.end)
            event.listen(self.engine.sync_engine.pool, "checkin", gate.returned)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session inside a transaction: committed on success, rolled back on error."""
        async with self._sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def read_session(self) -> AsyncIterator[AsyncSession]:
        """A session that only reads (organisers' reports): on SQLite a deferred transaction, so updates
        writing meanwhile never wait for it (WAL: it reads a snapshot); on PostgreSQL a READ ONLY one.
        Rolled back at the end: there is nothing to keep."""
        options = {READ_ONLY: True} if self.is_sqlite else {"postgresql_readonly": True}
        async with self._sessions() as session:
            await session.connection(execution_options=options)
            yield session

    def new_session(self) -> AsyncSession:
        """A session whose transaction begins with its first statement; the caller commits and closes it
        (an update's unit of work, bot/unit.py)."""
        return self._sessions()

    async def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        async with self.engine.connect() as conn:
            await conn.execution_options(**{BEGIN_NOW: True})
            async with conn.begin():
                await conn.run_sync(_upgrade)
        log.info("database schema is up to date")

    async def dispose(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration pointing at our migrations, optionally bound to a connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Several processes starting at once on a fresh database: one migrates, the others wait for it,
        # then find the schema up to date (the lock ends with the migration's transaction).
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    command.upgrade(alembic_config(connection), "head")
