"""Sending one outbox message: a group post (or a digest of several) or edit, a message to a delegate, an
e-mail copy; and what a failure means. A delegate who blocked the bot will not unblock it for a retry: given
up. An organisers' group may let the bot back in, or be found again: retried, and reported unreachable. A
group upgraded to a supergroup is followed at once; a formatting tag the Bot API refuses (a self-hosted
server older than the tag) is dropped, its text kept."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bot.callbacks import encode
from bot.mail import Mailer, MailError
from bot.runtime import Runtime
from bot.services.notify.digest import digest
from bot.services.notify.groups import ChatMoves, GroupOutbox
from bot.services.notify.notices import organisers_chat
from bot.services.notify.outbox import DELEGATE, EDIT, GROUP, MAIL, Job
from bot.services.notify.render import Action, NoticeRenderer, Rendered
from bot.signing import signed
from bot.text import fallback_html, refused_tag, split_message
from storage.models import Post

log = logging.getLogger(__name__)
T = TypeVar("T")
NOT_MODIFIED = "message is not modified"
# A 400 meaning the bot cannot post in the group now (Telegram also answers a 403): it may be let back in.
UNREACHABLE = (
    "chat not found",
    "not enough rights to send",
    "have no rights to send",
    "chat_write_forbidden",
)
MAX_REFUSED_TAGS = 3  # tags dropped from one message before it is given up


@dataclass(frozen=True)
class Delivery:
    """How sending went: sent (where), retry (after at least `after`), fail, skip, or wait (for its post).
    A group post says how many messages it took (`messages`, counted for the group's pace); a group that
    could not be reached is named (`chat_id`, `unreachable`)."""

    kind: str
    detail: str = ""
    chat_id: int | None = None
    message_id: int | None = None
    after: timedelta | None = None
    messages: int = 0
    unreachable: bool = False


class Sender:
    """Sends through the bot and the mailer."""

    def __init__(self, bot: Bot, rt: Runtime, moves: ChatMoves | None = None) -> None:
        self.bot = bot
        self.rt = rt
        self.moves = moves if moves is not None else ChatMoves()
        self.mailer = Mailer(rt.settings)
        self.renderer = NoticeRenderer(rt.i18n, rt.events, rt.settings.conversation_timeout_minutes)

    def render(self, job: Job) -> Rendered:
        """The message in the delegate's language (or an e-mail's own recipient's), or in the organisers'."""
        own = job.channel == DELEGATE or (job.channel == MAIL and job.payload.get("to"))
        lang = job.language if own else self.rt.settings.organiser_language
        return self.renderer.render(job.template, job.payload, job.event_key, lang or "en")

    def organisers_chat(self, event_key: str | None) -> int | None:
        """Where an event's notices go now (a group that became a supergroup by its new id)."""
        return organisers_chat(self.rt.events, self.rt.settings, event_key, self.moves.known)

    async def deliver(self, job: Job, post: Post | None) -> Delivery:
        """Send `job` (an edit gets its post as it is now); failures become a Delivery, never an exception."""
        if job.channel == GROUP:
            chat = job.chat_id if job.chat_id is not None else self.organisers_chat(job.event_key)
            if chat is None:
                return Delivery("skip", "no organisers' chat")
            rendered = self.render(job)
            markup = self.keyboard(rendered.actions)
            return await self._guarded(GROUP, chat, self._post(chat, rendered.html, markup))
        if job.channel == EDIT:
            if post is None or post.chat_id is None or post.message_id is None:
                return Delivery("skip", "the post was never sent")
            return await self._guarded(EDIT, post.chat_id, self._edit(job, post.chat_id, post.message_id))
        if job.channel == DELEGATE:
            if job.user_id is None:
                return Delivery("fail", "no recipient")
            return await self._guarded(DELEGATE, job.user_id, self._message(job.user_id, self.render(job)))
        if job.channel == MAIL:
            return await self._guarded(MAIL, None, self._mail(job))
        return Delivery("fail", f"unknown channel {job.channel}")

    async def digest(self, jobs: Sequence[Job], chat_id: int) -> Delivery:
        """Post several notices (none with buttons) in `chat_id` as one message."""
        html = digest(self.renderer, jobs, self.rt.settings.organiser_language)
        return await self._guarded(GROUP, chat_id, self._post(chat_id, html, None))

    async def _guarded(self, channel: str, chat: int | None, sending: Awaitable[Delivery]) -> Delivery:
        """The outcome of `sending`, failures included."""
        try:
            return await sending
        except RetryAfter as exc:
            return Delivery("retry", "flood control", after=_seconds(exc.retry_after))
        except Forbidden as exc:
            if channel == DELEGATE:  # a delegate who blocked the bot stays unreachable
                return Delivery("fail", exc.message)
            return self._unreachable(chat, exc.message)  # a group may let the bot back in
        except BadRequest as exc:
            message = exc.message.lower()
            if channel == EDIT and NOT_MODIFIED in message:
                return Delivery("sent")
            if channel in (GROUP, EDIT) and any(reason in message for reason in UNREACHABLE):
                return self._unreachable(chat, exc.message)
            return Delivery("fail", exc.message)
        except TelegramError as exc:  # network trouble, timeouts, Telegram's own errors: try again later
            return Delivery("retry", f"{type(exc).__name__}: {exc.message}")
        except MailError as exc:
            return Delivery("retry", str(exc))

    def _unreachable(self, chat: int | None, error: str) -> Delivery:
        chat = self.moves.follow(chat) if chat is not None else None
        return Delivery("retry", error, chat_id=chat, unreachable=chat is not None)

    async def _post(self, chat_id: int, html: str, markup: InlineKeyboardMarkup | None) -> Delivery:
        send = functools.partial(self._send, html=html, markup=markup)
        chat_id, ids = await self._following(chat_id, send)
        return Delivery("sent", chat_id=chat_id, message_id=ids[-1], messages=len(ids))

    async def _edit(self, job: Job, posted_in: int, message_id: int) -> Delivery:
        rendered = self.render(job)
        markup = self.keyboard(rendered.actions)
        chat_id = self.moves.follow(posted_in)
        if chat_id == posted_in:
            edit = functools.partial(
                self.bot.edit_message_text,
                chat_id=chat_id,
                message_id=message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
            )
            try:
                await self._tolerant(rendered.html, edit)
                return Delivery("sent", chat_id=chat_id)
            except ChatMigrated as exc:
                chat_id = await self._moved(chat_id, exc.new_chat_id)
        # The post is in the history the group had before it became a supergroup, which the bot can no longer
        # change; and a supergroup numbers its messages afresh, so the same message id there may be another
        # post. The post is made again in the supergroup (later edits and replies go to it).
        return await self._post(chat_id, rendered.html, markup)

    async def _message(self, user_id: int, rendered: Rendered) -> Delivery:
        await self._send(user_id, rendered.html, self.keyboard(rendered.actions))
        return Delivery("sent")

    async def _mail(self, job: Job) -> Delivery:
        """An e-mail to its own recipient (a nominee), else the organisers' copy of a notice."""
        event = self.rt.events.get(job.event_key) if job.event_key else None
        organisers = self.rt.settings.organiser_email or (event.contact.email if event else None)
        address = job.payload.get("to") or organisers
        if not self.mailer.enabled or not address:
            return Delivery("skip", "no SMTP server or no address")
        rendered = self.render(job)
        await self.mailer.send(address, rendered.subject(), rendered.plain())
        return Delivery("sent")

    def keyboard(self, actions: tuple[Action, ...]) -> InlineKeyboardMarkup | None:
        """Signed buttons share one row (organisers' decisions); unsigned ones get a row each."""
        if not actions:
            return None
        row = [
            InlineKeyboardButton(a.label, callback_data=signed(self.rt.settings, a.kind, a.arg))
            for a in actions
            if a.signed
        ]
        rows = [
            [InlineKeyboardButton(a.label, callback_data=encode(a.kind, a.arg))]
            for a in actions
            if not a.signed
        ]
        return InlineKeyboardMarkup([row, *rows] if row else rows)

    async def _send(self, chat_id: int, html: str, markup: InlineKeyboardMarkup | None) -> list[int]:
        """Send HTML in parts under Telegram's limit; the last part (with the buttons) is the post."""
        parts = split_message(html)
        ids: list[int] = []
        for i, part in enumerate(parts):
            keyboard = markup if i == len(parts) - 1 else None
            send = functools.partial(
                self.bot.send_message, chat_id, parse_mode=ParseMode.HTML, reply_markup=keyboard
            )
            ids.append((await self._tolerant(part, send)).message_id)
        return ids

    async def _tolerant(self, html: str, call: Callable[[str], Awaitable[T]]) -> T:
        """`call(html)`; when the Bot API refuses one of its tags (a self-hosted server older than the tag),
        again without that tag, its text kept."""
        for _ in range(MAX_REFUSED_TAGS):
            try:
                return await call(html)
            except BadRequest as exc:
                plainer = fallback_html(html, exc.message)
                if plainer is None:
                    raise
                log.warning("the Bot API refused <%s>: sent without it", refused_tag(exc.message))
                html = plainer
        return await call(html)

    async def _following(self, chat_id: int, call: Callable[[int], Awaitable[T]]) -> tuple[int, T]:
        """`call(chat_id)`; a group that became a supergroup is followed at once (and remembered)."""
        try:
            return chat_id, await call(chat_id)
        except ChatMigrated as exc:
            new = await self._moved(chat_id, exc.new_chat_id)
            return new, await call(new)

    async def _moved(self, old: int, new: int | str) -> int:
        """Remember, here and in the database, that the group `old` is now the supergroup `new`."""
        new_id = int(new)
        log.warning("the organisers' group %s became the supergroup %s: following it", old, new_id)
        self.moves.add(old, new_id)
        async with self.rt.db.session() as session:
            await GroupOutbox(session, self.rt.clock.now()).moved(old, new_id)
        return new_id


def _seconds(value: int | timedelta) -> timedelta:
    return value if isinstance(value, timedelta) else timedelta(seconds=value)
