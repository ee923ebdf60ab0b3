"""SQLAlchemy models. All times are stored in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC instant on every backend (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    """A person who has talked to the bot: only what the bot needs to serve them."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(8))
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    timezone: Mapped[str | None] = mapped_column(String(64))
    current_event: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Question(Base):
    """A delegate's question the bot could not answer, kept to be passed to the organisers."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    event_key: Mapped[str] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(String(4096))
    # recorded -> requested (the delegate agreed to pass it on) -> relayed -> answered
    status: Mapped[str] = mapped_column(String(16), default="recorded")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answer: Mapped[str | None] = mapped_column(Text)
    answered_by: Mapped[int | None] = mapped_column(BigInteger)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# --- Registrations, sponsorship and conversation drafts (issue 4) ---------------------------------


class Draft(Base):
    """A guided conversation in progress (step and answers), kept so that restarts lose nothing."""

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("user_id", "kind", "event_key", name="uq_drafts_user_kind_event"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # rsvp | sponsorship
    event_key: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(48))
    # Changes at every step; buttons carry it, so a press on an older prompt is recognised as stale.
    token: Mapped[str] = mapped_column(String(8))
    # Incremented by every write; writes are compare-and-swap on it (two processes, double taps).
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)
    # The newest message applied to this draft: a redelivered message is not applied twice.
    last_message_id: Mapped[int] = mapped_column(BigInteger)
    expired: Mapped[bool] = mapped_column(Boolean, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Registration(Base):
    """A confirmation of participation (RSVP): one per person and event, withdrawn rather than deleted."""

    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("user_id", "event_key", name="uq_registrations_user_event"),)

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


class AuditEntry(Base):
    """Who did what, when, to which record: before and after (personal fields left out)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor_id: Mapped[int | None] = mapped_column(BigInteger)  # a Telegram user id; None for the system
    actor_kind: Mapped[str] = mapped_column(String(16))  # organiser | delegate | system
    action: Mapped[str] = mapped_column(String(40))  # e.g. registration.confirmed, sponsorship.approved
    subject_type: Mapped[str] = mapped_column(String(24))  # registration | sponsorship | question | ...
    subject_ref: Mapped[str] = mapped_column(String(48), index=True)  # reference code or id
    event_key: Mapped[str | None] = mapped_column(String(32), index=True)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)


class FaqAddition(Base):
    """A question and answer organisers added to an event's FAQ from the bot."""

    __tablename__ = "faq_additions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(8))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    added_by: Mapped[int | None] = mapped_column(BigInteger)
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


class Post(Base):
    """A message in an organisers' group about a record: found again to edit it, or from a reply to it."""

    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_chat_message", "chat_id", "message_id"),
        Index("ix_posts_subject", "subject_type", "subject_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(24))  # sponsorship | question
    subject_id: Mapped[int] = mapped_column(Integer)
    event_key: Mapped[str | None] = mapped_column(String(32))
    # Questions: open -> answered -> faq; compare-and-swap on it makes "Add to FAQ" happen once.
    state: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[int | None] = mapped_column(BigInteger)  # filled once the post is sent
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OutboxMessage(Base):
    """Something to send (a group post or edit, a message to a delegate, an e-mail), written in the same
    transaction as the change it reports and sent afterwards, with retries, by the dispatcher."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))  # group | edit | delegate | mail
    template: Mapped[str] = mapped_column(String(40))  # what to render, e.g. registration, sponsorship
    event_key: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(BigInteger)  # the delegate, for channel "delegate"
    language: Mapped[str | None] = mapped_column(String(8))  # the delegate's language
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    # What to render; emptied once the row is done with (it may hold names and e-mail addresses).
    payload: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))  # pending | sending | sent | failed | skipped
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())  # a claim's lease
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class OrganiserName(Base):
    """How an organiser is called (their Telegram name when they last acted): "already decided by Ana"."""

    __tablename__ = "organiser_names"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
