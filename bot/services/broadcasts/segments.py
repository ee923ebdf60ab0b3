"""Who a broadcast goes to. A segment is a code an organiser picks with a button; the people it names are
read from the registrations when the broadcast starts (a scheduled one includes those who registered
meanwhile). People Telegram said blocked the bot are named apart: they are skipped and reported."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.events.models import Event
from bot.services.sponsorship.policy import APPROVED, DECLINED, SUBMITTED, WAITLISTED, WITHDRAWN
from storage.broadcasts import BroadcastRepository, Person
from storage.models import Registration, SponsorshipRequest, User

CONTRIBUTIONS = {"floor", "question"}  # options of an event's own question: asked for the floor / a question
ALL = "all"
REFINE = "+lang-"  # a segment narrowed to the people who use one language
ONE_STATE = "state"  # chosen as "one-state", then stored as "state:PE": one State's delegates
SEGMENTS = (
    ALL,
    "states",
    "one-state",
    "organisations",
    "lang-es",
    "lang-en",
    "spons-any",
    "spons-submitted",
    "spons-approved",
    "spons-waitlisted",
    "spons-declined",
    "spons-none",  # registered State delegations without a sponsorship request
    "travel-missing",  # approved sponsored delegates without travel dates
    "contributors",
    "support",
    "unfinished",
)
RegFilter = Callable[[Registration, list[SponsorshipRequest]], bool]


def _requests_with(*statuses: str) -> RegFilter:
    return lambda reg, requests: any(r.status in statuses for r in requests)


def _travel_missing(reg: Registration, requests: list[SponsorshipRequest]) -> bool:
    return any(
        r.status == APPROVED and (r.arrival_date is None or r.departure_date is None) for r in requests
    )


def _contributes(reg: Registration, requests: list[SponsorshipRequest]) -> bool:
    return any(value in CONTRIBUTIONS for value in (reg.answers or {}).values())


def _support(reg: Registration, requests: list[SponsorshipRequest]) -> bool:
    return bool(reg.interpretation_language or reg.accessibility or reg.accessibility_other)


FILTERS: dict[str, RegFilter] = {
    ALL: lambda reg, requests: True,
    "states": lambda reg, requests: reg.delegation_type == "state",
    "organisations": lambda reg, requests: reg.delegation_type not in (None, "state"),
    "spons-any": _requests_with(SUBMITTED, WAITLISTED, APPROVED, DECLINED),
    "spons-submitted": _requests_with(SUBMITTED),
    "spons-approved": _requests_with(APPROVED),
    "spons-waitlisted": _requests_with(WAITLISTED),
    "spons-declined": _requests_with(DECLINED),
    "spons-none": lambda reg, requests: (
        reg.delegation_type == "state" and not any(r.status != WITHDRAWN for r in requests)
    ),
    "travel-missing": _travel_missing,
    "contributors": _contributes,
    "support": _support,
}


def offered(event: Event) -> list[str]:
    """The segments that make sense for this event (no sponsorship segments without a policy...)."""
    codes = [code for code in SEGMENTS if code != "travel-missing"]
    if event.sponsorship is None:
        codes = [c for c in codes if not c.startswith("spons-")]
    questions = event.registration.questions if event.registration is not None else []
    options = {option.id for question in questions for option in question.options}
    if not options & CONTRIBUTIONS:
        codes.remove("contributors")
    return codes


@dataclass(frozen=True)
class Audience:
    """The people a segment names: those to send to, and those who blocked the bot."""

    reachable: list[Person]
    unreachable: list[Person]

    def by_language(self) -> dict[str, int]:
        counts = {"es": 0, "en": 0}
        for person in self.reachable:
            counts[person.language] = counts.get(person.language, 0) + 1
        return counts


def _person(user: User) -> Person:
    return Person(user.id, user.language, user.unreachable_since is not None)


async def audience(
    repo: BroadcastRepository, event_key: str, segment: str, reminder: bool = False
) -> Audience:
    """Who `segment` names now (each person once). A reminder leaves out who turned reminders off. A
    segment may be narrowed to one language: "spons-approved+lang-es"."""
    if REFINE in segment:
        base, _, lang = segment.partition(REFINE)
        found = await audience(repo, event_key, base, reminder)
        return Audience(
            [p for p in found.reachable if p.language == lang],
            [p for p in found.unreachable if p.language == lang],
        )
    if segment == "unfinished":
        users = await repo.unfinished(event_key)
    else:
        requests: dict[int, list[SponsorshipRequest]] = {}
        for request in await repo.requests(event_key):
            requests.setdefault(request.registration_id, []).append(request)
        if segment in ("lang-es", "lang-en"):
            wanted = segment.removeprefix("lang-")
            keep: RegFilter = lambda reg, reqs: True  # noqa: E731 (the language is the user's, below)
        elif segment.startswith(f"{ONE_STATE}:"):
            country = segment.partition(":")[2]
            wanted, keep = None, lambda reg, reqs: reg.delegation_type == "state" and reg.country == country
        else:
            wanted, keep = None, FILTERS[segment]
        users = [
            user
            for reg, user in await repo.registered(event_key)
            if keep(reg, requests.get(reg.id, [])) and (wanted is None or user.language == wanted)
        ]
    people: dict[int, Person] = {}
    for user in users:
        if reminder and user.reminders_off:
            continue
        people.setdefault(user.id, _person(user))
    chosen = list(people.values())
    return Audience([p for p in chosen if not p.unreachable], [p for p in chosen if p.unreachable])


def refinable(segment: str) -> bool:
    """Whether a segment may still be narrowed to one language."""
    return REFINE not in segment and not segment.startswith("lang-")
