"""Writes that race safely, on SQLite and PostgreSQL alike: compare-and-swap (change a row only if it is
still as the caller read it) and insert-unless-present, so that of two racing updates (double taps, two
organisers, two processes) exactly one wins."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.sqlite import Insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm.attributes import set_committed_value


async def swap(
    session: AsyncSession, row: DeclarativeBase, condition: ColumnElement[bool], **values: Any
) -> bool:
    """Write `values` to `row` where its primary key matches and `condition` still holds; on success the
    loaded object shows the new values (as committed), else nothing changes and False is returned."""
    model = type(row)
    result = await session.execute(
        update(model)
        .where(model.id == row.id, condition)  # type: ignore[attr-defined]
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return False
    for key, value in values.items():
        if isinstance(value, ColumnElement):  # computed in SQL: read it back with the row
            continue
        set_committed_value(row, key, value)
    return True


def dialect_name(session: AsyncSession) -> str:
    """The SQL dialect the session speaks ("postgresql" or "sqlite")."""
    return session.bind.dialect.name if session.bind is not None else "sqlite"


def insert_in(dialect: str, target: Any) -> Insert:
    """INSERT in a SQL dialect, which knows ON CONFLICT (DO NOTHING / DO UPDATE)."""
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(target)


def dialect_insert(session: AsyncSession, model: type[DeclarativeBase]) -> Insert:
    """INSERT in the session's SQL dialect."""
    return insert_in(dialect_name(session), model)


def insert_unless_present(session: AsyncSession, model: type[DeclarativeBase], **values: Any) -> Insert:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id (no row comes back when the row was already there)."""
    statement = dialect_insert(session, model).values(**values).on_conflict_do_nothing()
    return statement.returning(model.id)  # type: ignore[attr-defined]
