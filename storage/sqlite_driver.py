"""SQLite for the async engine with one trip to the database thread per statement.

SQLAlchemy's aiosqlite adapter makes four trips to aiosqlite's thread for each statement: open a cursor,
execute, fetch the rows, close the cursor. Each trip wakes the thread and hands the interpreter over twice,
and on SQLite writing transactions run one at a time (storage.db.WriteGate), so these trips, not the SQL,
were what the bot spent most of a transaction on: under a burst of delegates the event loop sat idle a
third of the time, waiting for its turn. Here a statement is one trip: the thread opens a cursor,
executes, fetches every row and closes the cursor, and hands back the rows, the description, the row
count and the last row id, which the adapter's cursor then serves as SQLAlchemy's buffered cursor always
did. A transaction that claims an update and loads its user is four trips instead of twelve.

It is aiosqlite's own connection and thread, given to SQLAlchemy's aiosqlite dialect as its DBAPI module
(`create_async_engine(..., module=one_trip_dbapi())`); it relies on two private parts of aiosqlite,
`Connection._execute` (run a function on the connection's thread) and `Connection._conn` (the sqlite3
connection), which tests/test_sqlite_driver.py exercises. Server-side cursors (stream results) are
aiosqlite's own, unchanged.

A transaction's BEGIN (storage.db.WriteGate) can travel with its first statement (`begin_with_next`):
while a writing transaction holds SQLite's one write lock every trip is time the others wait, and a trip
costs two turns of a busy event loop; so the claim of an update and the load of its user hold the lock
for three trips, not four. A transaction that ends before any statement never began: nothing is sent.
"""

from __future__ import annotations

import collections
import sqlite3
from functools import cache
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT, await_only

Outcome = tuple[Any, int, int | None, list[Any] | None]  # description, row count, last row id, rows


def _run(conn: sqlite3.Connection, begin: str | None, operation: str, parameters: Any, many: bool) -> Outcome:
    """On the connection's thread: the transaction's BEGIN if still due, then the whole statement, from
    cursor to rows."""
    if begin is not None:
        conn.execute(begin)
    cursor = conn.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        else:
            cursor.execute(operation, () if parameters is None else parameters)
        rows = cursor.fetchall() if cursor.description else None
        return cursor.description, cursor.rowcount, cursor.lastrowid, rows  # rowcount after the rows
    finally:
        cursor.close()


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """A cursor with no cursor of aiosqlite's behind it: each statement is one call on the thread."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: AsyncAdapt_aiosqlite_connection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()
        self._description, self._rowcount, self._lastrowid, self._arraysize = None, -1, None, 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _call(self, operation: Any, parameters: Any, many: bool) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        adapted: OneTripConnection = self._adapt_connection  # type: ignore[assignment]
        async with adapted._execute_mutex:
            begin, adapted.due_begin = adapted.due_begin, None
            outcome = await connection._execute(_run, connection._conn, begin, operation, parameters, many)
        self._description, self._rowcount, self._lastrowid, rows = outcome
        self._rows = collections.deque(rows or ())

    async def _execute_async(self, operation: Any, parameters: Any) -> None:
        await self._call(operation, parameters, many=False)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> None:
        await self._call(operation, seq_of_parameters, many=True)

    async def _async_soft_close(self) -> None:
        """Nothing to close: the rows are already here."""

    def close(self) -> None:
        self._rows.clear()

    def setinputsizes(self, *inputsizes: Any) -> None:
        """sqlite3 ignores input sizes."""

    def nextset(self) -> None:
        raise NotImplementedError("SQLite returns one result set")


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ("due_begin",)
    _cursor_cls = OneTripCursor

    def __init__(self, dbapi: Any, connection: Any) -> None:
        super().__init__(dbapi, connection)
        self.due_begin: str | None = None  # a BEGIN to send with the next statement

    def begin_with_next(self, sql: str) -> None:
        """Begin the transaction with `sql` ("BEGIN IMMEDIATE") in the same trip as its first statement."""
        self.due_begin = sql

    def cursor(self, server_side: bool = False) -> Any:
        if server_side and self.due_begin is not None:  # aiosqlite's own cursor: the BEGIN goes first
            begin, self.due_begin = self.due_begin, None
            await_only(self._connection.execute(begin))
        return super().cursor(server_side)

    def commit(self) -> None:
        if self.due_begin is None:
            super().commit()
        self.due_begin = None  # no statement ran: no transaction began

    def rollback(self) -> None:
        # Also called as the pool takes the connection back, after every commit: with no transaction open
        # there is nothing to roll back, and no trip is made.
        if self.due_begin is None and self._in_transaction():
            super().rollback()
        self.due_begin = None

    def _in_transaction(self) -> bool:
        """Whether SQLite has a transaction open (read without a trip: sqlite3_get_autocommit)."""
        connection = self._connection._connection  # type: ignore[attr-defined]
        return connection is None or connection.in_transaction  # closed: let aiosqlite say so


class OneTripDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """aiosqlite as SQLAlchemy's dialect knows it, with connections whose cursors make one trip."""

    def connect(self, *arg: Any, **kw: Any) -> OneTripConnection:
        adapted = super().connect(*arg, **kw)
        return OneTripConnection(self, adapted._connection)


@cache
def one_trip_dbapi() -> OneTripDBAPI:
    """The module to give `create_async_engine` for `sqlite+aiosqlite` URLs."""
    return OneTripDBAPI(aiosqlite, sqlite3)
