"""Writing a broadcast, step by step (segment, Spanish text, English text, preview, send or schedule), and
starting it. The broadcast row is the state: a restart or a second process continues at the same step. The
organiser's `composing` field says their next message is the broadcast's text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.broadcasts.segments import REFINE, Audience, audience, refinable
from storage.broadcasts import BroadcastRepository
from storage.models import Broadcast, User

COMPOSING, SCHEDULED, SENDING, DONE, CANCELLED = "composing", "scheduled", "sending", "done", "cancelled"
PROPOSED = "proposed"  # a change notice the bot wrote, waiting for an organiser's tap
SEGMENT, COUNTRY, TEXT_ES, TEXT_EN, PREVIEW, SCHEDULE = (
    "segment",
    "country",
    "text-es",
    "text-en",
    "preview",
    "schedule",
)
CAPTION_LIMIT = 1024  # Telegram's limit for the text that goes with a photo or a document
LANGS = ("es", "en")


def text_of(broadcast: Broadcast, lang: str) -> str | None:
    return broadcast.text_es if lang == "es" else broadcast.text_en


def language_for(broadcast: Broadcast, wanted: str) -> str:
    """The language a person gets: their own when written, else the other one."""
    return wanted if text_of(broadcast, wanted) else ("en" if wanted == "es" else "es")


@dataclass(frozen=True)
class Preview:
    """What the organiser sees before sending: how many get each language, and how many get the other
    language than their own (a fallback), and how many are skipped (they blocked the bot)."""

    total: int
    by_language: dict[str, int]
    fallback: int
    unreachable: int


class Composer:
    """The steps of writing a broadcast."""

    def __init__(self, session: AsyncSession, now: datetime) -> None:
        self.session = session
        self.now = now
        self.repo = BroadcastRepository(session)

    async def begin(self, author: User, event_key: str, chat_id: int) -> Broadcast:
        """A new broadcast for `event_key`; one being written by the same organiser is dropped."""
        await self.drop(author)
        broadcast = await self.repo.add(
            Broadcast(
                event_key=event_key,
                author_id=author.id,
                chat_id=chat_id,
                status=COMPOSING,
                step=SEGMENT,
                created_at=self.now,
                extra={},
            )
        )
        author.composing = broadcast.id
        return broadcast

    async def current(self, author: User) -> Broadcast | None:
        """The broadcast this organiser is writing, if any."""
        if author.composing is None:
            return None
        broadcast = await self.repo.get(author.composing)
        if broadcast is None or broadcast.status != COMPOSING:
            author.composing = None
            return None
        return broadcast

    async def drop(self, author: User) -> Broadcast | None:
        """Stop writing (cancel the draft); the dropped broadcast, if there was one."""
        broadcast = await self.current(author)
        if broadcast is not None:
            await self.repo.change(broadcast.id, (COMPOSING,), status=CANCELLED, step=None)
        author.composing = None
        return broadcast

    async def audience(self, broadcast: Broadcast, segment: str | None = None) -> Audience:
        return await audience(self.repo, broadcast.event_key, segment or broadcast.segment or "all")

    async def choose(self, broadcast: Broadcast, segment: str) -> Audience | None:
        """Pick the segment; an empty one is refused (the step stays). "One State" asks which first
        (None)."""
        if segment == "one-state":
            await self._step(broadcast, SEGMENT, COUNTRY)
            return None
        at = COUNTRY if segment.startswith("state:") else SEGMENT
        people = await self.audience(broadcast, segment)
        if people.reachable and await self._step(broadcast, at, TEXT_ES, segment=segment):
            broadcast.segment = segment
        return people

    async def narrow(self, broadcast: Broadcast, lang: str) -> Audience | None:
        """Keep only the people of the segment who use `lang` (before any text is written); None if no
        longer possible or nobody would be left."""
        segment = broadcast.segment or "all"
        if broadcast.step != TEXT_ES or not refinable(segment):
            return None
        narrowed = f"{segment}{REFINE}{lang}"
        people = await self.audience(broadcast, narrowed)
        if not people.reachable or not await self.repo.advance(
            broadcast.id, TEXT_ES, TEXT_ES, segment=narrowed
        ):
            return None
        broadcast.segment = narrowed
        return people

    async def attach(self, broadcast: Broadcast, kind: str, file_id: str) -> None:
        """A photo or a document to send with the text (one per broadcast: a new one replaces it)."""
        extra = {**(broadcast.extra or {}), "media": {"kind": kind, "file_id": file_id}}
        if await self.repo.change(broadcast.id, (COMPOSING,), extra=extra):
            broadcast.extra = extra

    async def write(self, broadcast: Broadcast, html: str | None) -> str:
        """The text for the current language step (None: skipped); the next step."""
        lang = "es" if broadcast.step == TEXT_ES else "en"
        nxt = TEXT_EN if lang == "es" else PREVIEW
        if nxt == PREVIEW and not html and not broadcast.text_es:
            return broadcast.step or TEXT_EN  # at least one language: ask again
        values = {f"text_{lang}": html} if html else {}
        if await self._step(broadcast, broadcast.step or "", nxt, **values):
            for key, value in values.items():
                setattr(broadcast, key, value)
        return broadcast.step or nxt

    async def preview(self, broadcast: Broadcast) -> Preview:
        people = await self.audience(broadcast)
        by_language = {lang: 0 for lang in LANGS}
        fallback = 0
        for person in people.reachable:
            got = language_for(broadcast, person.language)
            by_language[got] += 1
            fallback += got != person.language
        return Preview(len(people.reachable), by_language, fallback, len(people.unreachable))

    async def ask_time(self, broadcast: Broadcast) -> bool:
        return await self._step(broadcast, PREVIEW, SCHEDULE)

    async def schedule(self, author: User, broadcast: Broadcast, at: datetime) -> bool:
        """Send at `at` (UTC); False if no longer being written."""
        done = await self.repo.change(
            broadcast.id, (COMPOSING,), status=SCHEDULED, step=None, scheduled_at=at
        )
        if done:
            author.composing = None
        return done

    async def send_now(self, author: User, broadcast: Broadcast) -> int | None:
        """Start sending: one row per recipient, written now; how many (None if no longer being written)."""
        if not await self.repo.change(broadcast.id, (COMPOSING,), status=SENDING, step=None):
            return None
        author.composing = None
        return await start(self.repo, broadcast, self.now)

    async def take_proposal(self, proposal_id: int, action: str, author: User, chat_id: int) -> int | None:
        """An organiser's answer to a proposed change notice: send it to all registrants (how many), edit
        it first (it becomes their broadcast, at the Spanish text: 0), or discard it (0). None if it was
        already answered (another organiser, a double tap)."""
        if action == "send":
            if not await self.repo.change(proposal_id, (PROPOSED,), status=SENDING):
                return None
            proposal = await self.repo.get(proposal_id)
            assert proposal is not None
            return await start(self.repo, proposal, self.now)
        if action == "edit":
            await self.drop(author)
            if not await self.repo.change(
                proposal_id, (PROPOSED,), status=COMPOSING, step=TEXT_ES, author_id=author.id, chat_id=chat_id
            ):
                return None
            author.composing = proposal_id
            return 0
        return 0 if await self.repo.change(proposal_id, (PROPOSED,), status=CANCELLED) else None

    async def _step(self, broadcast: Broadcast, at: str, to: str, **values: object) -> bool:
        done = await self.repo.advance(broadcast.id, at, to, **values)
        if done:
            broadcast.step = to
        return done


async def start(repo: BroadcastRepository, broadcast: Broadcast, now: datetime) -> int:
    """Write the recipients of a broadcast that starts sending now (the segment is read now); how many."""
    people = await audience(repo, broadcast.event_key, broadcast.segment or "all", bool(broadcast.reminder))
    await repo.add_recipients(
        broadcast.id, [(p.user_id, language_for(broadcast, p.language)) for p in people.reachable], now
    )
    await repo.add_unreachable(broadcast.id, [p.user_id for p in people.unreachable], now)
    await repo.change(broadcast.id, (SENDING,), started_at=now)
    return len(people.reachable)
