"""Registrations and sponsorship: RSVPs, invitation codes, requests, their seats, anonymous counts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, UTCDateTime


class Registration(Base):
    """A confirmation of participation (RSVP): one per person and event, withdrawn rather than deleted."""

    __tablename__ = "registrations"
    __table_args__ = (
        UniqueConstraint("user_id", "event_key", name="uq_registrations_user_event"),
        # /stats reads these from the index alone (migration 0011)
        Index(
            "ix_registrations_event_profile", "event_key", "status", "country", "delegation_type", "language"
        ),
        Index("ix_registrations_event_created", "event_key", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    event_key: Mapped[str] = mapped_column(String(32), index=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[str] = mapped_column(String(16))  # confirmed | withdrawn
    language: Mapped[str] = mapped_column(String(8))
    full_name: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    delegation_type: Mapped[str | None] = mapped_column(String(16))  # state | io | ngo | other
    country: Mapped[str | None] = mapped_column(String(2))
    organisation: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    attendance_mode: Mapped[str | None] = mapped_column(String(16))
    interpretation_language: Mapped[str | None] = mapped_column(String(8))
    accessibility: Mapped[list | None] = mapped_column(JSON)
    accessibility_other: Mapped[str | None] = mapped_column(String(500))
    dietary: Mapped[str | None] = mapped_column(String(16))
    dietary_other: Mapped[str | None] = mapped_column(String(500))
    answers: Mapped[dict] = mapped_column(JSON)  # the event's own questions: id -> option id or text
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A request for the floor or a question at a debate, as its moderator marked it: taken | done.
    floor_state: Mapped[str | None] = mapped_column(String(8))


class Invitation(Base):
    """A code organisers give an organisation so that it may request sponsorship."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    event_key: Mapped[str] = mapped_column(String(32), index=True)
    organisation: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_by_user_id: Mapped[int | None] = mapped_column(BigInteger)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SponsorshipRequest(Base):
    """A nomination for sponsorship, made by a registered delegate for themself or a colleague."""

    __tablename__ = "sponsorship_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    event_key: Mapped[str] = mapped_column(String(32), index=True)
    # Whose quota it counts against: a State's ISO code, or "org:<invitation code>".
    party: Mapped[str] = mapped_column(String(48))
    slot_id: Mapped[str] = mapped_column(String(40))
    # submitted (seat held) | waitlisted (subject to availability) | approved | declined | withdrawn
    status: Mapped[str] = mapped_column(String(16))
    nominee_self: Mapped[bool] = mapped_column(Boolean)
    nominee_name: Mapped[str] = mapped_column(String(200))
    nominee_position: Mapped[str | None] = mapped_column(String(200))
    nominee_email: Mapped[str | None] = mapped_column(String(254))
    departure_city: Mapped[str | None] = mapped_column(String(200))
    accommodation: Mapped[bool | None] = mapped_column(Boolean)
    meals: Mapped[bool | None] = mapped_column(Boolean)
    arrival_date: Mapped[date | None] = mapped_column(Date)
    departure_date: Mapped[date | None] = mapped_column(Date)
    invitation_id: Mapped[int | None] = mapped_column(ForeignKey("invitations.id", ondelete="SET NULL"))
    decided_by: Mapped[int | None] = mapped_column(BigInteger)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SlotClaim(Base):
    """One seat of a party's sponsorship slot, held by one request; the unique key makes the quota hold."""

    __tablename__ = "slot_claims"
    __table_args__ = (
        UniqueConstraint("event_key", "party", "slot_id", "seat_no", name="uq_slot_claims_seat"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(32))
    party: Mapped[str] = mapped_column(String(48))
    slot_id: Mapped[str] = mapped_column(String(40))
    seat_no: Mapped[int] = mapped_column(Integer)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("sponsorship_requests.id", ondelete="CASCADE"), unique=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AnonymousRecord(Base):
    """What is left of a forgotten or purged registration or request: enough for counts, nothing personal."""

    __tablename__ = "anonymous_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # registration | sponsorship
    status: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(48))
    delegation_type: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(8))
    created_on: Mapped[date] = mapped_column(Date)  # the day only
    anonymised_at: Mapped[datetime] = mapped_column(UTCDateTime())


# --- Organisers' notifications: group posts, the outbox, organisers' names (issue 5) ----------------
