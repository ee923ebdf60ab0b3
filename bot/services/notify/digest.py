"""A digest: several notices for one organisers' group in one message, when more are due than Telegram's
pace allows (bot/services/notify/pace.py). Each notice is a line with its reference (its e-mail copy, if
any, is as usual). Notices that carry buttons or are edited later are never digested."""

from __future__ import annotations

from collections.abc import Sequence

from bot import countries
from bot.present.render import Renderer
from bot.services.audit import request_ref
from bot.services.notify.notices import FORGOTTEN, REGISTRATION, SPONSORSHIP
from bot.services.notify.outbox import Job
from bot.services.notify.render import NoticeRenderer, cut

MAX_NAME = 60  # a name in a digest line
MAX_REFERENCES = 150  # the references a deletion removed, in a digest line


def digest(notices: NoticeRenderer, jobs: Sequence[Job], lang: str) -> str:
    """The digest of `jobs` as HTML in `lang`: how many, then one line each, under each event's title."""
    r = Renderer(notices.i18n, lang)
    by_event: dict[str | None, list[str]] = {}
    for job in jobs:
        by_event.setdefault(job.event_key, []).append(_line(notices, r, job))
    parts: list[str] = [r.t("org-digest-head", count=len(jobs))]
    for key, lines in by_event.items():
        event = notices.events.get(key) if key else None
        title = event.display_title(lang) if event else (key or "")
        parts.append("\n".join([r.t("org-digest-event", title=title), *lines]))
    return "\n\n".join(parts)


def _line(notices: NoticeRenderer, r: Renderer, job: Job) -> str:
    """One notice as one line."""
    p = job.payload
    if job.template == REGISTRATION:
        code = p.get("country")
        return r.t(
            "org-digest-registration",
            change=p.get("change", "new"),
            reference=p["reference"],
            name=cut(p.get("name") or r.plain("org-none"), MAX_NAME),
            country=countries.name(code, r.lang) if code else r.plain("org-none"),
        )
    if job.template == SPONSORSHIP:
        return r.t(
            "org-digest-sponsorship",
            change=p.get("change", "submitted"),
            request=request_ref(p["request"]),
            reference=p["reference"],
            nominee=cut(p.get("nominee") or r.plain("org-none"), MAX_NAME),
        )
    if job.template == FORGOTTEN:
        return r.t("org-digest-forgotten", references=cut(", ".join(p["references"]), MAX_REFERENCES))
    return notices.render(job.template, p, job.event_key, r.lang).html.split("\n", 1)[0]
