"""The RSVP conversation: the fields an event enables, in its order, its own questions, a summary."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from babel import Locale

from bot import countries
from bot.events.models import Event, EventFormat
from bot.events.participation import Question, QuestionKind, RegistrationField
from bot.i18n import BABEL_LOCALES
from bot.services.conversations.drafts import RSVP
from bot.services.conversations.form import SUMMARY, Completion, Kind, Option, Step, answered
from bot.validation import Checked, email, long_text, person_name, phone, phone_example, short_text, within
from storage.models import Registration
from storage.models.base import text_limit

DELEGATION_TYPES = ("state", "io", "ngo", "other")
ACCESSIBILITY = ("sign_language", "step_free", "other")
DIETARY = ("none", "vegetarian", "vegan", "other")
ATTENDANCE = ("in_person", "online")
NO_INTERPRETATION = "none"
QUESTION_PREFIX = "q."
Saver = Callable[[dict[str, Any]], Awaitable[Completion]]


def _options(prefix: str, values: tuple[str, ...]) -> tuple[Option, ...]:
    return tuple(Option(v, label_id=f"{prefix}-{v.replace('_', '-')}") for v in values)


def _text(name: str, check: Callable[[str], Checked], optional: bool = False) -> Step:
    slug = name.replace("_", "-")
    return Step(
        name, Kind.TEXT, f"reg-ask-{slug}", check=check, optional=optional, label_id=f"reg-field-{slug}"
    )


def _choice(name: str, options: tuple[Option, ...]) -> Step:
    slug = name.replace("_", "-")
    return Step(name, Kind.CHOICE, f"reg-ask-{slug}", options=options, label_id=f"reg-field-{slug}")


def contact_of(event: Event, lang: str) -> str:
    """The event's contact as one line: its e-mail address, else its web page, else its description."""
    contact = event.contact
    return contact.email or contact.url or (contact.other.get(lang) if contact.other else "")


