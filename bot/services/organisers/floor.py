"""A moderator's queue for a debate: registrations whose event question `contribution` asks for the floor
or puts a question, in the order received, each marked waiting, taken or done."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot import countries
from bot.events.models import Event
from bot.services.organisers.export_files import Table
from bot.services.registration.service import CONFIRMED
from storage.floor import FloorRepository
from storage.registrations import RegistrationRepository

FLOOR_QUESTION, FLOOR_TEXT = "contribution", "contribution_text"  # the event file's question ids
FLOOR_CHOICES = ("floor", "question")
WAITING, TAKEN, DONE = "waiting", "taken", "done"
MARKS = (TAKEN, DONE)
STATES = (WAITING, TAKEN, DONE)


@dataclass(frozen=True)
class FloorItem:
    """One place in the queue."""

    number: int
    registration_id: int
    reference: str
    name: str
    party: str  # the State, or the organisation
    kind: str  # floor | question
    topic: str  # the question, or the experience to share ("" when not written)
    language: str
    state: str


def has_floor(event: Event) -> bool:
    """Whether the event asks at registration for the floor or for questions."""
    questions = event.registration.questions if event.registration else []
    return any(q.id == FLOOR_QUESTION for q in questions)


class FloorService:
    """Read and mark the queue, on one session."""

    def __init__(self, session: AsyncSession) -> None:
        self.registrations = RegistrationRepository(session)
        self.floor = FloorRepository(session)

    async def queue(self, event: Event, lang: str) -> list[FloorItem]:
        """The confirmed registrations that ask for the floor or put a question, oldest first."""
        found = await self.registrations.for_event(event.key, CONFIRMED)
        asking = [r for r in found if (r.answers or {}).get(FLOOR_QUESTION) in FLOOR_CHOICES]
        return [
            FloorItem(
                number,
                r.id,
                r.reference,
                r.full_name or "",
                (countries.name(r.country, lang) if r.delegation_type == "state" and r.country else "")
                or r.organisation
                or "",
                r.answers[FLOOR_QUESTION],
                str(r.answers.get(FLOOR_TEXT) or ""),
                r.language,
                r.floor_state or WAITING,
            )
            for number, r in enumerate(asking, 1)
        ]

    async def mark(self, registration_id: int, state: str) -> str | None:
        """Mark one taken or done: its event's key, or None when it is gone or already so marked."""
        registration = await self.floor.get(registration_id)
        if registration is None or state not in MARKS or not await self.floor.mark(registration, state):
            return None
        return registration.event_key


def floor_table(name: str, headers: list[str], items: list[FloorItem], label: dict[str, str]) -> Table:
    """The queue as a sheet (CSV): `label` names kinds and states in the organisers' language."""
    rows = [
        [i.number, i.reference, i.name, i.party, label[i.kind], i.topic, i.language, label[i.state]]
        for i in items
    ]
    return Table(name, headers, rows)
