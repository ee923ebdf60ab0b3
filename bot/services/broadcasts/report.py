"""What a broadcast looks like: the message each recipient gets (naming the event), and the organisers'
progress and final report."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.present.render import Renderer
from bot.runtime import Runtime
from bot.services.broadcasts.compose import LANGS, language_for, text_of
from bot.text import Html
from storage.broadcasts import CANCELLED, FAILED, PENDING, SENDING, SENT, UNREACHABLE
from storage.models import Broadcast


@dataclass(frozen=True)
class Figures:
    """A broadcast's recipients by outcome, and the time left at the configured rate."""

    total: int
    sent: int
    unreachable: int
    failed: int
    cancelled: int
    remaining: int
    seconds_left: int

    @classmethod
    def of(cls, counts: dict[str, int], rate: float) -> Figures:
        remaining = counts.get(PENDING, 0) + counts.get(SENDING, 0)
        return cls(
            total=sum(counts.values()),
            sent=counts.get(SENT, 0),
            unreachable=counts.get(UNREACHABLE, 0),
            failed=counts.get(FAILED, 0),
            cancelled=counts.get(CANCELLED, 0),
            remaining=remaining,
            seconds_left=math.ceil(remaining / rate),
        )


def title_of(rt: Runtime, event_key: str, lang: str) -> str:
    event = rt.events.get(event_key)
    return event.display_title(lang) if event is not None else event_key


def recipient_text(rt: Runtime, broadcast: Broadcast, lang: str) -> str:
    """The message as a person whose language is `lang` receives it (their language, else the other)."""
    got = language_for(broadcast, lang)
    say = Renderer(rt.i18n, got)
    header = say.t("bc-message-header", title=title_of(rt, broadcast.event_key, got))
    return f"{header}\n\n{text_of(broadcast, got) or ''}"


def message_texts(rt: Runtime, broadcast: Broadcast) -> dict[str, str]:
    """The message in each language a recipient row can name."""
    return {lang: recipient_text(rt, broadcast, lang) for lang in LANGS}


def progress_text(rt: Runtime, broadcast: Broadcast, figures: Figures, final: bool) -> Html:
    """The progress message (edited as sending goes on), or the final report."""
    say = Renderer(rt.i18n, rt.settings.organiser_language)
    title = title_of(rt, broadcast.event_key, say.lang)
    common = {
        "number": broadcast.id,
        "title": title,
        "total": figures.total,
        "sent": figures.sent,
        "unreachable": figures.unreachable,
        "failed": figures.failed,
        "remaining": figures.remaining,
        "cancelled": figures.cancelled,
    }
    if not final:
        return say.t(
            "bc-progress", minutes=figures.seconds_left // 60, seconds=figures.seconds_left % 60, **common
        )
    return say.t("bc-report", status=broadcast.status, **common)
