"""In-process control API: users, chats, injected user actions, faults and in-process calls."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from . import chat_methods, core_methods, message_methods  # noqa: F401  (importing registers Bot API methods)
from .faults import Fault, FaultBook, RateLimit, RateLimiter
from .injection import ControlError, Injector
from .methods import Dispatcher, Params, Upload
from .state import MEMBER_STATUSES, Chat, User
from .store import BotState

if TYPE_CHECKING:
    from .client import LocalUser


class Controller(Injector):
    """Everything a test needs besides HTTP: create users/chats, act as users, script faults."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        bot_username: str = "delegatebot_test_bot",
        *,
        bot_name: str = "Local Test Bot",
        privacy_mode: bool = False,
        rate_limit: RateLimit | None = None,
    ) -> None:
        self.state = BotState(token, bot_username, bot_name)
        self.state.privacy_mode = privacy_mode
        self.faults = FaultBook()
        self.dispatcher = Dispatcher(self.state, self.faults, RateLimiter(rate_limit) if rate_limit else None)

    @property
    def token(self) -> str:
        """The bot token this server accepts."""
        return self.state.token

    # --- users and chats -------------------------------------------------------------------

    def add_user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        started: bool = True,
    ) -> User:
        """Create or replace a user and their private chat (started=False: never pressed Start)."""
        user = User(
            user_id, first_name or f"User{user_id}", last_name, username, language_code, started=started
        )
        return self.state.add_user(user)

    def user(self, user_id: int, first_name: str | None = None, **fields: Any) -> LocalUser:
        """A LocalUser façade; the user is created if unknown (fields as for add_user)."""
        from .client import LocalUser

        known = self.state.users.get(user_id)
        if known is None:
            self.add_user(user_id, first_name, **fields)
        else:
            unknown = set(fields) - set(User.__dataclass_fields__)
            if unknown:
                raise ControlError(f"unknown user fields {sorted(unknown)}")
            for key, value in {**({"first_name": first_name} if first_name else {}), **fields}.items():
                setattr(known, key, value)
        return LocalUser(self, self.state.users[user_id])

    def add_group(
        self,
        chat_id: int,
        title: str = "Test group",
        *,
        members: Mapping[int, str] | Iterable[int] = (),
        supergroup: bool = True,
        username: str | None = None,
        bot_status: str = "member",
    ) -> Chat:
        """Create a group/supergroup; members maps user id -> status (creator/administrator/member...)."""
        statuses = dict(members) if isinstance(members, Mapping) else dict.fromkeys(members, "member")
        for user_id, status in statuses.items():
            self._known_user(user_id)
            self._check_status(status)
        chat = Chat(
            chat_id, "supergroup" if supergroup else "group", title, username, None, statuses, bot_status
        )
        return self.state.add_chat(chat)

    def set_member(self, chat_id: int, user_id: int, status: str = "member") -> None:
        """Set a user's status in a group (user_id == bot id sets the bot's own status)."""
        chat = self._group(chat_id)
        self._check_status(status)
        if user_id == self.state.bot.id:
            chat.bot_status = status
        else:
            self._known_user(user_id)
            chat.members[user_id] = status

    # --- faults and in-process calls -------------------------------------------------------------

    def add_fault(self, fault: Fault) -> Fault:
        """Script a fault (see Fault.flood/blocked/bad_request/server_error/slow)."""
        return self.faults.add(fault)

    def clear_faults(self) -> None:
        """Remove all scripted faults."""
        self.faults.clear()

    def set_rate_limit(self, limit: RateLimit | None) -> None:
        """Enable (or disable with None) Telegram-like flood limits."""
        self.dispatcher.limiter = RateLimiter(limit) if limit else None

    async def call(self, method: str, /, **params: Any) -> Any:
        """Call a Bot API method in-process (Upload values become file parts); raises ApiError."""
        files = {k: v for k, v in params.items() if isinstance(v, Upload)}
        raw = {k: v for k, v in params.items() if k not in files}
        return await self.dispatcher.call(method, Params(raw, files))

    # --- helpers -----------------------------------------------------------------------------------

    @staticmethod
    def _check_status(status: str) -> None:
        """Validate a member status."""
        if status not in MEMBER_STATUSES:
            raise ControlError(f"unknown member status {status!r}; expected one of {MEMBER_STATUSES}")
