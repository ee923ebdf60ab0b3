"""People and what they asked: users, their questions, conversations in progress, organisers' names."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, UTCDateTime


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
    # Broadcasts: the announcement this organiser is writing (their next message is its text); when
    # Telegram said they blocked the bot (later broadcasts skip them until they write again); reminders off.
    composing: Mapped[int | None] = mapped_column(Integer)
    unreachable_since: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    reminders_off: Mapped[bool] = mapped_column(Boolean, default=False)


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


class OrganiserName(Base):
    """How an organiser is called (their Telegram name when they last acted): "already decided by Ana"."""

    __tablename__ = "organiser_names"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
