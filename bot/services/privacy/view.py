"""/mydata as a readable message, in the person's language (the JSON file has every column)."""

from __future__ import annotations

import html
from datetime import UTC, tzinfo

from bot.events.models import Event
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from bot.services.organisers.lookup_view import DetailView
from bot.services.privacy.data import PersonalData
from storage.models import Registration

QUESTION_SHOWN = 300  # characters of a question shown in the message; the file has it all


class PersonalDataView:
    """Renders a person's data for them: settings, registrations with requests, drafts, questions."""

    def __init__(self, i18n: I18n, lang: str, events: EventRegistry) -> None:
        self.i18n = i18n
        self.lang = lang
        self.events = events
        self.view = DetailView(i18n, lang)

    def t(self, msg_id: str, **args: object) -> str:
        """A message in the reader's language (the caller escapes typed text)."""
        return self.i18n.t(self.lang, msg_id, **args)

    def _event(self, key: str | None) -> tuple[Event | None, str]:
        event = self.events.get(key) if key else None
        return event, (event.display_title(self.lang) if event else key or "")

    def _zone(self, event: Event | None) -> tzinfo:
        return event.tzinfo if event else UTC

    def text(self, data: PersonalData) -> str:
        """The whole message, section by section; empty sections are left out."""
        parts = [self.t("mydata-title"), self._settings(data)]
        if data.registrations:
            parts.append(self.t("mydata-registrations-title"))
        parts += [self._registration(data, r) for r in data.registrations]
        parts += self._drafts(data) + self._questions(data) + self._invitations(data)
        if not (data.registrations or data.drafts or data.questions):
            parts.append(self.t("mydata-nothing"))
        if data.audit:
            parts.append(self.t("mydata-audit", count=len(data.audit)))
        parts.append(self.t("mydata-footer"))
        return "\n\n".join(parts)

    def _settings(self, data: PersonalData) -> str:
        user, line = data.user, self.view.line
        event, title = self._event(user.current_event)
        lines = [
            self.t("mydata-settings-title"),
            line(self.t("mydata-label-telegram"), str(user.id)),
            line(self.t("mydata-label-language"), self.t(f"language-name-{user.language}")),
            line(self.t("mydata-label-timezone"), user.timezone),
            line(self.t("mydata-label-event"), title or None),
            line(self.t("mydata-label-since"), self.view.when(user.created_at, self._zone(event))),
        ]
        return "\n".join(lines)

    def _registration(self, data: PersonalData, r: Registration) -> str:
        event, title = self._event(r.event_key)
        status = self.t("find-status", status=r.status)
        head = self.i18n.t(
            self.lang,
            "mydata-registration-title",
            reference=r.reference,
            title=html.escape(title),
            status=status,
        )
        lines = [head, *self.view.registration(r, event)]
        requests = data.requests_of(r)
        if requests:
            lines.append(self.t("mydata-requests-title"))
        for q in requests:
            state = self.t("spons-status", status=q.status)
            lines.append(self.t("mydata-request-title", nominee=html.escape(q.nominee_name), status=state))
            lines += self.view.request(q, event)
        return "\n".join(lines)

    def _drafts(self, data: PersonalData) -> list[str]:
        if not data.drafts:
            return []
        lines = [self.t("mydata-drafts-title")]
        for d in data.drafts:
            event, title = self._event(d.event_key)
            when = self.view.when(d.created_at, self._zone(event))
            lines.append(self.t("mydata-draft-line", kind=d.kind, title=html.escape(title), date=when))
        return ["\n".join(lines)]

    def _questions(self, data: PersonalData) -> list[str]:
        if not data.questions:
            return []
        lines = [self.t("mydata-questions-title")]
        for q in data.questions:
            event, _ = self._event(q.event_key)
            when = self.view.when(q.created_at, self._zone(event))
            lines.append(self.t("mydata-question-line", date=when, text=html.escape(_cut(q.text))))
        return ["\n".join(lines)]

    def _invitations(self, data: PersonalData) -> list[str]:
        if not data.invitations:
            return []
        lines = [self.t("mydata-invitations-title")]
        lines += [
            self.i18n.t(
                self.lang, "mydata-invitation-line", code=i.code, organisation=html.escape(i.organisation)
            )
            for i in data.invitations
        ]
        return ["\n".join(lines)]


def _cut(text: str) -> str:
    return text if len(text) <= QUESTION_SHOWN else text[: QUESTION_SHOWN - 1] + "…"
