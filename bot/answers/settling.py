"""The yes or no a yes/no question gets: what it takes for granted (a date, a place, a time) checked
against the event first, then what the resolved parts say."""

from __future__ import annotations

from bot.answers.confirmation import confirmation_required
from bot.answers.datecheck import check_clock, check_days, check_event_dates
from bot.answers.model import Part, Query
from bot.answers.resolve_place import names_hours
from bot.answers.resolve_time import days_premise
from bot.answers.verdict import check_place

DEADLINES = frozenset({"sp_deadline", "deadline", "reg_deadline"})
UNDATED = frozenset({"invitation_date", "field_visit"})
PLACED = frozenset({"where", "format", "schedule", "purpose", "title", "passage", "unknown"})
CLOCKED = frozenset({"schedule", "time_in_place", "duration"})


def _premise(q: Query, intents: list[str]) -> bool | None:
    """What a yes/no question takes for granted (a date, a place), checked against the event."""
    asked = set(intents)
    checks: list[bool | None] = []
    s = q.event.sponsorship
    if asked & DEADLINES and s is not None:
        day = q.event.local(s.deadline).date()
        checks.append(check_days(q.text, day, day))
    elif not asked & UNDATED:
        checks.append(check_event_dates(q.text, q.event))
    if asked & PLACED:
        checks.append(check_place(q.event, q.named_place))
    if asked & CLOCKED:
        which = "start" if not q.has("END") else "end" if not q.has("START") else "any"
        checks.append(check_clock(q.text, q.event, q.place, which if q.has("START", "END") else "any"))
    if asked & {"schedule", "duration"}:
        checks.append(days_premise(q))  # "first week of May, 3 days, is that right?", "¿dura todo el día?"
    found = [c for c in checks if c is not None]
    return False if False in found else (True if found else None)


def unplaced_claim(q: Query, intents: list[str]) -> bool:
    """A yes/no question naming a place ("fue en Lima?") about an event whose file gives none: the
    invitation cannot say yes or no. A place giving a time zone ("hora en CDMX?") is not one."""
    named = q.yes_no and q.named_place is not None and bool(set(intents) & PLACED) and q.place is None
    return named and not names_hours(q.text) and check_place(q.event, q.named_place) is None


def settle(q: Query, intents: list[str], parts: list[Part]) -> bool | None:
    """The yes or no a yes/no question gets: a false premise says no, else what the facts say."""
    if not q.yes_no:
        return None
    premise = _premise(q, intents)
    verdicts = {p.verdict for p in parts if p.verdict is not None}
    # "does the sponsorship cover business class for our Vice Minister of Guatemala?": the State is
    # eligible, the class is not covered; one false part makes the answer no.
    given = (False not in verdicts) if verdicts else None
    if premise is None and given is None:
        return confirmation_required(q)  # "do we need to confirm even without sponsorship?"
    if premise is False or given is None:
        return premise
    return given
