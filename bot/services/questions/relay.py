"""The question relay: a question the bot could not answer goes, once its author agrees, to the organisers'
group; an organiser's reply to that post goes back to the author; "Add to the FAQ" keeps the answer for the
next delegate who asks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.audit import DELEGATE, SYSTEM, Actor, Audit, Organiser, name_of, remember
from bot.services.notify.notices import QUESTION, Notices
from bot.text import TELEGRAM_LIMIT
from bot.validation import printable
from storage.faq import FaqRepository
from storage.models import Post, Question, User
from storage.posts import PostRepository
from storage.questions import QuestionRepository
from storage.registrations import RegistrationRepository
from storage.users import UserRepository

RECORDED, REQUESTED, RELAYED, ANSWERED = "recorded", "requested", "relayed", "answered"
OPEN, FAQ = "open", "faq"  # states of a question's post (besides "answered")
MAX_ANSWER = TELEGRAM_LIMIT  # an organiser's reply is one Telegram message: it is kept whole


@dataclass(frozen=True)
class Relayed:
    """What an organiser's act did: done, already (by whom, when), unanswered, gone or stale."""

    kind: str
    by: str | None = None
    at: datetime | None = None


class RelayService:
    """The relay, on the update's session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.questions = QuestionRepository(session)
        self.posts = PostRepository(session)
        self.now = now

    async def request(self, user: User, question_id: int) -> bool:
        """The author agreed to pass the question on: post it for the organisers (once)."""
        question = await self.questions.get(question_id)
        if question is None or question.user_id != user.id:
            return False
        if question.status == RECORDED and await self.questions.move(
            question, [RECORDED], status=REQUESTED, updated_at=self.now
        ):
            await Audit(self.session, self.now).question(
                "requested", question, RECORDED, Actor(DELEGATE, user.id)
            )
            registration = await RegistrationRepository(self.session).find(user.id, question.event_key)
            confirmed = registration is not None and registration.status == "confirmed"
            await Notices(self.session, self.now).question(
                question, registration.reference if confirmed else None
            )
        return True

    async def posted(self, question_id: int) -> None:
        """The question reached the organisers' group."""
        question = await self.questions.get(question_id)
        if question is not None and await self.questions.move(
            question, [REQUESTED], status=RELAYED, updated_at=self.now
        ):
            await Audit(self.session, self.now).question("relayed", question, REQUESTED, Actor(SYSTEM))

    async def post_at(self, chat_id: int, message_id: int) -> Post | None:
        """The question post shown as this message, if it is one."""
        post = await self.posts.at(chat_id, message_id)
        return post if post is not None and post.subject_type == QUESTION else None

    async def answer(self, post: Post, text: str, organiser: Organiser) -> Relayed:
        """An organiser replied to the question's post: the reply goes to the author (first reply only)."""
        question = await self.questions.get(post.subject_id)
        if question is None:
            return Relayed("gone")
        await remember(self.session, self.now, organiser)
        before = question.status
        reply = printable(text)[:MAX_ANSWER]
        values = {"answer": reply, "answered_by": organiser.id, "answered_at": self.now}
        if not await self.questions.move(
            question, [REQUESTED, RELAYED], status=ANSWERED, updated_at=self.now, **values
        ):
            await self.questions.refresh(question)
            by = await name_of(self.session, question.answered_by)
            return (
                Relayed("already", by, question.answered_at)
                if question.status == ANSWERED
                else Relayed("gone")
            )
        await self.posts.move(post, [OPEN], ANSWERED, self.now)
        await Audit(self.session, self.now).question("answered", question, before, organiser.actor)
        notices = Notices(self.session, self.now)
        await notices.question_edit(question, post, {"by": organiser.name, "at": self.now.isoformat()})
        await notices.answer(question, await self._language(question))
        return Relayed("done", organiser.name, self.now)

    async def _language(self, question: Question) -> str:
        user = await UserRepository(self.session).get(question.user_id)
        return user.language if user is not None else question.language

    async def add_to_faq(self, question_id: int, organiser: Organiser, source: tuple[int, int]) -> Relayed:
        """Store the question and its answer in the event's FAQ (once), from the button on its post."""
        post = await self.posts.of_subject(QUESTION, question_id)
        question = await self.questions.get(question_id)
        if post is None or (post.chat_id, post.message_id) != source:
            return Relayed("stale")
        if question is None or question.answer is None or question.answered_at is None:
            return Relayed("gone" if question is None else "unanswered")
        await remember(self.session, self.now, organiser)
        if not await self.posts.move(post, [ANSWERED], FAQ, self.now):
            await self.posts.refresh(post)
            entry = await FaqRepository(self.session).of_question(question_id)
            by = await name_of(self.session, entry.added_by if entry else None)
            return Relayed("already", by) if post.state == FAQ else Relayed("unanswered")
        await self._store(question, post, organiser)
        return Relayed("done", organiser.name, self.now)

    async def _store(self, question: Question, post: Post, organiser: Organiser) -> None:
        """The FAQ entry, its audit entry, and the post showing who answered and who added it."""
        assert question.answer is not None and question.answered_at is not None
        await FaqRepository(self.session).add(
            question.event_key,
            question.language,
            question.text,
            question.answer,
            self.now,
            question_id=question.id,
            added_by=organiser.id,
        )
        await Audit(self.session, self.now).question(
            "added_to_faq", question, question.status, organiser.actor
        )
        extra = {
            "by": await name_of(self.session, question.answered_by),
            "at": question.answered_at.isoformat(),
            "faq_by": organiser.name,
            "faq_at": self.now.isoformat(),
        }
        await Notices(self.session, self.now).question_edit(question, post, extra)
