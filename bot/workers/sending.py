"""Sending one outbox message: a group post or edit, a message to a delegate, an e-mail copy; and what a
failure means (retry later, or give up: a delegate who blocked the bot will not unblock it for a retry)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.callbacks import encode
from bot.mail import Mailer, MailError
from bot.runtime import Runtime
from bot.services.notify.notices import organisers_chat
from bot.services.notify.outbox import DELEGATE, EDIT, GROUP, MAIL, Job
from bot.services.notify.render import Action, NoticeRenderer, Rendered
from bot.signing import signed
from bot.text import split_message
from storage.models import Post

log = logging.getLogger(__name__)
NOT_MODIFIED = "message is not modified"


@dataclass(frozen=True)
class Delivery:
    """How sending went: sent (where), retry (after at least `after`), fail, skip, or wait (for its post)."""

    kind: str
    detail: str = ""
    chat_id: int | None = None
    message_id: int | None = None
    after: timedelta | None = None


class Sender:
    """Sends through the bot and the mailer."""

    def __init__(self, bot: Bot, rt: Runtime) -> None:
        self.bot = bot
        self.rt = rt
        self.mailer = Mailer(rt.settings)
        self.renderer = NoticeRenderer(rt.i18n, rt.events, rt.settings.conversation_timeout_minutes)

    def render(self, job: Job) -> Rendered:
        """The message in the delegate's language, or in the organisers'."""
        lang = job.language if job.channel == DELEGATE else self.rt.settings.organiser_language
        return self.renderer.render(job.template, job.payload, job.event_key, lang or "en")

    async def deliver(self, job: Job, post: Post | None) -> Delivery:
        """Send `job` (an edit gets its post as it is now); failures become a Delivery, never an exception."""
        try:
            if job.channel == GROUP:
                return await self._post(job)
            if job.channel == EDIT:
                return await self._edit(job, post)
            if job.channel == DELEGATE:
                return await self._message(job)
            if job.channel == MAIL:
                return await self._mail(job)
            return Delivery("fail", f"unknown channel {job.channel}")
        except RetryAfter as exc:
            return Delivery("retry", "flood control", after=_seconds(exc.retry_after))
        except Forbidden as exc:
            # A delegate who blocked the bot stays unreachable; a group may let the bot back in.
            return Delivery("fail" if job.channel == DELEGATE else "retry", exc.message)
        except BadRequest as exc:
            if job.channel == EDIT and NOT_MODIFIED in exc.message.lower():
                return Delivery("sent")
            return Delivery("fail", exc.message)
        except TelegramError as exc:  # network trouble, timeouts, Telegram's own errors: try again later
            return Delivery("retry", f"{type(exc).__name__}: {exc.message}")
        except MailError as exc:
            return Delivery("retry", str(exc))

    async def _post(self, job: Job) -> Delivery:
        chat_id = organisers_chat(self.rt.events, self.rt.settings, job.event_key)
        if chat_id is None:
            return Delivery("skip", "no organisers' chat")
        rendered = self.render(job)
        markup = self.keyboard(rendered.actions)
        message = await self._send(chat_id, rendered.html, markup)
        return Delivery("sent", chat_id=chat_id, message_id=message)

    async def _edit(self, job: Job, post: Post | None) -> Delivery:
        if post is None or post.chat_id is None or post.message_id is None:
            return Delivery("skip", "the post was never sent")
        rendered = self.render(job)
        await self.bot.edit_message_text(
            rendered.html,
            chat_id=post.chat_id,
            message_id=post.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=self.keyboard(rendered.actions),
        )
        return Delivery("sent")

    async def _message(self, job: Job) -> Delivery:
        if job.user_id is None:
            return Delivery("fail", "no recipient")
        rendered = self.render(job)
        await self._send(job.user_id, rendered.html, self.keyboard(rendered.actions))
        return Delivery("sent")

    async def _mail(self, job: Job) -> Delivery:
        event = self.rt.events.get(job.event_key) if job.event_key else None
        address = self.rt.settings.organiser_email or (event.contact.email if event else None)
        if not self.mailer.enabled or not address:
            return Delivery("skip", "no SMTP server or no organisers' address")
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

    async def _send(self, chat_id: int, html: str, markup: InlineKeyboardMarkup | None) -> int:
        """Send HTML in parts under Telegram's limit; the last part (with the buttons) is the post."""
        parts = split_message(html)
        last = 0
        for i, part in enumerate(parts):
            sent = await self.bot.send_message(
                chat_id, part, parse_mode=ParseMode.HTML, reply_markup=markup if i == len(parts) - 1 else None
            )
            last = sent.message_id
        return last


def _seconds(value: int | timedelta) -> timedelta:
    return value if isinstance(value, timedelta) else timedelta(seconds=value)
