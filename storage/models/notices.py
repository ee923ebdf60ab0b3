"""What the bot tells and records: organisers' group posts, the outbox, the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, UTCDateTime


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
    claimed_by: Mapped[str | None] = mapped_column(String(32))  # the sender (see Process) holding the claim
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


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


class ReceivedUpdate(Base):
    """A Telegram update, stored before Telegram is told it was received (the next getUpdates offset), so a
    crash loses none; and marked processed in the transaction of its handling, so each is processed once
    (Telegram re-delivers an update it believes failed, possibly to another process). The payload, which
    holds personal data, is dropped once processed; processed ids are forgotten after two days."""

    __tablename__ = "updates"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # the update_id
    payload: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)


class ChatMove(Base):
    """An organisers' group upgraded to a supergroup, which Telegram gives a new id (its answer's
    migrate_to_chat_id): notices, edits and the organisers' chat lookup follow it from then on."""

    __tablename__ = "chat_moves"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # the old chat id
    new_chat_id: Mapped[int] = mapped_column(BigInteger)
    moved_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChatOutage(Base):
    """An organisers' group the bot cannot post in (not found, the bot removed): one row per outage, so the
    organisers are told once by e-mail, not once per notice; removed when a post gets through again."""

    __tablename__ = "chat_outages"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # the chat id
    since: Mapped[datetime] = mapped_column(UTCDateTime())
    error: Mapped[str] = mapped_column(String(200))


class GroupSend(Base):
    """A message the bot posted in an organisers' group (one notice, or a digest of several): the
    dispatcher counts them to stay within Telegram's 20 messages a minute per group, across restarts and
    processes."""

    __tablename__ = "group_sends"
    __table_args__ = (Index("ix_group_sends_chat_sent", "chat_id", "sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(BigInteger)  # the last part of a long message
    messages: Mapped[int] = mapped_column(Integer)  # Telegram messages it took (a long one is split)
    notices: Mapped[int] = mapped_column(Integer)  # outbox messages it carried
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Process(Base):
    """A running bot process, seen alive lately: claims of a process not seen for a while are taken over
    (it died), without waiting for their lease to end. Times are the wall clock (seconds since the epoch),
    not the bot's clock: liveness is about machines, not the event's calendar."""

    __tablename__ = "processes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[float] = mapped_column(Float)
    seen_at: Mapped[float] = mapped_column(Float)
