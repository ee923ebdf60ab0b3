"""Helpers to drive registration and sponsorship conversations through the local Bot API, and to re-read
what they stored."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from localapi import LocalUser, MessageRecord
from storage.models import Draft, Invitation, Registration, SlotClaim, SponsorshipRequest
from tests.support.database import rows
from tests.support.waiting import PATIENCE

Step = tuple[str, str]  # ("send", text) or ("press", label)


async def say(u: LocalUser, text: str) -> MessageRecord:
    """Send a text and return the bot's (single) reply."""
    await u.send(text)
    return await u.reply(PATIENCE)


async def tap(u: LocalUser, label: str) -> MessageRecord:
    """Press a button by its label and return the bot's reply (a new message or an edited one)."""
    await u.press(label)
    return await u.reply(PATIENCE)


async def drive(u: LocalUser, steps: Sequence[Step]) -> MessageRecord:
    """Perform the steps in order, each waiting for its reply; return the last reply."""
    reply: MessageRecord | None = None
    for action, value in steps:
        reply = await (say(u, value) if action == "send" else tap(u, value))
    assert reply is not None
    return reply


@dataclass(frozen=True)
class Labels:
    """Button labels of one language."""

    agree: str
    state: str
    ngo: str
    skip: str
    done: str
    none: str
    confirm: str
    edit: str
    request: str
    colleague: str
    myself: str
    yes: str
    no: str


ES = Labels(
    agree="✅ Estoy de acuerdo",
    state="🏛 Una delegación de un Estado",
    ngo="🤝 Una ONG o la sociedad civil",
    skip="⏭ Omitir",
    done="✅ Listo",
    none="Ninguna de estas",
    confirm="✅ Confirmar",
    edit="✏️ Cambiar una respuesta",
    request="✈️ Solicitar patrocinio",
    colleague="👥 Un colega",
    myself="🙋 Yo",
    yes="Sí",
    no="No",
)
EN = Labels(
    agree="✅ I agree",
    state="🏛 A State delegation",
    ngo="🤝 An NGO or civil society",
    skip="⏭ Skip",
    done="✅ Done",
    none="None of these",
    confirm="✅ Confirm",
    edit="✏️ Change an answer",
    request="✈️ Request sponsorship",
    colleague="👥 A colleague",
    myself="🙋 Myself",
    yes="Yes",
    no="No",
)


def rsvp_steps(
    labels: Labels, name: str, country: str, email: str, diet: str = "", language: str = ""
) -> list[Step]:
    """An RSVP for rsd2026 as a State delegation, up to (not including) the summary's Confirm."""
    return [
        ("press", labels.agree),
        ("send", name),
        ("send", "Focal point"),
        ("press", labels.state),
        ("send", country),
        ("send", "Ministry of Foreign Affairs"),
        ("send", email),
        ("press", labels.skip),
        ("press", language or ("Español" if labels is ES else "Spanish")),
        ("press", labels.none),
        ("press", diet or ("Ninguno" if labels is ES else "None")),
    ]


async def open_rsvp(u: LocalUser, event: str = "rsd2026") -> MessageRecord:
    """Select the event and start the RSVP; return the consent question."""
    await u.send(f"/start {event}")
    await u.replies(2, PATIENCE)
    return await say(u, "/register")


async def register(u: LocalUser, labels: Labels, name: str, country: str, email: str) -> MessageRecord:
    """A complete RSVP for rsd2026 as a State delegation; returns the confirmation."""
    await open_rsvp(u)
    await drive(u, rsvp_steps(labels, name, country, email))
    return await tap(u, labels.confirm)


class Stored:
    """Re-reads the database outside the bot."""

    def __init__(self, url: str) -> None:
        self.url = url

    async def registrations(self, user_id: int | None = None) -> list[Registration]:
        where = [Registration.user_id == user_id] if user_id is not None else []
        return await rows(self.url, Registration, *where)

    async def registration(self, user_id: int) -> Registration:
        (found,) = await self.registrations(user_id)
        return found

    async def requests(self, user_id: int | None = None) -> list[SponsorshipRequest]:
        where = [SponsorshipRequest.user_id == user_id] if user_id is not None else []
        return await rows(self.url, SponsorshipRequest, *where)

    async def claims(self) -> list[SlotClaim]:
        return await rows(self.url, SlotClaim)

    async def drafts(self, user_id: int) -> list[Draft]:
        return await rows(self.url, Draft, Draft.user_id == user_id)

    async def invitations(self) -> list[Invitation]:
        return await rows(self.url, Invitation)
