"""Event files: one validated TOML file per event in ``events/`` (see docs/events.md)."""

from bot.events.check import check_events
from bot.events.common import Localized
from bot.events.content import (
    Agenda,
    AgendaItem,
    AgendaSection,
    AgendaSubItem,
    Contact,
    FaqEntry,
    FaqTopic,
    Link,
    Participants,
    Party,
    Signatory,
    Venue,
)
from bot.events.issues import EventFileError, EventIssue
from bot.events.loader import LoadResult, event_files, load_event_file, load_events
from bot.events.models import Event, EventFormat, Status
from bot.events.participation import (
    ChoiceOption,
    Cover,
    OrganisationSponsorship,
    Question,
    QuestionKind,
    Registration,
    RegistrationField,
    Sponsorship,
    SponsorshipSlot,
)
from bot.events.registry import EventRegistry
from bot.events.schedule import AnnouncedTime, EventDates, Session

__all__ = [
    "Agenda",
    "AgendaItem",
    "AgendaSection",
    "AgendaSubItem",
    "AnnouncedTime",
    "ChoiceOption",
    "Contact",
    "Cover",
    "Event",
    "EventDates",
    "EventFileError",
    "EventFormat",
    "EventIssue",
    "EventRegistry",
    "FaqEntry",
    "FaqTopic",
    "Link",
    "LoadResult",
    "Localized",
    "OrganisationSponsorship",
    "Participants",
    "Party",
    "Question",
    "QuestionKind",
    "Registration",
    "RegistrationField",
    "Session",
    "Signatory",
    "Sponsorship",
    "SponsorshipSlot",
    "Status",
    "Venue",
    "check_events",
    "event_files",
    "load_event_file",
    "load_events",
]
