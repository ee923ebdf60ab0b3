"""Applying what a person typed or pressed to their draft: validate, store, move to the next step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.countries import is_country
from bot.countries import match as match_country
from bot.folding import fold
from bot.services.conversations.drafts import DraftService
from bot.services.conversations.form import (
    EDIT_MENU,
    SKIPPED,
    SUMMARY,
    Completion,
    Form,
    Kind,
    Step,
    current_step,
    find_step,
    next_step,
)
from bot.validation import Checked, fail, printable
from storage.models import Draft


@dataclass(frozen=True)
class Outcome:
    """What an input did, for the handler to render.

    status: next (ask `step`), invalid (say `error`, ask again), suggest (offer `suggestions`), hint (use the
    buttons), stale (a button of an older step), duplicate (already handled), repeat (the previous answer
    sent again: ask `step` again), toggled (redraw the buttons),
    stopped (conversation over, say `message`), cancelled, done (confirmed: render `completion`).
    """

    status: str
    step: Step | None = None
    error: Checked | None = None
    suggestions: tuple[str, ...] = ()
    completion: Completion | None = None
    message: str | None = None


REPEAT_WINDOW = timedelta(seconds=10)


class Flow:
    """One draft and its form, for one update."""

    def __init__(self, drafts: DraftService, draft: Draft, form: Form) -> None:
        self.drafts = drafts
        self.draft = draft
        self.form = form

    @property
    def data(self) -> dict[str, Any]:
        return dict(self.draft.data)

    def steps(self, data: dict[str, Any] | None = None) -> list[Step]:
        """The form's steps for these answers (default: the stored ones)."""
        return self.form.steps(self.data if data is None else data)

    def current(self) -> Step:
        """The step the draft is at."""
        return current_step(self.steps(), self.draft.step, self.draft.data)

    async def typed(self, text: str, message_id: int, choice: str | None = None) -> Outcome:
        """A text message; `choice` is the option whose label it matched, for button steps."""
        if message_id <= self.draft.last_message_id:
            return Outcome("duplicate")
        text = printable(text)
        step = self.current()
        if step.kind is Kind.TEXT and self._repeats_previous(step, text):
            return await self._again(step, message_id, Outcome("repeat", step))
        if step.kind is Kind.TEXT:
            checked = await self.form.check(step, text, self.data)
            if checked.ok:
                return await self._store(step, checked.value, message_id)
            return await self._again(step, message_id, Outcome("invalid", step, error=checked))
        if step.kind is Kind.COUNTRY:
            return await self._country(step, text, message_id)
        if step.kind is Kind.CHOICE and choice is not None and step.option(choice):
            return await self._store(step, choice, message_id)
        return await self._again(step, message_id, Outcome("hint", step))

    def _repeats_previous(self, step: Step, text: str) -> bool:
        """The text just accepted for the previous (typed) question, sent again within seconds: a double
        send, not an answer to this question (a name would otherwise land in the next field)."""
        steps = self.steps()
        index = next((i for i, s in enumerate(steps) if s.name == step.name), 0)
        previous = steps[index - 1] if index > 0 else None
        if previous is None or previous.kind is not Kind.TEXT:
            return False
        value = self.draft.data.get(previous.name)
        recent = self.drafts.now - self.draft.updated_at <= REPEAT_WINDOW
        return recent and isinstance(value, str) and fold(value) == fold(text)

    async def _country(self, step: Step, text: str, message_id: int) -> Outcome:
        preferred = tuple(o.value for o in step.options)
        found = match_country(text, preferred)
        if found.code is not None:
            return await self._store(step, found.code, message_id)
        if found.suggestions:
            return await self._again(
                step, message_id, Outcome("suggest", step, suggestions=found.suggestions)
            )
        return await self._again(step, message_id, Outcome("invalid", step, error=fail("flow-error-country")))

    async def _again(self, step: Step, message_id: int, outcome: Outcome) -> Outcome:
        """Ask the same step again, remembering the message so a redelivery is not answered twice."""
        await self.drafts.touch(self.draft, message_id)
        return outcome

    async def _store(self, step: Step, value: Any, message_id: int | None = None) -> Outcome:
        data = self.data
        data[step.name] = value
        stop = self.form.stop_reason(data)
        if stop is not None:
            await self.drafts.cancel(self.draft)
            return Outcome("stopped", message=stop)
        following = next_step(self.steps(data), data)
        if not await self.drafts.move(self.draft, following.name, data, message_id):
            return Outcome("stale")
        return Outcome("next", following)

    async def press(self, token: str, action: str, value: str) -> Outcome:
        """A button of this conversation: `action` and `value` come from its callback data."""
        if token != self.draft.token:
            return Outcome("stale")
        step = self.current()
        handler = {
            "c": self._choose,
            "t": self._toggle,
            "d": self._done,
            "n": self._none,
            "s": self._skip,
            "ok": self._confirm,
            "e": self._edit_menu,
            "ef": self._edit_field,
            "bs": self._back_to_summary,
            "x": self._cancel,
        }.get(action)
        if handler is None:
            return Outcome("stale")
        return await handler(step, value)

    async def _choose(self, step: Step, value: str) -> Outcome:
        if step.kind is Kind.COUNTRY and is_country(value):
            return await self._store(step, value)
        if step.kind is Kind.CHOICE and step.option(value) is not None:
            return await self._store(step, value)
        return Outcome("stale")

    async def _toggle(self, step: Step, value: str) -> Outcome:
        name, _, state = value.rpartition(".")
        if step.kind is not Kind.MULTI or step.option(name) is None or state not in ("0", "1"):
            return Outcome("stale")
        data = self.data
        before = list(data.get(step.name) or [])
        chosen = [v for v in before if v != name]
        data[step.name] = [*chosen, name] if state == "1" else chosen
        if data[step.name] == before:  # a double tap asks for what is already so
            return Outcome("duplicate")
        if not await self.drafts.update_data(self.draft, data):
            return Outcome("stale")
        return Outcome("toggled", step)

    async def _done(self, step: Step, value: str) -> Outcome:
        if step.kind is not Kind.MULTI:
            return Outcome("stale")
        return await self._store(step, list(self.data.get(step.name) or []))

    async def _none(self, step: Step, value: str) -> Outcome:
        if step.kind is not Kind.MULTI:
            return Outcome("stale")
        return await self._store(step, [])

    async def _skip(self, step: Step, value: str) -> Outcome:
        if not step.optional:
            return Outcome("stale")
        return await self._store(step, SKIPPED)

    async def _edit_menu(self, step: Step, value: str) -> Outcome:
        return await self._goto(step, Kind.SUMMARY, EDIT_MENU)

    async def _back_to_summary(self, step: Step, value: str) -> Outcome:
        return await self._goto(step, Kind.EDIT, SUMMARY)

    async def _edit_field(self, step: Step, value: str) -> Outcome:
        target = find_step(self.steps(), value)
        if step.kind is not Kind.EDIT or target is None or not target.editable:
            return Outcome("stale")
        return await self._goto(step, Kind.EDIT, target.name)

    async def _goto(self, step: Step, expected: Kind, target: str) -> Outcome:
        if step.kind is not expected or not await self.drafts.move(self.draft, target, self.data):
            return Outcome("stale")
        return Outcome("next", self.current())

    async def _cancel(self, step: Step, value: str) -> Outcome:
        if not await self.drafts.cancel(self.draft):
            return Outcome("stale")
        return Outcome("cancelled")

    async def _confirm(self, step: Step, value: str) -> Outcome:
        if step.kind is not Kind.SUMMARY:
            return Outcome("stale")
        # Claim the draft first (compare-and-swap), so a double tap or a second process confirms only once.
        if not await self.drafts.move(self.draft, SUMMARY, self.data):
            return Outcome("stale")
        completion = await self.form.complete(self.data)
        if completion.back_to is not None:
            await self.drafts.move(self.draft, completion.back_to, self.data)
            return Outcome("invalid", self.current(), error=fail(completion.status, **completion.args))
        await self.drafts.cancel(self.draft)
        return Outcome("done", completion=completion)
