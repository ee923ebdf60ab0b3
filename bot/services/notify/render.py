"""Queued notices as Telegram HTML (and plain text for e-mail copies), rendered when they are sent."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from babel.dates import format_date

from bot import countries
from bot.events.models import Event
from bot.events.registry import EventRegistry
from bot.i18n import BABEL_LOCALES, I18n, format_datetime
from bot.present.render import Renderer
from bot.services.audit import question_ref, request_ref
from bot.services.notify.notices import (
    ANSWER,
    CODE_ISSUED,
    CODE_REQUEST,
    DECISION,
    EXPIRED,
    FORGOTTEN,
    NOMINEE_DECISION,
    NOMINEE_MAIL,
    QUESTION,
    REGISTRATION,
    SPONSORSHIP,
    UNREACHABLE,
)
from bot.services.organisers.decisions import FAQ_BUTTON, post_buttons
from bot.services.organisers.floor import FLOOR_CHOICES, FLOOR_QUESTION, FLOOR_TEXT
from bot.services.registration.form import contact_of
from bot.text import Html, shorten

MAX_SLOT_LABEL = 70
# A question or answer quoted in a post (characters shown): posts stay one message, which edits can replace.
MAX_QUOTE = 1500
MAX_QUESTION_ECHO = 500  # the question repeated above its answer, to the delegate
_TAG = re.compile(r"<[^>]+>")
ISSUE_CODE = "ic"  # the organisers' button that issues an invitation code asked for


@dataclass(frozen=True)
class Action:
    """A button: its label, and the callback kind and argument the dispatcher signs."""

    label: str
    kind: str
    arg: str
    signed: bool = True  # False for buttons whose handler checks the presser itself (resume a draft)


@dataclass(frozen=True)
class Rendered:
    """A notice as HTML, with its buttons."""

    html: str
    actions: tuple[Action, ...] = ()

    def plain(self) -> str:
        """The text without markup (e-mail copies)."""
        return html.unescape(_TAG.sub("", self.html))

    def subject(self) -> str:
        """The first line, as an e-mail subject."""
        return self.plain().split("\n", 1)[0].strip()


def cut(text: str, limit: int) -> str:
    """`text`, shortened with an ellipsis beyond `limit` characters."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NoticeRenderer:
    """Renders each kind of notice in one language."""

    def __init__(self, i18n: I18n, events: EventRegistry, minutes: int = 0) -> None:
        self.i18n = i18n
        self.events = events
        self.minutes = minutes  # the idle time after which a conversation is paused

    def render(self, template: str, payload: dict[str, Any], event_key: str | None, lang: str) -> Rendered:
        """The notice `template` built from its payload."""
        r = Renderer(self.i18n, lang)
        event = self.events.get(event_key) if event_key else None
        title = event.display_title(lang) if event else (event_key or "")
        view = _View(r, payload, event)
        if template == REGISTRATION:
            return view.registration(title)
        if template == SPONSORSHIP:
            return view.sponsorship(title)
        if template == QUESTION:
            return view.question(title)
        if template in (DECISION, NOMINEE_DECISION, NOMINEE_MAIL):
            return view.decision(template, title, contact_of(event, lang) if event else "")
        if template == ANSWER:
            question = shorten(payload["text"], MAX_QUESTION_ECHO, r.plain("text-shortened"))
            return Rendered(r.t("notify-answer", question=question, answer=payload["answer"]))
        if template == EXPIRED:
            return _expired(r, payload, title, self.minutes)
        if template == CODE_REQUEST:
            return view.code_request(title)
        if template == CODE_ISSUED:
            return Rendered(
                r.t("notify-code-issued", code=payload["code"], link=payload["link"], title=title)
            )
        if template == UNREACHABLE:
            error, since = payload["error"], view.when("since")
            return Rendered(r.t("org-unreachable", chat=str(payload["chat"]), error=error, since=since))
        if template == FORGOTTEN:
            references = ", ".join(payload["references"])
            count = len(payload["references"])
            return Rendered(r.t("forget-organisers", count=count, references=references, events=event_key))
        raise ValueError(f"unknown notice template {template!r}")


def _expired(r: Renderer, payload: dict[str, Any], title: str, minutes: int) -> Rendered:
    """'Your registration was paused…', with the buttons to resume it or start over."""
    draft = payload["draft"]
    return Rendered(
        r.t("flow-expired", kind=payload["kind"], title=title, minutes=minutes),
        (
            Action(r.plain("flow-resume"), "rf", f"{draft}:go", signed=False),
            Action(r.plain("flow-start-over"), "rf", f"{draft}:new", signed=False),
        ),
    )


