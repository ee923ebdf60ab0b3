"""A registration and its sponsorship requests, every stored field, as Telegram HTML in one language.

Shared by the organisers' /registration and the delegates' /mydata. Typed values are escaped here.
"""

from __future__ import annotations

import html
from datetime import date, datetime, tzinfo
from typing import Any

from babel import Locale
from babel.dates import format_date

from bot import countries
from bot.events.models import Event
from bot.events.participation import QuestionKind
from bot.i18n import BABEL_LOCALES, I18n, format_datetime
from bot.services.registration.service import FIELDS
from storage.models import Registration, SponsorshipRequest

# Fields whose stored codes have a label of their own: field -> Fluent id prefix.
CODED = {
    "delegation_type": "reg-delegation",
    "attendance_mode": "reg-attendance",
    "dietary": "reg-diet",
    "accessibility": "reg-access",
}
REQUEST_FIELDS = (
    "slot_id",
    "nominee_name",
    "nominee_position",
    "nominee_email",
    "departure_city",
    "accommodation",
    "meals",
    "arrival_date",
    "departure_date",
)


class DetailView:
    """Renders records for one reader: messages in `lang`, times in the event's zone."""

    def __init__(self, i18n: I18n, lang: str) -> None:
        self.i18n = i18n
        self.lang = lang

    def line(self, label: str, value: str | None) -> str:
        shown = html.escape(value, quote=False) if value else self.i18n.t(self.lang, "flow-skipped")
        return self.i18n.t(self.lang, "flow-summary-line", label=html.escape(label, quote=False), value=shown)

    def when(self, instant: datetime, zone: tzinfo) -> str:
        return format_datetime(instant, self.lang, zone)

    def day(self, value: date) -> str:
        return format_date(value, "long", locale=BABEL_LOCALES[self.lang])

    def _value(self, name: str, value: Any) -> str | None:
        if value is None or value == []:
            return None
        if name == "country":
            return countries.name(value, self.lang)
        if name == "interpretation_language":
            if value == "none":
                return self.i18n.t(self.lang, "reg-interpretation-none")
            return Locale.parse(BABEL_LOCALES[self.lang]).languages.get(value, value).capitalize()
        if name in CODED:
            codes = value if isinstance(value, list) else [value]
            return ", ".join(self.i18n.t(self.lang, f"{CODED[name]}-{c.replace('_', '-')}") for c in codes)
        return str(value)

    def registration(self, r: Registration, event: Event | None) -> list[str]:
        """Every stored field of a registration (skipped ones shown as such), then the event's questions."""
        lines = [
            self.line(
                self.i18n.t(self.lang, f"reg-field-{n.replace('_', '-')}"), self._value(n, getattr(r, n))
            )
            for n in FIELDS
        ]
        questions = {q.id: q for q in (event.registration.questions if event and event.registration else [])}
        for key, value in (r.answers or {}).items():
            question = questions.get(key)
            label = question.prompt.get(self.lang) if question else key
            if question is not None and question.kind is QuestionKind.CHOICE:
                value = next((o.label.get(self.lang) for o in question.options if o.id == value), value)
            lines.append(self.line(label, str(value) if value is not None else None))
        return lines

    def request(self, q: SponsorshipRequest, event: Event | None) -> list[str]:
        """A sponsorship request's fields (the role named as the event file names it)."""
        roles = {
            s.id: s.role.get(self.lang)
            for s in (event.sponsorship.slots if event and event.sponsorship else [])
        }
        lines = []
        for name in REQUEST_FIELDS:
            value = getattr(q, name)
            if name == "slot_id":
                value = roles.get(value, value)
            elif isinstance(value, bool):
                value = self.i18n.t(self.lang, "spons-yes" if value else "spons-no")
            elif isinstance(value, date):
                value = self.day(value)
            label_id = "spons-field-slot" if name == "slot_id" else f"spons-field-{name.replace('_', '-')}"
            lines.append(self.line(self.i18n.t(self.lang, label_id), value))
        return lines
