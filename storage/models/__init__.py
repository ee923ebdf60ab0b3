"""SQLAlchemy models, by aggregate. All times are stored in UTC."""

from storage.models.base import Base, UTCDateTime
from storage.models.notices import AuditEntry, OutboxMessage, Post, ReceivedUpdate
from storage.models.people import Draft, FaqAddition, OrganiserName, Question, User
from storage.models.registrations import (
    AnonymousRecord,
    Invitation,
    Registration,
    SlotClaim,
    SponsorshipRequest,
)

__all__ = [
    "AnonymousRecord",
    "AuditEntry",
    "Base",
    "Draft",
    "FaqAddition",
    "Invitation",
    "OrganiserName",
    "OutboxMessage",
    "Post",
    "Question",
    "ReceivedUpdate",
    "Registration",
    "SlotClaim",
    "SponsorshipRequest",
    "UTCDateTime",
    "User",
]
