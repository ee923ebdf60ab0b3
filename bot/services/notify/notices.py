"""Notices of changes: a post in the organisers' group with an e-mail copy, edits of earlier posts, and
messages to delegates, all queued in the outbox inside the transaction of the change they report.

Payloads are snapshots of the record at the time of the change; they are rendered when sent
(bot/services/notify/render.py), in the organisers' or the delegate's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.events.registry import EventRegistry
from bot.services.notify.outbox import DELEGATE, EDIT, GROUP, MAIL, OutboxService
from storage.models import Post, Question, Registration, SponsorshipRequest
from storage.posts import PostRepository

REGISTRATION, SPONSORSHIP, QUESTION = "registration", "sponsorship", "question"
DECISION, ANSWER, EXPIRED = "decision", "answer", "expired"  # messages to delegates
NOMINEE_DECISION = "nominee_decision"  # to a colleague nominated by someone else
NOMINEE_MAIL = "nominee_mail"  # ...by e-mail, when they are not a user of the bot
FORGOTTEN = "forgotten"  # organisers are told which references a deletion removed (no names)
UNREACHABLE = "unreachable"  # organisers are told by e-mail that the bot cannot post in their group
CODE_REQUEST = "code_request"  # an organisation asks for an invitation code (a post with "Issue a code")
CODE_ISSUED = "code_issued"  # ...and the delegate receives it, with a link that fills it in


def organisers_chat(
    events: EventRegistry,
    settings: Settings,
    event_key: str | None,
    moves: Mapping[int, int] | None = None,
) -> int | None:
    """Where an event's notices go: the event's own organisers' chat, else ORGANISER_CHAT_ID; a group that
    became a supergroup (`moves`: old id -> new id) by its new id."""
    event = events.get(event_key) if event_key else None
    own = event.registration.organiser_chat_id if event and event.registration else None
    chat = own or settings.organiser_chat_id
    return follow(moves or {}, chat) if chat is not None else None


def follow(moves: Mapping[int, int], chat_id: int) -> int:
    """Where `chat_id` is now, after every recorded move (old id -> new id)."""
    seen = {chat_id}
    while (moved := moves.get(chat_id)) is not None and moved not in seen:
        chat_id = moved
        seen.add(moved)
    return chat_id


@dataclass(frozen=True)
class Reason:
    """Why organisers decided as they did: a standard reason of the event file (shown in each reader's
    language), or their own words (shown as written)."""

    id: str | None
    text: str | None

    @property
    def audit(self) -> str:
        """What the audit log keeps: the standard reason's id; never the words themselves."""
        return self.id or "own_words"

    def payload(self) -> dict[str, Any]:
        return {"reason_id": self.id, "reason_text": self.text}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def registration_payload(registration: Registration) -> dict[str, Any]:
    """The essentials organisers need about a registration."""
    return {
        "reference": registration.reference,
        "name": registration.full_name,
        "position": registration.position,
        "delegation": registration.delegation_type,
        "country": registration.country,
        "organisation": registration.organisation,
        "email": registration.email,
        "language": registration.language,
    }


def request_payload(request: SponsorshipRequest, registration: Registration | None) -> dict[str, Any]:
    """The essentials of a sponsorship request, and of the registration it was made from."""
    return {
        "request": request.id,
        "reference": registration.reference if registration else "",
        "status": request.status,
        "slot": request.slot_id,
        "party": request.party,
        "nominee": request.nominee_name,
        "nominee_position": request.nominee_position,
        "nominee_email": request.nominee_email,
        "requester": registration.full_name if registration else None,
        "organisation": registration.organisation if registration else None,
        "city": request.departure_city,
        "accommodation": request.accommodation,
        "meals": request.meals,
        "arrival": _day(request.arrival_date),
        "departure": _day(request.departure_date),
    }


def question_payload(question: Question, reference: str | None = None) -> dict[str, Any]:
    """A relayed question: its language, its text, and the delegate's reference if registered."""
    return {
        "question": question.id,
        "language": question.language,
        "text": question.text,
        "reference": reference,
    }


