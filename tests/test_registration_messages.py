"""Every step of every event's conversations renders in both languages with strict messages: the message ids
built from step names (questions, labels, options, errors) all exist and get exactly their variables."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.clock import FixedClock
from bot.events.models import EventFormat
from bot.events.participation import RegistrationField
from bot.events.registry import EventRegistry
from bot.i18n import LANGUAGES, I18n
from bot.runtime import Runtime
from bot.services.conversations.form import Kind, edit_menu
from bot.services.registration.form import RsvpForm
from bot.services.sponsorship.form import SponsorshipForm
from bot.services.sponsorship.policy import Seat
from bot.turn import Turn
from bot.validation import email, fail, invitation_code, long_text, person_name, phone, short_text
from bot.validation_dates import check_date
from handlers.conversation.render import error_text, keyboard, prompt_text, value_text
from storage.models import Registration, User
from tests.conftest import EVENTS_DIR

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
EVENTS = EventRegistry(EVENTS_DIR)
EVERYTHING = {
    "delegation_type": "state",
    "accessibility": ["other"],
    "dietary": "other",
    "nominee": "colleague",
}


def turn_in(lang: str) -> Turn:
    """A turn whose messages are strict: a missing message or variable raises."""
    rt = Runtime(settings=None, clock=FixedClock(NOW), db=None, i18n=I18n(strict=True), events=EVENTS)  # type: ignore[arg-type]
    return Turn(rt, None, User(id=1, language=lang), NOW)  # type: ignore[arg-type]


def sample(step: Any) -> Any:
    """A plausible answer for a step, to render it in a summary."""
    if step.kind is Kind.MULTI:
        return [o.value for o in step.options]
    if step.kind in (Kind.CHOICE, Kind.COUNTRY):
        return step.options[0].value if step.options else "PE"
    return "2026-05-03" if step.display == "date" else "text"


def render_all(turn: Turn, steps: list[Any]) -> None:
    data = {**EVERYTHING, **{s.name: sample(s) for s in steps if s.kind not in (Kind.SUMMARY, Kind.EDIT)}}
    for step in [*steps, edit_menu(steps)]:
        assert prompt_text(turn, step, steps, data)
        keyboard(turn, "tok123", step, data)
        if step.kind not in (Kind.SUMMARY, Kind.EDIT):
            assert value_text(turn, step, data[step.name]) and value_text(turn, step, None) == "—"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", ["rsd2026", "va2020", "mfa2021"])
def test_rsvp_steps_render(key: str, lang: str) -> None:
    form = RsvpForm(EVENTS.get(key), lang, save=None)  # type: ignore[arg-type]
    steps = form.steps(EVERYTHING)
    assert steps[0].name == "consent" and steps[-1].name == "summary"
    render_all(turn_in(lang), steps)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("delegation", ["state", "ngo"])
def test_sponsorship_steps_render(delegation: str, lang: str) -> None:
    registration = Registration(id=1, user_id=1, delegation_type=delegation, country="SV", full_name="A")
    seats = [
        Seat("victim_assistance", 1, 1, False),
        Seat("mine_action", 1, 0, False),
        Seat("either_area", 1, 0, True),
    ]
    form = SponsorshipForm(EVENTS.get("rsd2026"), lang, registration, None, seats, NOW)  # type: ignore[arg-type]
    steps = form.steps(EVERYTHING)
    names = [s.name for s in steps]
    assert ("invitation" in names) == (delegation == "ngo") and ("slot" in names) == (delegation == "state")
    render_all(turn_in(lang), steps)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_validation_error_renders(lang: str) -> None:
    start, end = datetime(2026, 4, 24).date(), datetime(2026, 5, 17).date()
    refused = [
        email("x"),
        phone("1"),
        person_name("1"),
        person_name("¿?"),
        short_text("1"),
        long_text("x" * 600),
        invitation_code("!"),
        check_date("x", start, end),
        check_date("1/8/2026", start, end),
        check_date("1/5/2026", start, end, not_before=end),
        fail("flow-error-country"),
        fail("flow-error-date-after-departure", departure=start),
        fail("spons-error-code-unknown"),
        fail("spons-error-code-used"),
    ]
    turn = turn_in(lang)
    texts = [error_text(turn, checked) for checked in refused]
    assert all(texts) and len(set(texts)) == len(texts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_hybrid_event_asks_attendance_and_diet_only_in_person(lang: str) -> None:
    event = EVENTS.get("rsd2026")
    fields = [*event.registration.fields, RegistrationField.ATTENDANCE_MODE]
    hybrid = event.model_copy(
        update={
            "format": EventFormat.HYBRID,
            "registration": event.registration.model_copy(update={"fields": fields}),
        }
    )
    form = RsvpForm(hybrid, lang, save=None)  # type: ignore[arg-type]
    online = [s.name for s in form.steps({"attendance_mode": "online"})]
    in_person = form.steps({"attendance_mode": "in_person"})
    assert "attendance_mode" in online and "dietary" not in online
    assert "dietary" in [s.name for s in in_person]
    render_all(turn_in(lang), in_person)
