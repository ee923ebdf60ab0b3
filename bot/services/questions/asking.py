"""Answering a delegate's free-text question, and keeping the ones the bot defers for the organisers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.answers.engine import Engine
from bot.answers.faq import AddedFaq
from bot.answers.model import Reply
from bot.events.models import Event
from bot.services.questions.relay import RelayService
from bot.validation import printable
from storage.faq import FaqRepository
from storage.models import User
from storage.questions import QuestionRepository


@dataclass(frozen=True)
class Asked:
    """The engine's reply and, when it deferred, the id of the question kept for the organisers."""

    reply: Reply
    question_id: int | None


class AskService:
    """Questions of one update, on its session."""

    def __init__(self, session: AsyncSession, engine: Engine, now: datetime) -> None:
        self._session = session
        self._questions = QuestionRepository(session)
        self._engine = engine
        self._now = now

    async def ask(self, user: User, event: Event, events: list[Event], text: str) -> Asked:
        """Answer `text`; a deferred question is recorded (status "recorded") so it can be passed on."""
        text = printable(text)
        added = [
            AddedFaq(entry.id, entry.event_key, entry.question, entry.answer)
            for entry in await FaqRepository(self._session).all()
        ]
        reply = self._engine.answer(
            text,
            event=event,
            events=events,
            lang=user.language,
            now=self._now,
            mine=user.timezone,
            added=added,
        )
        if reply.kind != "defer":
            return Asked(reply, None)
        question = await self._questions.record(user.id, reply.event_key, reply.lang, text, self._now)
        return Asked(reply, question.id)

    async def request_relay(self, user: User, question_id: int) -> bool:
        """The delegate asked to pass a recorded question to the organisers: mark it "requested" and
        post it to their group (once)."""
        return await RelayService(self._session, self._now).request(user, question_id)
