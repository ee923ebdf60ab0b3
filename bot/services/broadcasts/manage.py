"""Organisers' views of broadcasts: the latest ones with their figures, cancelling, reading a time."""

from __future__ import annotations

from datetime import datetime, tzinfo

from dateutil import parser as dateparser
from sqlalchemy.ext.asyncio import AsyncSession

from bot.present.render import Renderer
from bot.runtime import Runtime
from bot.services.broadcasts.compose import CANCELLED, SCHEDULED, SENDING
from bot.services.broadcasts.report import Figures, title_of
from storage.broadcasts import BroadcastRepository

LISTED = 10


def parse_when(text: str, tz: tzinfo | None) -> datetime | None:
    """A date and time an organiser wrote ("2026-04-20 09:00", "20/4/2026 9:00"), in the event's zone;
    None when it is not one (a date alone is not enough: the time matters)."""
    text = text.strip()
    if not any(ch.isdigit() for ch in text) or ":" not in text:
        return None
    try:
        parsed = dateparser.parse(text, dayfirst="/" in text)
    except (ValueError, OverflowError):
        return None
    if parsed.tzinfo is None and tz is not None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed if parsed.tzinfo is not None else None


async def recent(session: AsyncSession, rt: Runtime, voice: Renderer) -> list[str]:
    """One paragraph per recent broadcast, newest first."""
    repo = BroadcastRepository(session)
    lines = []
    for broadcast in await repo.latest(LISTED):
        figures = Figures.of(await repo.counts(broadcast.id), rt.settings.broadcast_rate)
        lines.append(
            voice.t(
                "bc-list-line",
                number=broadcast.id,
                title=title_of(rt, broadcast.event_key, voice.lang),
                status=broadcast.status,
                segment=voice.plain("bc-segment", code=broadcast.segment or "all"),
                when=voice.when(
                    broadcast.scheduled_at or broadcast.started_at or broadcast.created_at,
                    broadcast.event_key,
                ),
                total=figures.total,
                sent=figures.sent,
                unreachable=figures.unreachable,
                failed=figures.failed,
                cancelled=figures.cancelled,
            )
        )
    return lines


async def cancel_broadcast(
    session: AsyncSession, now: datetime, wanted: int | None
) -> tuple[int, int, int] | None:
    """Stop broadcast `wanted` (else the newest being sent or scheduled): its number, the rows left unsent,
    the rows already sent; None if there is no such broadcast to stop."""
    repo = BroadcastRepository(session)
    active = await repo.with_status(SENDING, SCHEDULED)
    chosen = [b for b in active if wanted is None or b.id == wanted]
    if not chosen:
        return None
    broadcast = chosen[-1]
    if not await repo.change(broadcast.id, (SENDING, SCHEDULED), status=CANCELLED, finished_at=now):
        return None
    unsent = await repo.cancel_pending(broadcast.id)
    counts = await repo.counts(broadcast.id)
    return broadcast.id, unsent, counts.get("sent", 0)
