"""Taking part: sponsorship rules and what registration asks."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, field_validator, model_validator

from bot.events.common import Article, CountryCode, Localized, StrictModel, check_url, problem

_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_ID_HINT = "use lowercase letters, digits and _, starting with a letter, e.g. victim_assistance"


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise problem(f'"{value}" is not a valid id', _ID_HINT)
    return value


Identifier = Annotated[str, AfterValidator(_check_id)]


def unique_ids(ids: list[str], what: str, field: str) -> None:
    """Refuse a list of ids where one is repeated (`what` names them, `field` is where they are)."""
    for i, value in enumerate(ids):
        if value in ids[:i]:
            raise problem(
                f'{what} id "{value}" is used twice', f"give each {what} its own id", at=f"{field}[{i}].id"
            )


class Cover(StrEnum):
    """What a sponsorship pays for."""

    ECONOMY_AIR_TRAVEL = "economy_air_travel"
    ACCOMMODATION = "accommodation"
    MEALS = "meals"
    DAILY_ALLOWANCE = "daily_allowance"
    LOCAL_TRANSPORT = "local_transport"
    VISA_COSTS = "visa_costs"
    TRAVEL_INSURANCE = "travel_insurance"


SLOT_LABEL_MAX = 30  # a slot's label is a button on a phone


class SponsorshipSlot(StrictModel):
    """A kind of official a State may nominate for sponsorship."""

    id: Identifier
    role: Localized
    label: Localized | None = None  # a short name of the role, for its button
    count: int = Field(default=1, ge=1)
    subject_to_availability: bool = False

    @field_validator("label")
    @classmethod
    def _short(cls, label: Localized | None) -> Localized | None:
        for lang, text in (label.model_dump() if label is not None else {}).items():
            if text is not None and len(text) > SLOT_LABEL_MAX:
                raise problem(
                    f"the label is {len(text)} characters long; a button fits {SLOT_LABEL_MAX}",
                    'shorten it, e.g. label = { en = "Victim assistance", es = "Asistencia a víctimas" }',
                    at=lang,
                )
        return label


class OrganisationSponsorship(StrictModel):
    """Sponsorship for organisations (e.g. only by invitation)."""

    by_invitation_only: bool = True
    participants_per_organisation: int | None = Field(default=None, ge=1)
    note: Localized


REASON_ID_MAX = 24  # a reason's id travels in a button's data, which Telegram limits to 64 bytes


class DecisionKind(StrEnum):
    """The decisions organisers make on a sponsorship request."""

    APPROVED = "approved"
    DECLINED = "declined"
    WAITLISTED = "waitlisted"


class DecisionReason(StrictModel):
    """A standard reason organisers may give with a decision; the delegate reads it in their language."""

    id: Identifier
    text: Localized
    label: Localized | None = None  # a short name for its button (else the text, shortened)
    decisions: list[DecisionKind] = Field(
        default_factory=lambda: [DecisionKind.DECLINED, DecisionKind.WAITLISTED], min_length=1
    )

    @field_validator("id")
    @classmethod
    def _short_id(cls, value: str) -> str:
        if len(value) > REASON_ID_MAX:
            raise problem(f'"{value}" is longer than {REASON_ID_MAX} characters', "use a shorter id")
        return value

    @field_validator("label")
    @classmethod
    def _short_label(cls, label: Localized | None) -> Localized | None:
        return SponsorshipSlot._short(label)

    def button(self, lang: str) -> str:
        """What its button says."""
        text = (self.label or self.text).get(lang)
        return text if len(text) <= SLOT_LABEL_MAX else text[: SLOT_LABEL_MAX - 1].rstrip() + "…"


class Sponsorship(StrictModel):
    """Who may request sponsorship, what it covers, for whom, and by when."""

    funder: Localized
    funder_article: Article | None = None  # "el" / "la" / "the"...: how messages name the funder
    eligible_states: list[CountryCode] = Field(default_factory=list)
    covers: list[Cover] = Field(min_length=1)
    max_per_state: int | None = Field(default=None, ge=1)
    slots: list[SponsorshipSlot] = Field(default_factory=list)
    organisations: OrganisationSponsorship | None = None
    deadline: AwareDatetime
    deadline_note: Localized | None = None
    how_to_apply: Localized
    note: Localized | None = None
    decision_reasons: list[DecisionReason] = Field(default_factory=list)

    @field_validator("eligible_states")
    @classmethod
    def _states(cls, codes: list[str]) -> list[str]:
        for i, code in enumerate(codes):
            if code in codes[:i]:
                raise problem(f'"{code}" is listed twice', "remove the repeated code", at=f"[{i}]")
        return codes

    @model_validator(mode="after")
    def _slots(self) -> Sponsorship:
        unique_ids([slot.id for slot in self.slots], "slot", "slots")
        unique_ids([reason.id for reason in self.decision_reasons], "reason", "decision_reasons")
        firm = sum(slot.count for slot in self.slots if not slot.subject_to_availability)
        if self.max_per_state is not None and firm > self.max_per_state:
            raise problem(
                f"the slots add up to {firm} people, more than max_per_state = {self.max_per_state}",
                "mark extra slots subject_to_availability = true, or correct the counts",
                at="slots",
            )
        return self

    def reasons_for(self, status: str) -> list[DecisionReason]:
        """The standard reasons that may go with a decision of `status`, in the file's order."""
        return [r for r in self.decision_reasons if status in r.decisions]

    def reason(self, reason_id: str | None) -> DecisionReason | None:
        """A standard reason by its id."""
        return next((r for r in self.decision_reasons if r.id == reason_id), None)

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


class RegistrationMeaning(StrEnum):
    """What confirming one's participation through the bot amounts to."""

    CONFIRMATION = "confirmation"  # it is the confirmation the invitation asks for: nothing else to send
    NOTICE = (
        "notice"  # the organisers see it, but the invitation's own step (an e-mail, a form) is still needed
    )


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
    counts_as: RegistrationMeaning | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)

    @model_validator(mode="after")
    def _consistent(self) -> Registration:
        for i, name in enumerate(self.fields):
            if name in self.fields[:i]:
                raise problem(f'"{name}" is listed twice', "remove the repeated field", at=f"fields[{i}]")
        unique_ids([q.id for q in self.questions], "question", "questions")
        if self.opens and self.closes and self.closes <= self.opens:
            raise problem(
                "registration closes before it opens",
                "check `opens` and `closes` and their UTC offsets",
                at="closes",
            )
        return self
