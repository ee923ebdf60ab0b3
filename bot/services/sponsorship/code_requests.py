"""Organisations that have no invitation code ask the organisers for one in one tap; an organiser issues it
in one tap, and it reaches the delegate with a link that opens the request with the code filled in.

A request is a post in the organisers' group (subject "code_request", the registration's id): its state
(open, then issued) makes both a second ask and a second issue do nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.audit import Organiser
from bot.services.notify.notices import CODE_REQUEST, Notices
from bot.services.sponsorship.invitations import InvitationService
from storage.models import Invitation, Post, Registration
from storage.posts import PostRepository
from storage.registrations import RegistrationRepository

OPEN, ISSUED = "open", "issued"


@dataclass(frozen=True)
class Issued:
    """What one tap on "Issue a code" did: the code (None when someone else issued it first)."""

    registration: Registration
    invitation: Invitation | None


def deep_link(username: str, code: str) -> str:
    """The link that opens a sponsorship request with `code` filled in (a code names its event)."""
    return f"https://t.me/{username}?start={code}"


class CodeRequests:
    """Ask for and issue invitation codes, on one session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.posts = PostRepository(session)
        self.registrations = RegistrationRepository(session)
        self.notices = Notices(session, now)
        self.invitations = InvitationService(session, now)
        self.now = now

    async def asked(self, registration: Registration) -> Post | None:
        """The organisers' post of this registration's earlier request for a code, if any."""
        return await self.posts.of_subject(CODE_REQUEST, registration.id)

    async def ask(self, registration: Registration) -> bool:
        """Ask the organisers for a code (a post with a button to issue it); False if already asked."""
        if await self.asked(registration) is not None:
            return False
        post = await self.posts.add(CODE_REQUEST, registration.id, registration.event_key, self.now)
        await self.notices.code_request(registration, post)
        return True

    async def issue(self, registration_id: int, organiser: Organiser, username: str) -> Issued | None:
        """Issue the code asked for (once, whoever taps first) and send it to the delegate with its link;
        None when the request or the registration is gone."""
        registration = await self.registrations.get(registration_id)
        post = await self.posts.of_subject(CODE_REQUEST, registration_id)
        if registration is None or post is None:
            return None
        if not await self.posts.move(post, [OPEN], ISSUED, self.now):
            return Issued(registration, None)
        invitation = await self.invitations.create_invitation(
            registration.event_key, registration.organisation or "", organiser.id
        )
        link = deep_link(username, invitation.code)
        await self.notices.code_issued(registration, post, invitation.code, link, organiser.name)
        return Issued(registration, invitation)
