"""Announcements to registrants: the broadcast (composed by an organiser), one row per recipient (written
before the first send, so that delivery resumes after a restart and nobody gets it twice), and the shared
pace every process draws its send times from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, UTCDateTime


class Broadcast(Base):
    """One announcement: composing -> scheduled | sending -> done | cancelled."""

    __tablename__ = "broadcasts"
    __table_args__ = (
        Index("ix_broadcasts_status", "status"),
        UniqueConstraint("event_key", "reminder", name="uq_broadcasts_event_reminder"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[int] = mapped_column(BigInteger)  # the organiser; 0 for the bot's own reminders
    chat_id: Mapped[int] = mapped_column(BigInteger)  # where it was composed: progress and report go there
    status: Mapped[str] = mapped_column(String(16))
    step: Mapped[str | None] = mapped_column(String(16))  # while composing: segment | text-es | text-en...
    segment: Mapped[str | None] = mapped_column(String(32))
    text_es: Mapped[str | None] = mapped_column(Text)  # HTML, as the organiser formatted it
    text_en: Mapped[str | None] = mapped_column(Text)
    reminder: Mapped[str | None] = mapped_column(String(32))  # a built-in reminder's key: it fires once
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    progress_message_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_at: Mapped[float | None] = mapped_column(Float)  # wall clock of the last progress edit
    extra: Mapped[dict] = mapped_column(JSON, default=dict)  # e.g. a change notice's old -> new


class BroadcastRecipient(Base):
    """One person to send a broadcast to: pending -> sending -> sent | unreachable | failed | cancelled."""

    __tablename__ = "broadcast_recipients"
    __table_args__ = (
        UniqueConstraint("broadcast_id", "user_id", name="uq_broadcast_recipients_broadcast_user"),
        Index("ix_broadcast_recipients_todo", "broadcast_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(8))  # the language they get (their own, else the other)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(32))  # the process sending it (see Process)
    error: Mapped[str | None] = mapped_column(String(200))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Pace(Base):
    """Telegram's overall rate, shared by every process: the next free send time (wall clock, seconds)
    and, after a 429, the time before which nobody sends."""

    __tablename__ = "pace"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float)
    held_until: Mapped[float] = mapped_column(Float)


class EventSnapshot(Base):
    """What registrants were last told an event's dates, times, place, format and deadlines are (each in
    both languages): an event file changed since is compared with it, and the change proposed as a notice."""

    __tablename__ = "event_snapshots"

    event_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    values: Mapped[dict] = mapped_column(JSON)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
