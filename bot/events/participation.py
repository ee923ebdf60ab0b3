"""Taking part: sponsorship rules and what registration asks."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, field_validator, model_validator

from bot.events.common import CountryCode, Localized, StrictModel, check_url, problem

_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_ID_HINT = "use lowercase letters, digits and _, starting with a letter, e.g. victim_assistance"


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise problem(f'"{value}" is not a valid id', _ID_HINT)
    return value


Identifier = Annotated[str, AfterValidator(_check_id)]


class Cover(StrEnum):
    """What a sponsorship pays for."""

    ECONOMY_AIR_TRAVEL = "economy_air_travel"
    ACCOMMODATION = "accommodation"
    MEALS = "meals"
    DAILY_ALLOWANCE = "daily_allowance"
    LOCAL_TRANSPORT = "local_transport"
    VISA_COSTS = "visa_costs"
    TRAVEL_INSURANCE = "travel_insurance"


class SponsorshipSlot(StrictModel):
    """A kind of official a State may nominate for sponsorship."""

    id: Identifier
    role: Localized
    count: int = Field(default=1, ge=1)
    subject_to_availability: bool = False


class OrganisationSponsorship(StrictModel):
    """Sponsorship for organisations (e.g. only by invitation)."""

    by_invitation_only: bool = True
    participants_per_organisation: int | None = Field(default=None, ge=1)
    note: Localized


class Sponsorship(StrictModel):
    """Who may request sponsorship, what it covers, for whom, and by when."""

    funder: Localized
    eligible_states: list[CountryCode] = Field(default_factory=list)
    covers: list[Cover] = Field(min_length=1)
    max_per_state: int | None = Field(default=None, ge=1)
    slots: list[SponsorshipSlot] = Field(default_factory=list)
    organisations: OrganisationSponsorship | None = None
    deadline: AwareDatetime
    deadline_note: Localized | None = None
    how_to_apply: Localized
    note: Localized | None = None

    @field_validator("eligible_states")
    @classmethod
    def _states(cls, codes: list[str]) -> list[str]:
        for i, code in enumerate(codes):
            if code in codes[:i]:
                raise problem(f'"{code}" is listed twice', "remove the repeated code", at=f"[{i}]")
        return codes

    @model_validator(mode="after")
    def _slots(self) -> Sponsorship:
        ids = [slot.id for slot in self.slots]
        for i, slot_id in enumerate(ids):
            if slot_id in ids[:i]:
                raise problem(
                    f'slot id "{slot_id}" is used twice', "give each slot its own id", at=f"slots[{i}].id"
                )
        firm = sum(slot.count for slot in self.slots if not slot.subject_to_availability)
        if self.max_per_state is not None and firm > self.max_per_state:
            raise problem(
                f"the slots add up to {firm} people, more than max_per_state = {self.max_per_state}",
                "mark extra slots subject_to_availability = true, or correct the counts",
                at="slots",
            )
        return self

    def is_open(self, now: datetime) -> bool:
        """Whether requests are still accepted at `now` (the deadline instant itself included)."""
        return now <= self.deadline


class RegistrationField(StrEnum):
    """Standard questions the bot knows how to ask and store."""

    FULL_NAME = "full_name"
    POSITION = "position"
    DELEGATION_TYPE = "delegation_type"
    COUNTRY = "country"
    ORGANISATION = "organisation"
    EMAIL = "email"
    PHONE = "phone"
    ATTENDANCE_MODE = "attendance_mode"
    INTERPRETATION_LANGUAGE = "interpretation_language"
    ACCESSIBILITY = "accessibility"
    DIETARY = "dietary"


class QuestionKind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"


class ChoiceOption(StrictModel):
    """One answer a person can pick."""

    id: Identifier
    label: Localized


class Question(StrictModel):
    """A question of the event's own, asked at registration."""

    id: Identifier
    prompt: Localized
    kind: QuestionKind = QuestionKind.TEXT
    options: list[ChoiceOption] = Field(default_factory=list)
    required: bool = False

    @model_validator(mode="after")
    def _options(self) -> Question:
        if self.kind is QuestionKind.CHOICE and len(self.options) < 2:
            raise problem(
                "a choice question needs at least two options", "add [[...options]] entries", at="options"
            )
        if self.kind is QuestionKind.TEXT and self.options:
            raise problem(
                "a text question has no options", 'remove the options or set kind = "choice"', at="options"
            )
        return self


class Registration(StrictModel):
    """The bot's registration (RSVP): when it is open and what it asks.

    `closes` may be left out: registration then closes when the event starts (the first session,
    else the first day at 00:00 in the event's time zone, else the `earliest` date of an approximate range).
    """

    opens: AwareDatetime | None = None
    closes: AwareDatetime | None = None
    fields: list[RegistrationField] = Field(min_length=1)
    questions: list[Question] = Field(default_factory=list)
    url: str | None = None
    organiser_chat_id: int | None = None
    note: Localized | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)

    @model_validator(mode="after")
    def _consistent(self) -> Registration:
        for i, name in enumerate(self.fields):
            if name in self.fields[:i]:
                raise problem(f'"{name}" is listed twice', "remove the repeated field", at=f"fields[{i}]")
        ids = [q.id for q in self.questions]
        for i, qid in enumerate(ids):
            if qid in ids[:i]:
                raise problem(
                    f'question id "{qid}" is used twice',
                    "give each question its own id",
                    at=f"questions[{i}].id",
                )
        if self.opens and self.closes and self.closes <= self.opens:
            raise problem(
                "registration closes before it opens",
                "check `opens` and `closes` and their UTC offsets",
                at="closes",
            )
        return self
