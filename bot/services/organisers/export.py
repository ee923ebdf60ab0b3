"""/export: an event's registrations and sponsorship requests as tables, in a stable column order.

Enumerated answers are written as their stable codes (status, delegation type, diet, the options of the
event's own questions...), so that filters and pivot tables keep working whatever the language; countries
also get their name. Times are in the
event's time zone, written `YYYY-MM-DD HH:MM`.

Records are read as plain rows (no ORM objects), BATCH at a time, and formatted and packed between two
reads, so a large event never holds the event loop for long; the files are built in a worker process.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from bot import countries
from bot.events.models import Event
from bot.services.audit import request_ref
from bot.services.organisers.export_files import Cell, PackedRows, Table
from storage.models import Registration, SponsorshipRequest
from storage.registrations import RegistrationRepository
from storage.sponsorships import InvitationRepository, SponsorshipReports

REGISTRATION_COLUMNS = (
    "reference",
    "status",
    "registered_at",
    "updated_at",
    "withdrawn_at",
    "language",
    "full_name",
    "position",
    "delegation_type",
    "country",
    "country_name",
    "organisation",
    "email",
    "phone",
    "attendance_mode",
    "interpretation_language",
    "accessibility",
    "accessibility_other",
    "dietary",
    "dietary_other",
    "consent_at",
)  # then one column per question of the event's own, in the event file's order
REQUEST_COLUMNS = (
    "reference",
    "request",
    "status",
    "submitted_at",
    "decided_at",
    "party",
    "party_name",
    "slot",
    "nominee_self",
    "nominee_name",
    "nominee_position",
    "nominee_email",
    "departure_city",
    "accommodation",
    "meals",
    "arrival_date",
    "departure_date",
    "requested_by",
)
Header = Callable[[str], str]
BATCH = 200  # rows formatted between two reads: about 10 ms of the event loop on a slow 2-CPU machine
RegistrationRecord = Registration | Row[Any]  # a row of the registrations table reads like the object
RequestRecord = SponsorshipRequest | Row[Any]


class Requester(NamedTuple):
    """Who made a request, as its row shows them (kept for every registration while exporting)."""

    reference: str
    full_name: str | None


def local_time(event: Event, instant: datetime | None) -> str | None:
    """An instant in the event's zone, ISO-like: '2026-03-20 09:00'."""
    return event.local(instant).strftime("%Y-%m-%d %H:%M") if instant else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _answers(event: Event, registration: RegistrationRecord) -> list[Cell]:
    """The event's own questions, in order: a choice by its option's id (a stable code), a text as typed."""
    questions = event.registration.questions if event.registration else []
    answers = registration.answers or {}
    return [value if isinstance(value := answers.get(q.id), str) else None for q in questions]


def registration_row(event: Event, r: RegistrationRecord, lang: str) -> list[Cell]:
    """One registration, in REGISTRATION_COLUMNS order, then the event's questions."""
    return [
        r.reference,
        r.status,
        local_time(event, r.created_at),
        local_time(event, r.updated_at),
        local_time(event, r.withdrawn_at),
        r.language,
        r.full_name,
        r.position,
        r.delegation_type,
        r.country,
        countries.name(r.country, lang) if r.country else None,
        r.organisation,
        r.email,
        r.phone,
        r.attendance_mode,
        r.interpretation_language,
        ", ".join(r.accessibility or []) or None,
        r.accessibility_other,
        r.dietary,
        r.dietary_other,
        local_time(event, r.consent_at),
        *_answers(event, r),
    ]


def request_row(
    event: Event,
    q: RequestRecord,
    registration: RegistrationRecord | Requester | None,
    party_name: str | None,
) -> list[Cell]:
    """One sponsorship request, in REQUEST_COLUMNS order."""
    return [
        registration.reference if registration else None,
        request_ref(q.id),
        q.status,
        local_time(event, q.created_at),
        local_time(event, q.decided_at),
        q.party,
        party_name,
        q.slot_id,
        _yes_no(q.nominee_self),
        q.nominee_name,
        q.nominee_position,
        q.nominee_email,
        q.departure_city,
        _yes_no(q.accommodation),
        _yes_no(q.meals),
        _day(q.arrival_date),
        _day(q.departure_date),
        registration.full_name if registration else None,
    ]


async def _party_names(session: AsyncSession, event: Event, lang: str) -> Callable[[str], str | None]:
    """A request's party as people read it: the State's name, or the invited organisation's."""
    invited = {i.code: i.organisation for i in await InvitationRepository(session).for_event(event.key)}

    def name(party: str) -> str | None:
        if party.startswith("org:"):
            return invited.get(party.removeprefix("org:"))
        return countries.name(party, lang) if countries.is_country(party) else None

    return name


async def build_export(
    session: AsyncSession, event: Event, lang: str, header: Header, sheets: tuple[str, str]
) -> tuple[Table, Table]:
    """The registrations table and the requests table, headers in `lang` through `header(column id)`."""
    questions = event.registration.questions if event.registration else []
    reg_headers = [header(c) for c in REGISTRATION_COLUMNS] + [q.prompt.get(lang) for q in questions]
    reg_rows = PackedRows()
    requesters: dict[int, Requester] = {}
    async for batch in RegistrationRepository(session).stream_rows(event.key, BATCH):
        reg_rows.add([registration_row(event, r, lang) for r in batch])
        requesters.update((r.id, Requester(r.reference, r.full_name)) for r in batch)
    party = await _party_names(session, event, lang)
    rows = PackedRows()
    async for batch in SponsorshipReports(session).stream_rows(event.key, BATCH):
        rows.add([request_row(event, q, requesters.get(q.registration_id), party(q.party)) for q in batch])
    reg_table = Table(sheets[0], reg_headers, reg_rows)
    return reg_table, Table(sheets[1], [header(c) for c in REQUEST_COLUMNS], rows)
