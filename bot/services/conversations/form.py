"""What a guided conversation asks: steps, their kinds and options. Pure data, no Telegram, no database."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from bot.validation import Checked

if TYPE_CHECKING:
    from bot.events.models import Event

SUMMARY = "summary"
EDIT_MENU = "edit"
SKIPPED = None  # the value stored for an optional step the person skipped


class Kind(StrEnum):
    """How a step is answered."""

    TEXT = "text"  # typed, checked by `check`
    CHOICE = "choice"  # one button (typing a button's label works too)
    MULTI = "multi"  # several toggles, then Done
    COUNTRY = "country"  # a button for the invited States, or a typed name matched fuzzily
    SUMMARY = "summary"  # confirm, edit or cancel
    EDIT = "edit"  # which answer to change


@dataclass(frozen=True)
class Option:
    """One button: its stored value, and its label (a Fluent id, or text already in the person's language)."""

    value: str
    label_id: str | None = None
    label: str | None = None
    detail: str | None = None  # a longer description listed in the question (e.g. a slot's role)
    note_id: str | None = None  # a Fluent id qualifying it in the question (e.g. "subject to availability")
    badge_id: str | None = None  # a shorter one for its button (e.g. "waiting list")


@dataclass(frozen=True)
class Step:
    """One question of a conversation."""

    name: str
    kind: Kind
    prompt_id: str
    prompt_args: dict[str, Any] = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    optional: bool = False
    check: Callable[[str], Checked] | None = None
    label_id: str = ""  # the answer's name in the summary and the edit menu...
    label_text: str | None = None  # ...or the event's own wording
    editable: bool = True
    shown: bool = True  # listed in summaries and counted in the progress (consent is not)
    follows: str = ""  # a follow-up of this step (e.g. "Other: which?"): it shares that step's number
    display: str = ""  # "date": the answer is an ISO date, shown in the person's language

    def option(self, value: str) -> Option | None:
        """The option with this value, if the step has it."""
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True)
class Completion:
    """What confirming a conversation did: a status for the handler to render, and the record it touched."""

    status: str
    record: Any = None
    args: dict[str, Any] = field(default_factory=dict)
    back_to: str | None = None  # when set, nothing was stored: ask this step again, `status` saying why


class Form(Protocol):
    """A kind of conversation (RSVP, sponsorship request), built for one person, event and moment."""

    kind: str
    event: Event

    def steps(self, data: dict[str, Any]) -> list[Step]:
        """The steps, in order, given the answers so far (later steps may depend on earlier ones)."""
        ...

    def check(self, step: Step, text: str, data: dict[str, Any]) -> Awaitable[Checked]:
        """Check a typed answer to a TEXT step."""
        ...

    def stop_reason(self, data: dict[str, Any]) -> str | None:
        """A message id when the answers so far end the conversation (e.g. consent refused)."""
        ...

    def complete(self, data: dict[str, Any]) -> Awaitable[Completion]:
        """Store the result of a confirmed conversation."""
        ...


def find_step(steps: list[Step], name: str) -> Step | None:
    """The step with this name."""
    return next((s for s in steps if s.name == name), None)


def next_step(steps: list[Step], data: dict[str, Any]) -> Step:
    """The first step not answered yet; the summary once all are."""
    for step in steps:
        if step.name not in data and step.kind not in (Kind.SUMMARY, Kind.EDIT):
            return step
    return find_step(steps, SUMMARY) or steps[-1]


def current_step(steps: list[Step], name: str, data: dict[str, Any]) -> Step:
    """The step a draft is at; if the event changed and it no longer exists, the next one to answer."""
    if name == EDIT_MENU:
        return edit_menu(steps)
    found = find_step(steps, name)
    if found is None or found.kind is Kind.SUMMARY:
        return next_step(steps, data)  # the summary only once every question (even a new one) is answered
    return found


def edit_menu(steps: list[Step]) -> Step:
    """A step offering every answer that can be changed."""
    options = tuple(
        Option(s.name, label_id=s.label_id or None, label=s.label_text)
        for s in steps
        if s.editable and s.kind not in (Kind.SUMMARY, Kind.EDIT)
    )
    return Step(EDIT_MENU, Kind.EDIT, "flow-edit-which", options=options)


def answered(steps: list[Step], data: dict[str, Any]) -> list[tuple[Step, Any]]:
    """The steps that are part of the conversation now, with their answers (for summaries and saving)."""
    return [
        (s, data.get(s.name)) for s in steps if s.name in data and s.kind not in (Kind.SUMMARY, Kind.EDIT)
    ]


def progress(steps: list[Step], step: Step) -> tuple[int, int]:
    """(position, total) of a step among the questions, for '3/11'.

    Follow-ups share their question's number, so the counter neither jumps nor grows when one appears.
    """
    names = [s.name for s in steps if s.kind not in (Kind.SUMMARY, Kind.EDIT) and s.shown and not s.follows]
    name = step.follows or step.name
    return (names.index(name) + 1 if name in names else 0), len(names)
