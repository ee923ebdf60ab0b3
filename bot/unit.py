"""One update, one unit of work: one database session (and transaction) shared by every handler group, and
the replies, queued while the handlers run and sent only once the transaction has committed.

So a delegate is never shown a step, a confirmation or a decision that a crash could still undo, and waiting
on Telegram (a 429, a slow answer) never holds a database transaction open. Messages that are not a direct
reply to the update (notices to organisers, to other delegates, later ones) go through the outbox instead.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.i18n import language_from_code
from bot.text import fallback_html, refused_tag
from bot.turn import Turn
from storage.updates import ReceivedUpdates

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)
Send = Callable[[], Awaitable[object]]
_CURRENT: ContextVar[Unit | None] = ContextVar("delegatebot_unit", default=None)


class Unit:
    """The session, the turns and the queued replies of one update."""

    def __init__(
        self, rt: Runtime, bot: Bot, update_id: int, chat_id: int | None, user_id: int | None
    ) -> None:
        self.rt = rt
        self.bot = bot
        self.update_id = update_id
        self._handlers: dict[int, str] = {}  # group → the handler that ran in it
        self.chat_id = chat_id
        self.user_id = user_id
        self._session: AsyncSession | None = None
        self._turns: dict[int, Turn] = {}
        self._replies: list[Send] = []
        self.language: str | None = None

    def ran(self, handler: str, group: int) -> None:
        """Note which handler ran in a group."""
        self._handlers.setdefault(group, handler)

    @property
    def handler(self) -> str:
        """The feature that handled the update: the main group's handler, else the first one that ran."""
        if 0 in self._handlers:
            return self._handlers[0]
        return self._handlers[min(self._handlers)] if self._handlers else "none"

    @property
    def session(self) -> AsyncSession:
        """The update's session; its transaction begins with the first statement."""
        if self._session is None:
            self._session = self.rt.db.new_session()
        return self._session

    async def turn(self, user_id: int, language_code: str | None) -> Turn:
        """The user's turn, opened once per update whichever handler group asks first."""
        turn = self._turns.get(user_id)
        if turn is None:
            turn = await Turn.open(self.rt, self.session, user_id, language_code)
            self._turns[user_id] = turn
            if user_id == self.user_id:
                self.language = turn.lang
        return turn

    async def claim(self) -> bool:
        """Record the update as processed (in its own transaction); False if it already was."""
        return await ReceivedUpdates(self.session).claim(self.update_id, self.rt.clock.now())

    def reply(self, send: Send) -> None:
        """Send this once the update's changes are committed (in the order queued)."""
        self._replies.append(send)

    async def discard(self) -> None:
        """A handler failed: roll back what the update changed and forget what it queued. The update still
        counts as processed (it was: it failed), so a re-delivery or a restart does not try it again."""
        self._replies.clear()
        self._turns.clear()
        if self._session is not None:
            await self._session.rollback()
        try:
            await self.claim()
        except Exception as exc:
            # The database itself failed: the update stays in the inbox for the next start.
            log.warning(
                "update %s could not be recorded as processed: %s", self.update_id, type(exc).__name__
            )

    async def commit(self) -> None:
        """Make the update's changes durable (before anything about them is sent)."""
        if self._session is not None:
            await self._session.commit()

    async def release(self) -> None:
        """Commit what the update did so far (its claim, the user's row) and end its transaction, before a
        long read-only task (an organiser's /export): on SQLite the transaction held the write lock that
        every other update waits for. Nothing has been sent yet; the replies still go after the update."""
        if self._session is not None:
            await self._session.commit()

    async def close(self) -> None:
        """Release the session (rolling back anything not committed)."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def flush(self) -> None:
        """Send the queued replies. A delegate who blocked the bot stops the rest; a refused message is
        logged and the delegate gets an apology instead; other failures are logged and the rest goes on."""
        replies, self._replies = self._replies, []
        for send in replies:
            try:
                await send()
            except Forbidden as exc:
                log.info("user %s cannot be reached: %s", self.user_id, exc.message)
                return
            except BadRequest as exc:
                if await self._without_refused_tag(send, exc):
                    continue
                log.warning("a reply to user %s was refused: %s", self.user_id, exc.message)
                await self._apologise()
            except TelegramError as exc:
                log.warning("a reply to user %s was not sent: %s", self.user_id, exc)

    async def _without_refused_tag(self, send: Send, exc: BadRequest) -> bool:
        """A Bot API server that refuses a formatting tag (e.g. <tg-time> before Bot API 9.5) gets the reply
        again without that tag (its text kept); True if that worked."""
        plainer = _without_tag(send, exc.message)
        if plainer is None:
            return False
        log.warning("the Bot API refused <%s>: the reply is sent without it", refused_tag(exc.message))
        try:
            await plainer()
        except BadRequest:
            return False
        return True

    async def apologise(self) -> None:
        """Tell the person something went wrong (nothing was done), in their language if known."""
        await self._apologise()

    async def _apologise(self) -> None:
        if self.chat_id is None:
            return
        lang = self.language or language_from_code(None)
        try:
            await self.bot.send_message(self.chat_id, self.rt.i18n.t(lang, "error-generic"))
        except TelegramError as exc:
            log.warning("could not apologise to user %s: %s", self.user_id, exc)


def _without_tag(send: Any, description: str) -> Any:
    """`send` (a functools.partial, maybe wrapping another, as handlers/common.py queues them) with the tag
    the Bot API refused dropped from its text and caption arguments; None when nothing would change."""
    if not isinstance(send, functools.partial):
        return None

    def fix(value: Any) -> Any:
        return (
            fallback_html(value, description) if isinstance(value, str) else _without_tag(value, description)
        )

    args = [fix(a) for a in send.args]
    keywords = {k: fix(v) for k, v in send.keywords.items()}
    if all(a is None for a in args) and all(v is None for v in keywords.values()):
        return None
    return functools.partial(
        send.func,
        *(new if new is not None else old for new, old in zip(args, send.args, strict=True)),
        **{k: keywords[k] if keywords[k] is not None else v for k, v in send.keywords.items()},
    )


def current_or_none() -> Unit | None:
    """The current unit of work, if an update is being processed."""
    return _CURRENT.get()


def current() -> Unit:
    """The unit of work of the update being processed."""
    unit = _CURRENT.get()
    if unit is None:
        raise RuntimeError("no unit of work: handlers run inside BotApplication.process_update")
    return unit


def enter(unit: Unit) -> object:
    """Make `unit` the current one (for this task); returns the token `leave` takes."""
    return _CURRENT.set(unit)


def leave(token: object) -> None:
    """Restore the unit that was current before `enter`."""
    _CURRENT.reset(token)  # type: ignore[arg-type]
