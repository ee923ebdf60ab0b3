"""Re-reading the database outside the bot, as a test does after the act; emptying one first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine


async def rows(url: str, model: Any, *where: Any, order: Any = None) -> list[Any]:
    """A table's rows (optionally filtered), in id order (or `order`), read with an engine of its own."""
    engine = create_async_engine(url)
    try:
        async with AsyncSession(engine) as session:
            query = select(model).where(*where).order_by(model.id if order is None else order)
            return list(await session.scalars(query))
    finally:
        await engine.dispose()


async def empty_postgresql(url: str) -> None:
    """Empty PostgreSQL's `public` schema (never point it at data you keep)."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()
