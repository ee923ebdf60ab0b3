"""Organisers look delegates up: by name, e-mail, organisation or reference, ignoring accents and case."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.countries import normalise
from bot.services.audit import request_id_of
from bot.validation import printable
from storage.models import Registration, SponsorshipRequest
from storage.registrations import RegistrationRepository
from storage.sponsorships import SponsorshipRepository

MAX_RESULTS = 10
# Registrations scanned by a search, newest first. Accent-insensitive matching is done here rather than
# in SQL (SQLite has no unaccent); meetings of this kind have hundreds of delegates, not millions.
SEARCH_POOL = 20_000
MIN_QUERY = 2


@dataclass(frozen=True)
class Matches:
    """The first matches (newest first) and how many there were in all."""

    found: list[Registration]
    total: int


@dataclass(frozen=True)
class Found:
    """One registration and its sponsorship requests."""

    registration: Registration
    requests: list[SponsorshipRequest]


def searchable(query: str) -> bool:
    """Whether a query has enough letters or digits to search with."""
    return len(normalise(query).replace(" ", "")) >= MIN_QUERY


def _haystack(registration: Registration, nominees: list[SponsorshipRequest]) -> str:
    fields = [registration.full_name, registration.email, registration.organisation, registration.reference]
    fields += [f for r in nominees for f in (r.nominee_name, r.nominee_email)]
    return " " + " ".join(normalise(f) for f in fields if f) + " "


async def find(session: AsyncSession, query: str, limit: int = MAX_RESULTS) -> Matches:
    """Registrations where every word typed starts a word of the name, e-mail, organisation, reference or
    a nominee's name or e-mail (newest first)."""
    words = normalise(query).split()
    if not words:
        return Matches([], 0)
    registrations = await RegistrationRepository(session).newest(SEARCH_POOL)
    if not registrations:
        return Matches([], 0)
    nominees: dict[int, list[SponsorshipRequest]] = {}
    for request in await SponsorshipRepository(session).from_registration(registrations[-1].id):
        nominees.setdefault(request.registration_id, []).append(request)
    hits = []
    for registration in registrations:
        haystack = _haystack(registration, nominees.get(registration.id, []))
        if all(f" {word}" in haystack for word in words):  # each word starts a word of the record
            hits.append(registration)
    return Matches(hits[:limit], len(hits))


async def by_reference(session: AsyncSession, reference: str) -> Found | None:
    """A registration by its reference, written in any case, with or without the dash, or by the
    reference of one of its sponsorship requests (S12)."""
    text = printable(reference).strip().upper()
    repo = RegistrationRepository(session)
    request_id = request_id_of(text)
    request = await SponsorshipRepository(session).get(request_id) if request_id is not None else None
    owner = await repo.get(request.registration_id) if request is not None else None
    text = owner.reference if owner is not None else text
    registration = await repo.by_reference(text)
    if registration is None and "-" not in text and len(text) > 4:
        registration = await repo.by_reference(f"{text[:-4]}-{text[-4:]}")
    if registration is None:
        return None
    return Found(registration, await SponsorshipRepository(session).for_registration(registration.id))