class _View:
    """One notice being rendered."""

    def __init__(self, r: Renderer, payload: dict[str, Any], event: Event | None) -> None:
        self.r = r
        self.p = payload
        self.event = event

    @property
    def lang(self) -> str:
        return self.r.lang

    def value(self, key: str) -> str:
        """A payload value, or a dash."""
        found = self.p.get(key)
        return str(found) if found not in (None, "") else self.r.i18n.t(self.lang, "org-none")

    def label(self, msg_id: str, fallback: str) -> str:
        """A message if it exists (an answer's label), else the raw value."""
        return self.r.i18n.t(self.lang, msg_id) if self.r.i18n.has(self.lang, msg_id) else fallback

    def quote(self, key: str) -> str:
        """A delegate's or an organiser's words in a post, shortened (saying so) to keep it one message."""
        return shorten(self.p[key], MAX_QUOTE, self.r.plain("text-shortened"))

    def when(self, key: str) -> str:
        """A stored instant in the event's time zone, naming the zone."""
        instant = datetime.fromisoformat(self.p[key])
        tz = self.event.tzinfo if self.event else UTC
        zone = self.event.timezone.rsplit("/", 1)[-1].replace("_", " ") if self.event else "UTC"
        return self.r.i18n.t(self.lang, "flow-when", time=format_datetime(instant, self.lang, tz), zone=zone)

    def day(self, key: str) -> str:
        found = self.p.get(key)
        if not found:
            return self.value(key)
        return format_date(date.fromisoformat(found), "long", locale=BABEL_LOCALES[self.lang])

    def yes_no(self, key: str) -> str:
        found = self.p.get(key)
        if found is None:
            return self.value(key)
        return self.r.i18n.t(self.lang, "org-yes" if found else "org-no")

    def language(self) -> str:
        code = self.p.get("language") or "en"
        return self.label(f"language-name-{code}", code)

    def country(self, code: str | None) -> str:
        return countries.name(code, self.lang) if code else self.value("country")

    def registration(self, title: str) -> Rendered:
        r, p = self.r, self.p
        parts = [
            r.t("org-reg-head", change=p["change"], reference=p["reference"], title=title),
            self.person(),
            self.floor(),
        ]
        if p.get("changed"):
            fields = [self.field(name) for name in p["changed"]]
            parts.append(r.t("org-reg-changed", fields=", ".join(fields)))
        return Rendered(r.join(parts))

    def person(self) -> str:
        """Who a registration is: name, position, delegation, country, organisation, e-mail, language."""
        delegation = self.p.get("delegation") or ""
        return self.r.t(
            "org-reg-body",
            name=self.value("name"),
            position=self.value("position"),
            delegation=self.label(f"reg-delegation-{delegation}", self.value("delegation")),
            country=self.country(self.p.get("country")),
            organisation=self.value("organisation"),
            email=self.value("email"),
            language=self.language(),
        )

    def floor(self) -> str:
        """A request for the floor or a question for a debate (the event's `contribution` question)."""
        answers = self.p.get("answers") or {}
        kind = answers.get(FLOOR_QUESTION)
        if kind not in FLOOR_CHOICES:
            return ""
        topic = str(answers.get(FLOOR_TEXT) or "")
        quoted = self.r.t(
            "org-reg-floor-topic", topic=shorten(topic, MAX_QUOTE, self.r.plain("text-shortened"))
        )
        return self.r.join([self.r.t("org-reg-floor", kind=kind), quoted if topic else ""])

    def code_request(self, title: str) -> Rendered:
        """An organisation asks for an invitation code: a button issues it; once issued, by whom."""
        r, p = self.r, self.p
        parts = [r.t("org-code-request-head", reference=p["reference"], title=title), self.person()]
        if "code" not in p:
            label = r.plain("org-btn-issue-code")
            return Rendered(
                r.join([*parts, r.t("org-code-request-hint")]),
                (Action(label, ISSUE_CODE, str(p["registration"])),),
            )
        issued = r.t("org-code-request-issued", code=p["code"], name=p["by"], when=self.when("at"))
        return Rendered(r.join([*parts, issued]))

    def field(self, name: str) -> str:
        if name == "answers":
            return self.r.i18n.t(self.lang, "org-field-answers")
        return self.label(f"reg-field-{name.replace('_', '-')}", name)

    def party(self) -> str:
        party = self.p.get("party") or ""
        if party.startswith("org:"):
            return self.value("organisation")
        return self.country(party)

    def slot(self) -> str:
        slot_id = self.p.get("slot") or ""
        policy = self.event.sponsorship if self.event else None
        for slot in policy.slots if policy else []:
            if slot.id == slot_id:
                role = slot.role.get(self.lang)
                return cut(role, MAX_SLOT_LABEL)
        return slot_id

    def sponsorship(self, title: str) -> Rendered:
        r, p = self.r, self.p
        change = p.get("change", "submitted")
        parts = [
            r.t(
                "org-spons-head",
                change=change,
                request=request_ref(p["request"]),
                reference=p["reference"],
                title=title,
            ),
            r.t(
                "org-spons-body",
                nominee=self.value("nominee"),
                position=self.value("nominee_position"),
                email=self.value("nominee_email"),
                requester=self.value("requester"),
                party=self.party(),
                slot=self.slot(),
                city=self.value("city"),
                accommodation=self.yes_no("accommodation"),
                meals=self.yes_no("meals"),
                arrival=self.day("arrival"),
                departure=self.day("departure"),
                status=r.i18n.t(self.lang, "org-status", status=p["status"]),
            ),
        ]
        if "by" in p:
            parts.append(r.t("org-spons-decided", status=p["status"], name=p["by"], when=self.when("at")))
            if reason := self.reason():
                parts.append(r.t("org-spons-reason", reason=reason))
        if "withdrawn_at" in p:
            parts.append(r.t("org-spons-withdrawn", when=self.when("withdrawn_at")))
        buttons = post_buttons(p["status"]) if change == "submitted" else []
        actions = tuple(
            Action(r.i18n.t(self.lang, label), kind, f"{p['request']}:{code}".rstrip(":"))
            for label, kind, code in buttons
        )
        return Rendered(r.join(parts), actions)

    def reason(self) -> str | None:
        """A decision's reason in this notice's language: a standard one from the event file (by its id,
        shown as the id if the file no longer has it), or the organiser's own words."""
        if self.p.get("reason_text"):
            return self.quote("reason_text")
        reason_id = self.p.get("reason_id")
        policy = self.event.sponsorship if self.event else None
        standard = policy.reason(reason_id) if policy is not None and reason_id else None
        return standard.text.get(self.lang) if standard is not None else reason_id

    def decision(self, template: str, title: str, contact: str) -> Rendered:
        """The delegate who asked, or the colleague they nominated, is told of a decision and its reason."""
        r, p = self.r, self.p
        if template == NOMINEE_DECISION:
            requester = self.value("requester")
            text = r.t("notify-nominee-decision", status=p["status"], requester=requester, title=title)
        elif template == NOMINEE_MAIL:  # an e-mail: its first line is the subject
            requester, nominee = self.value("requester"), self.value("nominee")
            text = r.t(
                "notify-nominee-mail", status=p["status"], requester=requester, nominee=nominee, title=title
            )
        else:
            text = r.t("notify-decision", status=p["status"], nominee=p["nominee"], title=title)
        reason = self.reason()
        return Rendered(
            r.join(
                [
                    r.t("notify-decision-changed") if p.get("changed") else "",
                    text,
                    r.t("notify-decision-reason", reason=reason) if reason else "",
                    r.t("notify-decision-contact", contact=contact) if contact else "",
                ]
            )
        )

    def question(self, title: str) -> Rendered:
        r, p = self.r, self.p
        state = p.get("state", "open")
        reference = r.t("org-question-reference", reference=p["reference"]) if p.get("reference") else ""
        parts = [
            r.t("org-question-head", question=question_ref(p["question"]), title=title),
            r.t(
                "org-question-body",
                language=self.language(),
                reference=Html(reference),
                text=self.quote("text"),
            ),
        ]
        if state == "open":
            parts.append(r.t("org-question-hint"))
        else:
            answer = self.quote("answer")
            parts.append(r.t("org-question-answered", name=p["by"], when=self.when("at"), answer=answer))
        if state == "faq":
            parts.append(r.t("org-question-faq", name=p["faq_by"], when=self.when("faq_at")))
        label = r.i18n.t(self.lang, "org-btn-faq")
        actions = (Action(label, FAQ_BUTTON, str(p["question"])),) if state == "answered" else ()
        return Rendered(r.join(parts, "\n\n"), actions)
