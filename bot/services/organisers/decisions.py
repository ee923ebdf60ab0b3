"""Organisers' decisions on sponsorship requests: chosen with the buttons of the request's post in their
group (or with /decide), confirmed with a reason (a standard one from the event file, their own words, or
none), and changed later the same way.

A button says what it does and the status the organiser saw (approve a *submitted* request): the
decision is a compare-and-swap on that status, so a double tap, or two organisers pressing at once,
give one outcome and the other press is told who decided first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.participation import DecisionReason
from bot.events.registry import EventRegistry
from bot.services.audit import Organiser, name_of, remember
from bot.services.notify.notices import SPONSORSHIP, Notices, Reason
from bot.services.sponsorship.policy import APPROVED, DECLINED, SUBMITTED, WAITLISTED
from bot.services.sponsorship.service import SponsorshipService
from storage.models import Post, Registration, SponsorshipRequest
from storage.posts import PostRepository
from storage.registrations import RegistrationRepository
from storage.sponsorships import SponsorshipRepository
from storage.users import UserRepository

# Callback kinds of the organisers' buttons: a decision on the request's post, the same offered in a
# reply (/decide, "change decision"), its confirmation (with a reason), "change decision", the FAQ.
DECISION_BUTTON, CHOICE_BUTTON, CONFIRM_BUTTON, CHANGE_BUTTON, FAQ_BUTTON = "od", "oe", "oc", "ox", "ofaq"
NO_REASON, CANCEL = "-", "x"  # what a confirmation button carries instead of a reason's id
ACTIONS = {"a": APPROVED, "d": DECLINED, "w": WAITLISTED}
SEEN = {"s": SUBMITTED, "w": WAITLISTED, "a": APPROVED, "d": DECLINED}
LABELS = {"a": "org-btn-approve", "d": "org-btn-decline", "w": "org-btn-waitlist"}
OFFERED = {SUBMITTED: "adw", WAITLISTED: "ad", APPROVED: "dw", DECLINED: "aw"}  # from each status
DECIDED = (APPROVED, DECLINED)  # a decision from these changes an earlier one
MAX_OWN_REASON = 500  # characters of an organiser's own words kept with a decision


def decision_buttons(status: str) -> list[tuple[str, str]]:
    """(label id, code) of the decisions offered on a request in `status`; the code is action + status
    seen."""
    seen = next((code for code, value in SEEN.items() if value == status), None)
    if seen is None:
        return []
    return [(LABELS[action], f"{action}{seen}") for action in OFFERED[status]]


def post_buttons(status: str) -> list[tuple[str, str, str]]:
    """(label id, callback kind, code) of a request's post: the decisions while it is pending; once
    decided, one button to change the decision."""
    if status in DECIDED:
        return [("org-btn-change", CHANGE_BUTTON, "")]
    return [(label, DECISION_BUTTON, code) for label, code in decision_buttons(status)]


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
    reason: Reason | None = None


@dataclass(frozen=True)
class Proposal:
    """A decision about to be confirmed: the request, the status it would get, the reasons offered."""

    request: SponsorshipRequest
    registration: Registration | None
    status: str
    code: str
    reasons: list[DecisionReason]


class DecisionService:
    """Propose, decide and change decisions, on the update's session."""

    def __init__(self, session: AsyncSession, now: datetime, events: EventRegistry) -> None:
        self.session = session
        self.now = now
        self.events = events
        self.requests = SponsorshipRepository(session)

    async def request(self, request_id: int) -> tuple[SponsorshipRequest, Registration | None] | None:
        """A request and the registration it was made from."""
        request = await self.requests.get(request_id)
        if request is None:
            return None
        return request, await RegistrationRepository(self.session).get(request.registration_id)

    def reasons(self, request: SponsorshipRequest, status: str) -> list[DecisionReason]:
        """The event file's standard reasons for a decision of `status` on `request`."""
        event = self.events.get(request.event_key)
        policy = event.sponsorship if event is not None else None
        return policy.reasons_for(status) if policy is not None else []

    async def propose(
        self, request_id: int, code: str, source: tuple[int, int] | None = None
    ) -> Proposal | Outcome:
        """What a decision button would do (from the request's post when `source` is given), to confirm."""
        status, seen = ACTIONS.get(code[:1]), SEEN.get(code[1:])
        found = await self.request(request_id)
        if (
            status is None
            or seen is None
            or found is None
            or code not in dict(decision_buttons(seen)).values()
        ):
            return Outcome("stale")
        if source is not None:
            post = await PostRepository(self.session).of_subject(SPONSORSHIP, request_id)
            if post is None or not _shown_on(post, source):
                return Outcome("stale")
        request, registration = found
        if request.status != seen:
            return await self._already(request)
        return Proposal(request, registration, status, code, self.reasons(request, status))

    def reason(
        self, request: SponsorshipRequest, status: str, given: str | None, own_words: bool = True
    ) -> Reason | None:
        """A decision's reason: a standard one by its id (if it goes with `status`), else the organiser's
        own words (when `own_words`: typed, not pressed)."""
        given = (given or "").strip()
        if not given or given == NO_REASON:
            return None
        if any(r.id == given for r in self.reasons(request, status)):
            return Reason(given, None)
        return Reason(None, given[:MAX_OWN_REASON]) if own_words else None

    @staticmethod
    def status_of(code: str) -> str | None:
        """The status a decision code gives (None for a malformed code)."""
        return ACTIONS.get(code[:1]) if code[1:] in SEEN else None

    async def decide(
        self, request_id: int, code: str, organiser: Organiser, reason: Reason | None = None
    ) -> Outcome:
        """Apply the decision `code` (action + status seen) with its reason, on behalf of `organiser`."""
        status, seen = ACTIONS.get(code[:1]), SEEN.get(code[1:])
        if status is None or seen is None:
            return Outcome("stale")
        await remember(self.session, self.now, organiser)
        decision = await SponsorshipService(self.session, self.now).decide(
            request_id, status, organiser.id, seen, reason.audit if reason else None
        )
        request = decision.request
        if request is None:
            return Outcome("stale")
        if not decision.ok:
            return await self._already(request)
        registration = await RegistrationRepository(self.session).get(request.registration_id)
        user = await UserRepository(self.session).get(request.user_id)
        language = user.language if user else (registration.language if registration else "en")
        notices = Notices(self.session, self.now)
        await notices.decision(request, registration, organiser.name, language, reason, seen in DECIDED)
        await self._tell_nominee(notices, request, registration, language, reason)
        return Outcome("done", status, organiser.name, self.now, request.event_key, reason)

    async def _tell_nominee(
        self,
        notices: Notices,
        request: SponsorshipRequest,
        registration: Registration | None,
        language: str,
        reason: Reason | None,
    ) -> None:
        """A colleague nominated by someone else is told too: in the bot when they use it (registered for
        the event with the e-mail address the nomination gives), else by e-mail in the requester's
        language."""
        if request.nominee_self or not request.nominee_email:
            return
        nominee = await RegistrationRepository(self.session).by_email(
            request.event_key, request.nominee_email
        )
        requester = registration.full_name if registration else None
        if nominee is None:
            await notices.nominee_mail(request, registration, language, reason)
        elif nominee.user_id != request.user_id:
            await notices.nominee_decision(request, nominee, requester, reason)

    async def _already(self, request: SponsorshipRequest) -> Outcome:
        by = await name_of(self.session, request.decided_by) if request.decided_by else None
        return Outcome("already", request.status, by, request.decided_at, request.event_key)
