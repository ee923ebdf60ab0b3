"""Reads remembered for the rest of a session until it writes anything.

One update is one session (bot/unit.py), and several steps of it may ask the same question (the
registration of the user for the event, asked by the screen, by the form and by the restart data of
/register). The first asks the database; the others get the same answer until the session writes: any flush
or any INSERT, UPDATE or DELETE through it forgets everything remembered, so an answer is never staler than
the session's own view.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session

T = TypeVar("T")
MEMO = "delegatebot_memo"


async def remembered(session: AsyncSession, key: Hashable, load: Callable[[], Awaitable[T]]) -> T:
    """`load()`'s answer, asked once per session until the session writes."""
    memo: dict[Hashable, Any] = session.sync_session.info.setdefault(MEMO, {})
    if key in memo:
        return memo[key]
    value = await load()
    session.sync_session.info.setdefault(MEMO, {})[key] = value  # a write meanwhile cleared the old dict
    return value


@event.listens_for(Session, "before_flush")
def _flushing(session: Session, *_: object) -> None:
    session.info.pop(MEMO, None)


@event.listens_for(Session, "do_orm_execute")
def _executing(state: ORMExecuteState) -> None:
    if not state.is_select:
        state.session.info.pop(MEMO, None)
