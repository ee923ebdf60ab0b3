"""Statements built once: the SELECTs run on most updates take their values as bound parameters, so that
SQLAlchemy neither builds nor compiles them again (building a statement cost about as much as running it)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, select


@cache
def rows_where_equal(model: Any, *columns: str) -> Select[Any]:
    """`SELECT model WHERE column = :column AND …`, one parameter per column, named after it."""
    table = model.__table__.c
    return select(model).where(*(getattr(model, c) == bindparam(c, type_=table[c].type) for c in columns))
