"""Organisers' decisions on sponsorship requests, from the buttons of the request's post in their group.

A button says what it does and the status the organiser saw (approve a *submitted* request): the
decision is a compare-and-swap on that status, so a double tap, or two organisers pressing at once,
give one outcome and the other press is told who decided first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.audit import Organiser, name_of, remember
from bot.services.notify.notices import SPONSORSHIP, Notices
from bot.services.sponsorship.policy import APPROVED, DECLINED, SUBMITTED, WAITLISTED
from bot.services.sponsorship.service import SponsorshipService
from storage.models import Post
from storage.posts import PostRepository
from storage.registrations import RegistrationRepository
from storage.users import UserRepository

DECISION_BUTTON, FAQ_BUTTON = "od", "ofaq"  # callback kinds of the organisers' buttons
ACTIONS = {"a": APPROVED, "d": DECLINED, "w": WAITLISTED}
SEEN = {"s": SUBMITTED, "w": WAITLISTED}
LABELS = {"a": "org-btn-approve", "d": "org-btn-decline", "w": "org-btn-waitlist"}
OFFERED = {SUBMITTED: "adw", WAITLISTED: "ad"}  # what can be decided from each status


def decision_buttons(status: str) -> list[tuple[str, str]]:
    """(label id, code) of the buttons a request in `status` gets; the code is action + status seen."""
    seen = next((code for code, value in SEEN.items() if value == status), None)
    if seen is None:
        return []
    return [(LABELS[action], f"{action}{seen}") for action in OFFERED[status]]


def _shown_on(post: Post, source: tuple[int, int]) -> bool:
    """Whether a press came from the request's post; a post sent a moment ago may not be recorded yet
    (its sender is settling it), and then the signed data alone vouches for the button."""
    return post.message_id is None or (post.chat_id, post.message_id) == source


@dataclass(frozen=True)
class Outcome:
    """What a press did: done, already (decided by someone, or closed), stale (not a valid button)."""

    kind: str
    status: str | None = None
    by: str | None = None
    at: datetime | None = None
    event_key: str | None = None


class DecisionService:
    """Decide, on the update's session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.now = now

    async def decide(
        self, request_id: int, code: str, organiser: Organiser, source: tuple[int, int]
    ) -> Outcome:
        """Apply the button `code` pressed on the message `source` (chat, message) by `organiser`."""
        status, seen = ACTIONS.get(code[:1]), SEEN.get(code[1:])
        post = await PostRepository(self.session).of_subject(SPONSORSHIP, request_id)
        if status is None or seen is None or post is None or not _shown_on(post, source):
            return Outcome("stale")
        await remember(self.session, self.now, organiser)
        decision = await SponsorshipService(self.session, self.now).decide(
            request_id, status, organiser.id, seen
        )
        request = decision.request
        if request is None:
            return Outcome("stale")
        if not decision.ok:
            by = await name_of(self.session, request.decided_by) if request.decided_by else None
            return Outcome("already", request.status, by, request.decided_at, request.event_key)
        registration = await RegistrationRepository(self.session).get(request.registration_id)
        user = await UserRepository(self.session).get(request.user_id)
        language = user.language if user else (registration.language if registration else "en")
        await Notices(self.session, self.now).decision(request, registration, organiser.name, language)
        return Outcome("done", status, organiser.name, self.now, request.event_key)
