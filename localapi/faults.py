"""Scripted faults (errors, delays) and an optional Telegram-like flood limiter."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from .state import JSON, ApiError, forbidden, too_many_requests

ChatRef = int | str | None
_SERVER_ERRORS = {500: "Internal Server Error", 502: "Bad Gateway"}


@dataclass
class Fault:
    """Fail (or delay) the next `times` calls of `method` (\"*\" = any), optionally for one chat."""

    method: str = "*"
    error_code: int = 0
    description: str = ""
    retry_after: int | None = None
    delay: float = 0.0
    times: int = 1
    chat_id: ChatRef = None
    migrate_to_chat_id: int | None = None

    @classmethod
    def flood(
        cls, method: str = "sendMessage", retry_after: int = 5, *, times: int = 1, chat_id: ChatRef = None
    ) -> Fault:
        """429 Too Many Requests with parameters.retry_after."""
        desc = f"Too Many Requests: retry after {retry_after}"
        return cls(method, 429, desc, retry_after, times=times, chat_id=chat_id)

    @classmethod
    def blocked(cls, method: str = "sendMessage", *, times: int = 1, chat_id: ChatRef = None) -> Fault:
        """403 Forbidden: bot was blocked by the user."""
        return cls(method, 403, "Forbidden: bot was blocked by the user", times=times, chat_id=chat_id)

    @classmethod
    def bad_request(cls, method: str, description: str, *, times: int = 1, chat_id: ChatRef = None) -> Fault:
        """400 with the given description ("Bad Request: " is prefixed when missing)."""
        if not description.startswith("Bad Request"):
            description = f"Bad Request: {description}"
        return cls(method, 400, description, times=times, chat_id=chat_id)

    @classmethod
    def migrated(cls, chat_id: int, new_chat_id: int, method: str = "*", *, times: int = -1) -> Fault:
        """400 with parameters.migrate_to_chat_id: the group `chat_id` was upgraded to the supergroup
        `new_chat_id` (every call about it answers so, by default)."""
        desc = "Bad Request: group chat was upgraded to a supergroup chat"
        return cls(method, 400, desc, times=times, chat_id=chat_id, migrate_to_chat_id=new_chat_id)

    @classmethod
    def server_error(
        cls, method: str = "*", code: int = 500, *, times: int = 1, chat_id: ChatRef = None
    ) -> Fault:
        """500 Internal Server Error, or 502 Bad Gateway (answered with nginx's HTML page)."""
        desc = _SERVER_ERRORS.get(code, "Internal Server Error")
        return cls(method, code, desc, times=times, chat_id=chat_id)

    @classmethod
    def slow(cls, method: str, delay: float, *, times: int = 1, chat_id: ChatRef = None) -> Fault:
        """Answer normally, but only after `delay` seconds."""
        return cls(method, delay=delay, times=times, chat_id=chat_id)

    @classmethod
    def from_json(cls, data: JSON) -> Fault:
        """Build from the control API's JSON (same field names)."""
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def to_json(self) -> JSON:
        """JSON form for the control API."""
        return asdict(self)

    def matches(self, method: str, chat_id: int | str | None) -> bool:
        """Whether this fault applies to a call."""
        if self.times == 0 or (self.method != "*" and self.method.lower() != method.lower()):
            return False
        return self.chat_id is None or str(self.chat_id) == str(chat_id)

    def error(self) -> ApiError | None:
        """The error to answer with, if this fault is not just a delay."""
        if not self.error_code:
            return None
        desc = self.description or "Error"
        return ApiError(self.error_code, desc, self.retry_after, self.migrate_to_chat_id)


@dataclass
class FaultBook:
    """Active faults; each call consumes the first matching one."""

    faults: list[Fault] = field(default_factory=list)

    def add(self, fault: Fault) -> Fault:
        """Register a fault."""
        self.faults.append(fault)
        return fault

    def take(self, method: str, chat_id: int | str | None) -> Fault | None:
        """Consume one use of the first fault matching this call."""
        for fault in self.faults:
            if fault.matches(method, chat_id):
                if fault.times > 0:
                    fault.times -= 1
                self.faults = [f for f in self.faults if f.times != 0]
                return fault
        return None

    def clear(self) -> None:
        """Remove every fault."""
        self.faults.clear()


@dataclass
class RateLimit:
    """Flood limits like Telegram's: ~30 msg/s overall, ~1 msg/s per chat, 20 msg/min per group."""

    global_per_second: float = 30.0
    global_burst: int = 30
    chat_per_second: float = 1.0
    chat_burst: int = 3
    group_per_minute: float = 20.0
    group_burst: int = 20


@dataclass
class _Bucket:
    """A token bucket."""

    rate: float
    capacity: float
    tokens: float
    stamp: float

    def wait_time(self, now: float) -> float:
        """Seconds until a token is available (0 if one is now)."""
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


class RateLimiter:
    """Applies a RateLimit to message-sending methods, raising 429 when exceeded."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._global = _Bucket(limit.global_per_second, limit.global_burst, limit.global_burst, clock())
        self._chats: dict[int | str, _Bucket] = {}

    @staticmethod
    def applies_to(method: str) -> bool:
        """Whether a method counts as sending a message."""
        lower = method.lower()
        return lower.startswith(("send", "edit", "copy", "forward")) and lower != "sendchataction"

    def check(self, method: str, chat_id: int | str | None, is_group: bool) -> None:
        """Consume one message slot or raise 429 with a Telegram-like retry_after."""
        if not self.applies_to(method):
            return
        now = self.clock()
        buckets = [self._global]
        if chat_id is not None:
            if chat_id not in self._chats:
                lim = self.limit
                rate, burst = (
                    (lim.group_per_minute / 60, lim.group_burst)
                    if is_group
                    else (lim.chat_per_second, lim.chat_burst)
                )
                self._chats[chat_id] = _Bucket(rate, burst, burst, now)
            buckets.append(self._chats[chat_id])
        wait = max(bucket.wait_time(now) for bucket in buckets)
        if wait > 0:
            raise too_many_requests(max(1, math.ceil(wait)))
        for bucket in buckets:
            bucket.tokens -= 1


def blocked_error() -> ApiError:
    """The error Telegram answers when the user blocked the bot."""
    return forbidden("bot was blocked by the user")
