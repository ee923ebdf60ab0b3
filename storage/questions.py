"""Repository of recorded questions. Never commits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import swap
from storage.models import Question


class QuestionRepository:
    """Record questions and move them along their statuses."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, user_id: int, event_key: str, language: str, text: str, now: datetime) -> Question:
        """Keep an unanswered question."""
        question = Question(
            user_id=user_id,
            event_key=event_key,
            language=language,
            text=text[:4096],
            status="recorded",
            created_at=now,
            updated_at=now,
        )
        self._session.add(question)
        await self._session.flush()
        return question

    async def get(self, question_id: int) -> Question | None:
        """One question by id."""
        return await self._session.get(Question, question_id)

    async def set_status(self, question: Question, status: str, now: datetime) -> None:
        """Move a question to another status."""
        question.status = status
        question.updated_at = now

    async def for_user(self, user_id: int) -> list[Question]:
        """A user's questions, oldest first."""
        rows = await self._session.scalars(
            select(Question).where(Question.user_id == user_id).order_by(Question.id)
        )
        return list(rows)

    async def for_event(self, event_key: str) -> list[Question]:
        """An event's questions, oldest first."""
        rows = await self._session.scalars(
            select(Question).where(Question.event_key == event_key).order_by(Question.id)
        )
        return list(rows)

    async def remove_for_user(self, user_id: int) -> int:
        """Delete a user's questions; how many."""
        result = await self._session.execute(
            delete(Question)
            .where(Question.user_id == user_id)
            .execution_options(synchronize_session="evaluate")
        )
        return result.rowcount

    async def remove_for_event(self, event_key: str) -> int:
        """Delete an event's questions; how many."""
        result = await self._session.execute(
            delete(Question)
            .where(Question.event_key == event_key)
            .execution_options(synchronize_session="evaluate")
        )
        return result.rowcount

    async def move(self, question: Question, allowed: Iterable[str], **values: Any) -> bool:
        """Change a question only if its status is still one of `allowed` (one of two racing replies wins)."""
        return await swap(self._session, question, Question.status.in_(list(allowed)), **values)

    async def refresh(self, question: Question) -> None:
        """Reload a question (after losing a race, to see what the winner did)."""
        await self._session.refresh(question)
