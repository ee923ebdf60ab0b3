"""Repositories of sponsorship requests, their slot claims, and organisations' invitations. Never commit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.cas import insert_unless_present, swap
from storage.models import Invitation, SlotClaim, SponsorshipRequest


class SponsorshipRepository:
    """Requests and the seats they hold."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, request_id: int) -> SponsorshipRequest | None:
        """One request by id."""
        return await self._session.get(SponsorshipRequest, request_id)

    async def add(self, request: SponsorshipRequest) -> SponsorshipRequest:
        """Insert a request."""
        self._session.add(request)
        await self._session.flush()
        return request

    async def flush(self) -> None:
        """Send pending changes."""
        await self._session.flush()

    async def for_registration(self, registration_id: int) -> list[SponsorshipRequest]:
        """A registration's requests, oldest first."""
        query = select(SponsorshipRequest).where(SponsorshipRequest.registration_id == registration_id)
        return list(await self._session.scalars(query.order_by(SponsorshipRequest.id)))

    async def for_event(self, event_key: str) -> list[SponsorshipRequest]:
        """An event's requests, oldest first."""
        query = select(SponsorshipRequest).where(SponsorshipRequest.event_key == event_key)
        return list(await self._session.scalars(query.order_by(SponsorshipRequest.id)))

    async def claim(
        self, event_key: str, party: str, slot_id: str, seat_no: int, request_id: int, now: datetime
    ) -> bool:
        """Hold one seat for a request; False when another request holds it (committed or not)."""
        values = {
            "event_key": event_key,
            "party": party,
            "slot_id": slot_id,
            "seat_no": seat_no,
            "request_id": request_id,
            "created_at": now,
        }
        claimed = await self._session.scalar(insert_unless_present(self._session, SlotClaim, **values))
        return claimed is not None

    async def release(self, request_id: int) -> None:
        """Free the seat a request held, if any."""
        await self._session.execute(delete(SlotClaim).where(SlotClaim.request_id == request_id))

    async def claims(self, event_key: str, party: str) -> list[SlotClaim]:
        """Seats held for one State or organisation."""
        query = select(SlotClaim).where(SlotClaim.event_key == event_key, SlotClaim.party == party)
        return list(await self._session.scalars(query))

    async def claim_of(self, request_id: int) -> SlotClaim | None:
        """The seat a request holds."""
        return await self._session.scalar(select(SlotClaim).where(SlotClaim.request_id == request_id))

    async def move(self, request: SponsorshipRequest, allowed: Iterable[str], **values: Any) -> bool:
        """Change a request only if its status is still one of `allowed` (safe with concurrent decisions)."""
        return await swap(self._session, request, SponsorshipRequest.status.in_(list(allowed)), **values)

    async def for_user(self, user_id: int) -> list[SponsorshipRequest]:
        """Every request a user made, oldest first."""
        query = select(SponsorshipRequest).where(SponsorshipRequest.user_id == user_id)
        return list(await self._session.scalars(query.order_by(SponsorshipRequest.id)))

    async def from_registration(self, first_registration_id: int) -> list[SponsorshipRequest]:
        """Requests of the registrations with this id or a later one, oldest first."""
        query = select(SponsorshipRequest).where(SponsorshipRequest.registration_id >= first_registration_id)
        return list(await self._session.scalars(query.order_by(SponsorshipRequest.id)))

    async def remove(self, request: SponsorshipRequest) -> None:
        """Delete a request and free the seat it held."""
        await self.release(request.id)
        await self._session.delete(request)
        await self._session.flush()


class InvitationRepository:
    """Invitation codes for organisations."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, invitation: Invitation) -> Invitation:
        """Insert an invitation."""
        self._session.add(invitation)
        await self._session.flush()
        return invitation

    async def get(self, invitation_id: int) -> Invitation | None:
        """An invitation by id."""
        return await self._session.get(Invitation, invitation_id)

    async def by_code(self, code: str) -> Invitation | None:
        """An invitation by its code."""
        return await self._session.scalar(select(Invitation).where(Invitation.code == code))

    async def for_event(self, event_key: str) -> list[Invitation]:
        """An event's invitations, oldest first."""
        query = select(Invitation).where(Invitation.event_key == event_key).order_by(Invitation.id)
        return list(await self._session.scalars(query))

    async def consume(self, invitation: Invitation, user_id: int, now: datetime) -> bool:
        """Mark the code used by `user_id`, unless someone else already used it."""
        unused = or_(Invitation.used_by_user_id.is_(None), Invitation.used_by_user_id == user_id)
        return await swap(
            self._session, invitation, unused, used_by_user_id=user_id, used_at=invitation.used_at or now
        )

    async def forget_user(self, user_id: int) -> int:
        """Unlink a forgotten user from the codes they used (the code may be used again); how many."""
        result = await self._session.execute(
            update(Invitation)
            .where(Invitation.used_by_user_id == user_id)
            .values(used_by_user_id=None, used_at=None)
            .execution_options(synchronize_session="evaluate")
        )
        return result.rowcount

    async def forget_users_of_event(self, event_key: str) -> int:
        """Unlink every user from an event's codes (the organisations' names stay); how many."""
        result = await self._session.execute(
            update(Invitation)
            .where(Invitation.event_key == event_key, Invitation.used_by_user_id.is_not(None))
            .values(used_by_user_id=None)
            .execution_options(synchronize_session="evaluate")
        )
        return result.rowcount

    async def used_by(self, user_id: int) -> list[Invitation]:
        """The codes a user used."""
        query = select(Invitation).where(Invitation.used_by_user_id == user_id).order_by(Invitation.id)
        return list(await self._session.scalars(query))


class SponsorshipReports:
    """Read-only queries over an event's requests for organisers' reports: counts made by the database,
    and plain rows rather than objects, so that a large event costs little."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def count_by_status(self, event_key: str) -> dict[str, int]:
        """How many of an event's requests have each status."""
        query = (
            select(SponsorshipRequest.status, func.count())
            .where(SponsorshipRequest.event_key == event_key)
            .group_by(SponsorshipRequest.status)
        )
        return {status: count for status, count in await self._session.execute(query)}

    async def stream_rows(self, event_key: str, size: int = 1000) -> AsyncIterator[Sequence[Row[Any]]]:
        """An event's requests, oldest first, as plain rows (every column, read by name) `size` at a time."""
        table = SponsorshipRequest.__table__
        query = select(table).where(table.c.event_key == event_key).order_by(table.c.id)
        result = await self._session.stream(query.execution_options(yield_per=size))
        try:
            async for batch in result.partitions(size):
                yield batch
        finally:
            await result.close()
