"""SQLAlchemy models, by aggregate. All times are stored in UTC."""

from storage.models.base import Base, UTCDateTime
from storage.models.broadcasts import Broadcast, BroadcastRecipient, EventSnapshot, Pace
from storage.models.notices import (
    AuditEntry,
    ChatMove,
    ChatOutage,
    GroupSend,
    OutboxMessage,
    Post,
    Process,
    ReceivedUpdate,
)
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
    "Broadcast",
    "BroadcastRecipient",
    "ChatMove",
    "ChatOutage",
    "Draft",
    "EventSnapshot",
    "FaqAddition",
    "GroupSend",
    "Invitation",
    "OrganiserName",
    "OutboxMessage",
    "Pace",
    "Post",
    "Process",
    "Question",
    "ReceivedUpdate",
    "Registration",
    "SlotClaim",
    "SponsorshipRequest",
    "UTCDateTime",
    "User",
]
