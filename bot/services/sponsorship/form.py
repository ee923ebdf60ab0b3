"""The sponsorship request conversation: invitation code or role, nominee, travel needs, dates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from bot.events.models import Event
from bot.events.participation import SLOT_LABEL_MAX, Cover, Sponsorship, SponsorshipSlot
from bot.present.event import when
from bot.services.conversations.drafts import SPONSORSHIP
from bot.services.conversations.form import SUMMARY, Completion, Kind, Option, Step, answered
from bot.services.sponsorship.policy import Seat, is_organisation, needs_invitation
from bot.services.sponsorship.service import SponsorshipService
from bot.validation import Checked, email, fail, person_name, short_text, within
from bot.validation_dates import check_date
from storage.models import Registration, SponsorshipRequest
from storage.models.base import text_limit

# Travel dates are accepted this many days around the event (its dates may be approximate).
DATE_MARGIN = timedelta(days=7)
YES_NO = (Option("yes", label_id="spons-yes"), Option("no", label_id="spons-no"))


def _text(name: str, check: Callable[[str], Checked] | None = None) -> Step:
    slug = name.replace("_", "-")
    return Step(name, Kind.TEXT, f"spons-ask-{slug}", check=check, label_id=f"spons-field-{slug}")


def _yes_no(name: str) -> Step:
    slug = name.replace("_", "-")
    return Step(name, Kind.CHOICE, f"spons-ask-{slug}", options=YES_NO, label_id=f"spons-field-{slug}")


def seat_note(seat: Seat) -> str:
    """The Fluent id saying whether a slot still has a seat."""
    if not seat.free:
        return "spons-slot-taken"
    return "spons-slot-availability" if seat.subject_to_availability else "spons-slot-free"


def seat_badge(seat: Seat) -> str | None:
    """The short word on a slot's button: none while a place is free, else "waiting list"."""
    return "spons-slot-badge-waitlist" if not seat.free or seat.subject_to_availability else None


def shorten(text: str, limit: int = SLOT_LABEL_MAX) -> str:
    """A role cut to fit a button, for slots whose event file gives no short label."""
    return text if len(text) <= limit else text[: limit - 1].rstrip(" ,;.") + "…"


def travel_window(event: Event, now: datetime) -> tuple[date, date]:
    """Sensible arrival and departure dates: around the event's (possibly approximate) dates, not past."""
    dates = event.dates
    earliest = dates.first_day - DATE_MARGIN
    latest = dates.last_day + DATE_MARGIN
    return max(earliest, event.local(now).date()), latest


class SponsorshipForm:
    """The request steps for one registered delegate."""

    kind = SPONSORSHIP

    def __init__(
        self,
        event: Event,
        lang: str,
        registration: Registration,
        service: SponsorshipService,
        seats: list[Seat],
        now: datetime,
    ) -> None:
        assert event.sponsorship is not None
        self.event = event
        self.policy: Sponsorship = event.sponsorship
        self.lang = lang
        self.registration = registration
        self.service = service
        self.seats = seats
        self.now = now

    def steps(self, data: dict[str, Any]) -> list[Step]:
        """The steps, given the answers so far."""
        covers = set(self.policy.covers)
        out: list[Step] = []
        if needs_invitation(self.policy, self.registration):
            out.append(_text("invitation"))
        if not is_organisation(self.registration) and len(self.seats) > 1:
            out.append(self._slot())
        nominee = (
            Option("self", label_id="spons-nominee-self"),
            Option("colleague", label_id="spons-nominee-colleague"),
        )
        out.append(
            Step("nominee", Kind.CHOICE, "spons-ask-nominee", options=nominee, label_id="spons-field-nominee")
        )
        if data.get("nominee") == "colleague":
            details = [
                _text("nominee_name", person_name),
                _text("nominee_position", short_text),
                _text("nominee_email", email),
            ]
            out += [replace(step, follows="nominee") for step in details]
        if Cover.ECONOMY_AIR_TRAVEL in covers:
            out.append(_text("departure_city", short_text))
        out += [_yes_no(name) for name in ("accommodation", "meals") if Cover(name) in covers]
        if covers & {Cover.ECONOMY_AIR_TRAVEL, Cover.ACCOMMODATION}:
            out += [self._date("arrival_date"), self._date("departure_date")]
        out.append(Step(SUMMARY, Kind.SUMMARY, "spons-summary"))
        return out

    def _slot(self) -> Step:
        slots = {slot.id: slot for slot in self.policy.slots}
        options = tuple(self._seat(seat, slots.get(seat.slot_id)) for seat in self.seats)
        return Step("slot", Kind.CHOICE, "spons-ask-slot", options=options, label_id="spons-field-slot")

    def _seat(self, seat: Seat, slot: SponsorshipSlot | None) -> Option:
        role = slot.role.get(self.lang) if slot is not None else None
        label = (
            slot.label.get(self.lang) if slot is not None and slot.label else shorten(role or seat.slot_id)
        )
        return Option(
            seat.slot_id, label=label, detail=role, note_id=seat_note(seat), badge_id=seat_badge(seat)
        )

    def _date(self, name: str) -> Step:
        tbc = "yes" if self.event.is_approximate else "no"
        return replace(
            _text(name), prompt_args={"dates": when(self.event, self.lang), "tbc": tbc}, display="date"
        )

    async def check(self, step: Step, text: str, data: dict[str, Any]) -> Checked:
        """Invitation codes against the database, dates against the event, the rest by the step's rule and
        against the length of their column."""
        if step.name == "invitation":
            return await self.service.invitations.check(self.event.key, text, self.registration.user_id)
        if step.name in ("arrival_date", "departure_date"):
            return self._check_date(step.name, text, data)
        checked = step.check(text) if step.check else Checked(text.strip())
        return within(checked, text_limit(SponsorshipRequest, step.name))

    def _check_date(self, name: str, text: str, data: dict[str, Any]) -> Checked:
        start, end = travel_window(self.event, self.now)
        if name == "departure_date":
            arrival = data.get("arrival_date")
            return check_date(text, start, end, date.fromisoformat(arrival) if arrival else None)
        checked = check_date(text, start, end)
        departure = data.get("departure_date")
        if checked.ok and departure and checked.value > departure:  # ISO dates compare as text
            return fail("flow-error-date-after-departure", departure=date.fromisoformat(departure))
        return checked

    def stop_reason(self, data: dict[str, Any]) -> str | None:
        """Nothing ends a request early."""
        return None

    async def complete(self, data: dict[str, Any]) -> Completion:
        """Submit the request (seat or waitlist)."""
        values = {step.name: value for step, value in answered(self.steps(data), data)}
        return await self.service.submit(self.event, self.registration, values)