class Notices:
    """Queue the notices of one change."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.outbox = OutboxService(session, now)
        self.posts = PostRepository(session)
        self.now = now

    async def _organisers(
        self, template: str, payload: dict[str, Any], event_key: str, post: Post | None = None
    ) -> None:
        """A post in the event's organisers' group, and its e-mail copy."""
        post_id = post.id if post is not None else None
        await self.outbox.queue(GROUP, template, payload, event_key=event_key, post_id=post_id)
        await self.outbox.queue(MAIL, template, payload, event_key=event_key)

    async def _delegate(
        self, template: str, payload: dict[str, Any], event_key: str, user_id: int, language: str
    ) -> None:
        """A message to one delegate, in their language."""
        await self.outbox.queue(
            DELEGATE, template, payload, event_key=event_key, user_id=user_id, language=language
        )

    async def registration(self, registration: Registration, change: str, changed: list[str]) -> None:
        """A registration was confirmed (new), changed or withdrawn; with its answers to the event's own
        questions (a request for the floor, a question for a debate)."""
        answers = dict(registration.answers or {})
        payload = {
            **registration_payload(registration),
            "change": change,
            "changed": changed,
            "answers": answers,
        }
        await self._organisers(REGISTRATION, payload, registration.event_key)

    async def request(
        self, request: SponsorshipRequest, registration: Registration | None, change: str
    ) -> None:
        """A request was submitted (a post with decision buttons) or withdrawn (a post, and its first
        post loses its buttons)."""
        payload = {**request_payload(request, registration), "change": change}
        if change == "withdrawn":
            await self._organisers(SPONSORSHIP, payload, request.event_key)
            await self.request_edit(request, registration, {"withdrawn_at": self.now.isoformat()})
            return
        post = await self.posts.add(SPONSORSHIP, request.id, request.event_key, self.now)
        await self._organisers(SPONSORSHIP, payload, request.event_key, post)

    async def request_edit(
        self, request: SponsorshipRequest, registration: Registration | None, extra: dict[str, Any]
    ) -> None:
        """Show a request's new state on its first post."""
        post = await self.posts.of_subject(SPONSORSHIP, request.id)
        if post is None:
            return
        payload = {**request_payload(request, registration), "change": "submitted", **extra}
        await self.outbox.queue(EDIT, SPONSORSHIP, payload, event_key=request.event_key, post_id=post.id)

    async def decision(
        self,
        request: SponsorshipRequest,
        registration: Registration | None,
        by: str,
        language: str,
        reason: Reason | None = None,
        changed: bool = False,
    ) -> None:
        """An organiser decided (or `changed` an earlier decision): the post shows who, when and why; the
        delegate is told in their language."""
        why = reason.payload() if reason else {}
        await self.request_edit(request, registration, {"by": by, "at": self.now.isoformat(), **why})
        payload = {"status": request.status, "nominee": request.nominee_name, "changed": changed, **why}
        await self._delegate(DECISION, payload, request.event_key, request.user_id, language)

    async def nominee_decision(
        self,
        request: SponsorshipRequest,
        nominee: Registration,
        requester: str | None,
        reason: Reason | None,
    ) -> None:
        """The nominee of someone else's request, registered with the bot, is told of the decision too."""
        payload = {"status": request.status, "requester": requester, **(reason.payload() if reason else {})}
        await self._delegate(NOMINEE_DECISION, payload, request.event_key, nominee.user_id, nominee.language)

    async def nominee_mail(
        self,
        request: SponsorshipRequest,
        registration: Registration | None,
        language: str,
        reason: Reason | None,
    ) -> None:
        """The nominee of someone else's request, not a user of the bot, is told by e-mail, in the
        requester's language (the nominee's is not known); the message carries its own recipient, and
        the requester's reference (a /forget before it is sent drops it)."""
        payload = {
            "to": request.nominee_email,
            "reference": registration.reference if registration else "",
            "status": request.status,
            "nominee": request.nominee_name,
            "requester": registration.full_name if registration else None,
            **(reason.payload() if reason else {}),
        }
        await self.outbox.queue(MAIL, NOMINEE_MAIL, payload, event_key=request.event_key, language=language)

    async def question(self, question: Question, reference: str | None) -> None:
        """A delegate's question for the organisers (a post they can reply to)."""
        post = await self.posts.add(QUESTION, question.id, question.event_key, self.now)
        await self._organisers(QUESTION, question_payload(question, reference), question.event_key, post)

    async def question_edit(self, question: Question, post: Post, extra: dict[str, Any]) -> None:
        """Show a question's new state (answered, added to the FAQ) on its post."""
        payload = {**question_payload(question), "answer": question.answer, "state": post.state, **extra}
        await self.outbox.queue(EDIT, QUESTION, payload, event_key=question.event_key, post_id=post.id)

    async def answer(self, question: Question, language: str) -> None:
        """The organisers' answer, to the delegate who asked."""
        payload = {"text": question.text, "answer": question.answer}
        await self._delegate(ANSWER, payload, question.event_key, question.user_id, language)

    async def expired(self, draft_id: int, user_id: int, kind: str, event_key: str, language: str) -> None:
        """A conversation idle too long was paused: the delegate is told how to resume it."""
        await self._delegate(EXPIRED, {"draft": draft_id, "kind": kind}, event_key, user_id, language)

    async def code_request(self, registration: Registration, post: Post) -> None:
        """An organisation's delegate asks for an invitation code: a post organisers issue it from."""
        payload = {**registration_payload(registration), "registration": registration.id}
        await self._organisers(CODE_REQUEST, payload, registration.event_key, post)

    async def code_issued(
        self, registration: Registration, post: Post, code: str, link: str, by: str
    ) -> None:
        """The code was issued: the post shows by whom, and the delegate gets it with its link."""
        payload = {**registration_payload(registration), "registration": registration.id}
        issued = {**payload, "code": code, "by": by, "at": self.now.isoformat()}
        await self.outbox.queue(EDIT, CODE_REQUEST, issued, event_key=registration.event_key, post_id=post.id)
        to_delegate = {"code": code, "link": link, "organisation": registration.organisation}
        await self._delegate(
            CODE_ISSUED, to_delegate, registration.event_key, registration.user_id, registration.language
        )

    async def forgotten(self, event_key: str, references: list[str]) -> None:
        """A delegate had their data deleted: the event's organisers learn which references went."""
        await self.outbox.queue(GROUP, FORGOTTEN, {"references": references}, event_key=event_key)