class RsvpForm:
    """The RSVP steps for one event and person."""

    kind = RSVP

    def __init__(self, event: Event, lang: str, save: Saver, locked: frozenset[str] = frozenset()) -> None:
        self.event = event
        self.lang = lang
        self._save = save
        self.locked = locked  # answers that cannot change now (the State of a pending sponsorship request)

    def steps(self, data: dict[str, Any]) -> list[Step]:
        """Consent, the enabled fields (with their follow-ups), the event's questions, the summary."""
        reg = self.event.registration
        consent = Step(
            "consent",
            Kind.CHOICE,
            "reg-ask-consent",
            prompt_args={
                "title": self.event.display_title(self.lang),
                "contact": contact_of(self.event, self.lang),
            },
            options=_options("reg-consent", ("agree", "decline")),
            editable=False,
            shown=False,
        )
        out = [consent]
        for field in reg.fields if reg else ():
            out.extend(self._field(field, data))
        out.extend(self._question(q) for q in (reg.questions if reg else ()))
        out.append(Step(SUMMARY, Kind.SUMMARY, "reg-summary"))
        return [replace(s, editable=False) if s.name in self.locked else s for s in out]

    def _field(self, field: RegistrationField, data: dict[str, Any]) -> list[Step]:
        state = data.get("delegation_type") == "state"
        match field:
            case RegistrationField.FULL_NAME:
                return [_text("full_name", person_name)]
            case RegistrationField.POSITION:
                return [_text("position", short_text)]
            case RegistrationField.DELEGATION_TYPE:
                return [_choice("delegation_type", _options("reg-delegation", DELEGATION_TYPES))]
            case RegistrationField.COUNTRY:
                return [self._country(state)]
            case RegistrationField.ORGANISATION:
                step = _text("organisation", short_text)
                return [replace(step, prompt_id="reg-ask-organisation-state") if state else step]
            case RegistrationField.EMAIL:
                return [_text("email", email)]
            case RegistrationField.PHONE:
                example = phone_example(self._region(data)) or "none"
                return [replace(_text("phone", phone, optional=True), prompt_args={"example": example})]
            case RegistrationField.ATTENDANCE_MODE:
                return [_choice("attendance_mode", _options("reg-attendance", ATTENDANCE))]
            case RegistrationField.INTERPRETATION_LANGUAGE:
                return [self._interpretation()]
            case RegistrationField.ACCESSIBILITY:
                return self._accessibility(data)
            case RegistrationField.DIETARY:
                return self._dietary(data) if self._in_person(data) else []
        return []

    def _country(self, state: bool) -> Step:
        policy = self.event.sponsorship
        codes = policy.eligible_states if policy else []
        options = tuple(
            sorted(
                (Option(c, label=countries.name(c, self.lang)) for c in codes), key=lambda o: o.label or ""
            )
        )
        prompt = "reg-ask-country-state" if state else "reg-ask-country"
        return Step("country", Kind.COUNTRY, prompt, options=options, label_id="reg-field-country")

    def _interpretation(self) -> Step:
        names = Locale.parse(BABEL_LOCALES[self.lang]).languages
        options = tuple(
            Option(c, label=names.get(c, c).capitalize()) for c in self.event.interpretation or []
        )
        none = Option(NO_INTERPRETATION, label_id="reg-interpretation-none")
        return _choice("interpretation_language", (*options, none))

    def _region(self, data: dict[str, Any]) -> str | None:
        """Whose phone numbers to expect: the delegate's country, else the event's."""
        return data.get("country") or self.event.country

    def _accessibility(self, data: dict[str, Any]) -> list[Step]:
        # Step-free access is a question about a venue: not asked of people who will not be in one.
        needs = (
            ACCESSIBILITY if self._in_person(data) else tuple(a for a in ACCESSIBILITY if a != "step_free")
        )
        step = Step(
            "accessibility",
            Kind.MULTI,
            "reg-ask-accessibility",
            options=_options("reg-access", needs),
            label_id="reg-field-accessibility",
        )
        other = replace(_text("accessibility_other", long_text), follows="accessibility")
        return [step, other] if "other" in (data.get("accessibility") or []) else [step]

    def _in_person(self, data: dict[str, Any]) -> bool:
        return self.event.format is not EventFormat.VIRTUAL and data.get("attendance_mode") != "online"

    def _dietary(self, data: dict[str, Any]) -> list[Step]:
        step = _choice("dietary", _options("reg-diet", DIETARY))
        other = replace(_text("dietary_other", long_text), follows="dietary")
        return [step, other] if data.get("dietary") == "other" else [step]

    def _question(self, question: Question) -> Step:
        prompt = question.prompt.get(self.lang)
        options = tuple(Option(o.id, label=o.label.get(self.lang)) for o in question.options)
        kind = Kind.CHOICE if question.kind is QuestionKind.CHOICE else Kind.TEXT
        return Step(
            f"{QUESTION_PREFIX}{question.id}",
            kind,
            "reg-ask-question",
            prompt_args={"question": prompt},
            options=options,
            optional=not question.required,
            check=long_text if kind is Kind.TEXT else None,
            label_text=prompt,
        )

    async def check(self, step: Step, text: str, data: dict[str, Any]) -> Checked:
        """Typed answers are checked by the step's own rule, and against the length of their column."""
        if step.name == "phone":
            checked = phone(text, self._region(data))
        else:
            checked = step.check(text) if step.check else Checked(text.strip())
        return within(checked, text_limit(Registration, step.name))

    def stop_reason(self, data: dict[str, Any]) -> str | None:
        """Refusing consent ends the conversation; nothing is stored."""
        return "reg-consent-declined" if data.get("consent") == "decline" else None

    async def complete(self, data: dict[str, Any]) -> Completion:
        """Store the answers that belong to the conversation as it is now."""
        values = {step.name: value for step, value in answered(self.steps(data), data)}
        return await self._save(values)
