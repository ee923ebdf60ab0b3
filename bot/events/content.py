"""What an event says: who is involved, where, the agenda, links, contact and the FAQ."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, field_validator, model_validator

from bot.events.common import Localized, StrictModel, check_email, check_url, problem


class Party(StrictModel):
    """An organisation (organiser, host, funder, speaker) and, optionally, its role in the event."""

    name: Localized
    role: Localized | None = None


class Signatory(StrictModel):
    """A person who signed the invitation."""

    name: str = Field(min_length=1)
    role: Localized
    organisation: Localized | None = None


class Venue(StrictModel):
    """Where an in-person event takes place; when not yet known, say so with `to_be_confirmed`."""

    name: Localized | None = None
    address: str | None = None
    to_be_confirmed: bool = False
    note: Localized | None = None

    @model_validator(mode="after")
    def _known_or_open(self) -> Venue:
        if self.name is None and not self.to_be_confirmed:
            raise problem(
                "the venue has no name",
                "add name = { en = ..., es = ... }, or to_be_confirmed = true if it is not known yet",
            )
        return self


class Participants(StrictModel):
    """Who is invited and who is particularly encouraged to attend."""

    invited: list[Localized] = Field(default_factory=list)
    encouraged: list[Localized] = Field(default_factory=list)
    note: Localized | None = None


class AgendaSubItem(StrictModel):
    """A lettered point under an agenda item ("a", "b", ...)."""

    label: str = Field(min_length=1, max_length=4)
    text: Localized


class AgendaItem(StrictModel):
    """A numbered topic; `question` holds guiding question(s) shown after the text and sub-items."""

    number: int = Field(ge=1)
    text: Localized
    sub_items: list[AgendaSubItem] = Field(default_factory=list)
    question: Localized | None = None


class AgendaSection(StrictModel):
    """A group of agenda items under a heading."""

    title: Localized
    items: list[AgendaItem] = Field(min_length=1)


class Agenda(StrictModel):
    """Topics of the event; `intro` is the sentence that introduces them in the invitation."""

    intro: Localized | None = None
    sections: list[AgendaSection] = Field(min_length=1)
    note: Localized | None = None

    @model_validator(mode="after")
    def _numbers_unique(self) -> Agenda:
        seen: set[int] = set()
        for s, section in enumerate(self.sections):
            for i, item in enumerate(section.items):
                if item.number in seen:
                    raise problem(
                        f"agenda item number {item.number} is used twice",
                        "number the items 1, 2, 3... across all sections",
                        at=f"sections[{s}].items[{i}].number",
                    )
                seen.add(item.number)
        return self

    def items(self) -> list[AgendaItem]:
        """All items in order, across sections."""
        return [item for section in self.sections for item in section.items]


class Link(StrictModel):
    """A web link with a bilingual label."""

    label: Localized
    url: str

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return check_url(value)


class Contact(StrictModel):
    """How to reach the organisers: an e-mail address and/or a web page, with an optional note."""

    email: str | None = None
    url: str | None = None
    other: Localized | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        return None if value is None else check_email(value)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value)

    @model_validator(mode="after")
    def _something(self) -> Contact:
        if self.email is None and self.url is None and self.other is None:
            raise problem(
                "the contact is empty",
                'add email = "...", or url = "..." when the invitation gives only a web page',
            )
        return self


class FaqTopic(StrEnum):
    """Which menu an FAQ entry belongs to."""

    PROGRAMME = "programme"
    SPONSORSHIP = "sponsorship"
    LOGISTICS = "logistics"
    REGISTRATION = "registration"
    GENERAL = "general"


class FaqEntry(StrictModel):
    """A question delegates ask, and the answer (facts from the invitation only)."""

    question: Localized
    answer: Localized
    topic: FaqTopic = FaqTopic.GENERAL
