"""Registrations (RSVPs): when they are accepted, storing them with a reference code, editing, withdrawing."""

from __future__ import annotations

import secrets
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.events.models import Event
from bot.services.audit import Audit, registration_state
from bot.services.conversations.form import Completion
from bot.services.notify.notices import Notices
from bot.services.registration.form import QUESTION_PREFIX
from storage.models import Registration
from storage.registrations import RegistrationRepository

CONFIRMED = "confirmed"
WITHDRAWN = "withdrawn"
# Reference codes avoid characters people confuse when reading them aloud or copying: 0/O, 1/I/L.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 4
FIELDS = (
    "full_name",
    "position",
    "delegation_type",
    "country",
    "organisation",
    "email",
    "phone",
    "attendance_mode",
    "interpretation_language",
    "accessibility",
    "accessibility_other",
    "dietary",
    "dietary_other",
)


class Availability(StrEnum):
    """Whether the bot takes registrations for an event now."""

    OPEN = "open"
    NONE = "none"  # the event file has no [registration]
    NOT_YET = "not_yet"
    CLOSED = "closed"
    PAST = "past"


def availability(event: Event, now: datetime) -> Availability:
    """Open from `registration.opens` (included) until it closes (excluded); past events take none."""
    reg = event.registration
    if reg is None:
        return Availability.NONE
    if event.registration_open(now):
        return Availability.OPEN
    if event.status(now) == "past":
        return Availability.PAST
    if reg.opens is not None and now < reg.opens:
        return Availability.NOT_YET
    return Availability.CLOSED


def reference_prefix(event_key: str) -> str:
    """'RSD' for rsd2026: the key's leading letters, upper case (at most four)."""
    letters = ""
    for ch in event_key:
        if not ch.isalpha():
            break
        letters += ch
    return (letters or "REG")[:4].upper()


def to_data(registration: Registration) -> dict[str, Any]:
    """A stored registration as conversation answers (to edit it, or to show it like a summary)."""
    data: dict[str, Any] = {"consent": "agree"}
    for name in FIELDS:
        value = getattr(registration, name)
        if value is not None or name == "phone":
            data[name] = value
    for key, value in (registration.answers or {}).items():
        data[f"{QUESTION_PREFIX}{key}"] = value
    return data


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Names of the answers that differ (the event's own questions count as one, "answers")."""
    names = {
        "answers" if key.startswith(QUESTION_PREFIX) else key
        for key in before.keys() | after.keys()
        if before.get(key) != after.get(key)
    }
    return sorted(names)


class RegistrationService:
    """Rules about registrations, on one session."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.repo = RegistrationRepository(session)
        self.session = session
        self.now = now

    async def current(self, user_id: int, event_key: str) -> Registration | None:
        """The user's confirmed registration for an event."""
        found = await self.repo.find(user_id, event_key)
        return found if found is not None and found.status == CONFIRMED else None

    async def confirmed(self, event_key: str) -> list[Registration]:
        """An event's confirmed registrations (for organisers' lists and exports)."""
        return await self.repo.for_event(event_key, CONFIRMED)

    async def save(self, event: Event, user_id: int, lang: str, values: dict[str, Any]) -> Completion:
        """Store a confirmed RSVP (new, edited, or renewed after a withdrawal) while registration is open."""
        if availability(event, self.now) is not Availability.OPEN:
            return Completion("closed")
        found = await self.repo.find(user_id, event.key)
        if found is None:
            found = await self.repo.add(await self._new(event.key, user_id, lang, values))
            await self._report(found, "confirmed", None, [])
            return Completion("confirmed", found)
        status = "updated" if found.status == CONFIRMED else "confirmed"
        before, answers = registration_state(found), to_data(found)
        self._apply(found, lang, values)
        if found.status != CONFIRMED:
            found.status, found.withdrawn_at, found.consent_at = CONFIRMED, None, self.now
        await self.repo.flush()
        changed = changed_fields(answers, to_data(found))
        if status == "confirmed":  # renewed after a withdrawal: reported as new
            await self._report(found, "confirmed", before, [])
        elif changed:
            await self._report(found, "changed", before, changed)
        return Completion(status, found)

    async def _report(
        self, registration: Registration, action: str, before: dict | None, changed: list[str]
    ) -> None:
        """Log the change and tell the organisers, in the transaction that makes it."""
        after = {**registration_state(registration), **({"changed": changed} if changed else {})}
        await Audit(self.session, self.now).registration(action, registration, before, after)
        change = "new" if action == "confirmed" else action
        await Notices(self.session, self.now).registration(registration, change, changed)

    async def _new(self, event_key: str, user_id: int, lang: str, values: dict[str, Any]) -> Registration:
        registration = Registration(
            user_id=user_id,
            event_key=event_key,
            reference=await self._reference(event_key),
            status=CONFIRMED,
            consent_at=self.now,
            created_at=self.now,
        )
        self._apply(registration, lang, values)
        return registration

    def _apply(self, registration: Registration, lang: str, values: dict[str, Any]) -> None:
        for name in FIELDS:
            setattr(registration, name, values.get(name))
        registration.answers = {
            key.removeprefix(QUESTION_PREFIX): value
            for key, value in values.items()
            if key.startswith(QUESTION_PREFIX)
        }
        registration.language = lang
        registration.updated_at = self.now

    async def _reference(self, event_key: str) -> str:
        """A short, unused reference such as RSD-7K3Q."""
        prefix = reference_prefix(event_key)
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            reference = f"{prefix}-{code}"
            if await self.repo.by_reference(reference) is None:
                return reference

    async def withdraw(self, registration: Registration) -> bool:
        """Withdraw a confirmed registration; False if it was not confirmed (e.g. a second tap)."""
        before = registration_state(registration)
        if not await self.repo.move_status(registration, CONFIRMED, WITHDRAWN, self.now):
            return False
        await self._report(registration, "withdrawn", before, [])
        return True
