"""Bot API method registry, typed parameter access and the dispatcher (faults, limits, call log)."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .faults import FaultBook, RateLimiter
from .state import JSON, ApiError, CallRecord, bad_request

log = logging.getLogger(__name__)

_TRUE = frozenset({"true", "1", "yes", "on"})


@dataclass
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes


class Params:
    """Typed access to Bot API parameters, whether they came as JSON values or form strings."""

    def __init__(
        self, raw: Mapping[str, Any] | None = None, files: Mapping[str, Upload] | None = None
    ) -> None:
        self.raw: dict[str, Any] = dict(raw or {})
        self.files: dict[str, Upload] = dict(files or {})

    def has(self, name: str) -> bool:
        """Whether a non-empty value (or file) was given."""
        return self.raw.get(name) not in (None, "") or name in self.files

    def get(self, name: str, default: Any = None) -> Any:
        """The raw value."""
        return self.raw.get(name, default)

    def string(self, name: str, default: str | None = None) -> str | None:
        """A string parameter."""
        value = self.raw.get(name)
        if value is None:
            return default
        return (
            value
            if isinstance(value, str)
            else json.dumps(value)
            if isinstance(value, dict | list)
            else str(value)
        )

    def integer(self, name: str, default: int | None = None, error: str | None = None) -> int | None:
        """An integer parameter; 400 (error or "invalid <name>") when it is not a number."""
        value = self.raw.get(name)
        if value in (None, ""):
            return default
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(error or f"invalid {name} specified") from None

    def number(self, name: str, default: float = 0.0) -> float:
        """A float parameter."""
        value = self.raw.get(name)
        try:
            return default if value in (None, "") else float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str, default: bool = False) -> bool:
        """A boolean parameter (true/false, 1/0)."""
        value = self.raw.get(name)
        if value in (None, ""):
            return default
        return value if isinstance(value, bool) else str(value).lower() in _TRUE

    def decoded(self, name: str, default: Any = None) -> Any:
        """A JSON-serialized parameter (objects may also arrive already decoded)."""
        value = self.raw.get(name)
        if value in (None, ""):
            return default
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None

    def chat_id(self) -> Any:
        """The chat_id parameter; 400 "chat_id is empty" when missing."""
        value = self.raw.get("chat_id")
        if value in (None, ""):
            raise bad_request("chat_id is empty")
        return value

    def required(self, name: str) -> Any:
        """A parameter that must be present."""
        if not self.has(name):
            raise bad_request(f'Parameter "{name}" is required')
        return self.raw.get(name)

    def upload(self, name: str) -> Upload | str | None:
        """A file parameter: an uploaded part (also via attach://name) or a file_id/URL string."""
        if name in self.files:
            return self.files[name]
        value = self.raw.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            return self.files.get(value[len("attach://") :])
        return value if isinstance(value, str) and value else None

    def loggable(self) -> JSON:
        """Parameters for the call log (file parts summarised)."""
        out = dict(self.raw)
        for name, upload in self.files.items():
            out[name] = {
                "filename": upload.filename,
                "mime_type": upload.content_type,
                "size": len(upload.data),
            }
        return out


Handler = Callable[[Any, Params], Any]
_METHODS: dict[str, tuple[str, Handler]] = {}


def api_method(*names: str) -> Callable[[Handler], Handler]:
    """Register a function as the implementation of Bot API methods (case-insensitive)."""

    def register(func: Handler) -> Handler:
        for name in names:
            _METHODS[name.lower()] = (name, func)
        return func

    return register


def resolve(name: str) -> tuple[str, Handler] | None:
    """(canonical name, handler) for a method name in any letter case."""
    return _METHODS.get(name.lower())


def method_names() -> list[str]:
    """All implemented method names."""
    return sorted(canonical for canonical, _ in _METHODS.values())


class Dispatcher:
    """Runs Bot API calls: scripted faults, flood limits, the call log, then the method itself."""

    def __init__(self, state: Any, faults: FaultBook, limiter: RateLimiter | None = None) -> None:
        self.state = state
        self.faults = faults
        self.limiter = limiter

    async def call(self, method: str, params: Params) -> Any:
        """Execute a method; raises ApiError exactly as the HTTP answer would report it."""
        entry = resolve(method)
        if entry is None:
            raise ApiError(404, "Not Found")
        name, handler = entry
        record = CallRecord(name, params.loggable(), time.time())
        self.state.calls.append(record)
        started = time.monotonic()
        try:
            record.result = await self._run(name, handler, params)
        except ApiError as exc:
            record.ok, record.error_code, record.description = False, exc.code, exc.description
            log.debug("%s -> %s %s", name, exc.code, exc.description)
            raise
        finally:
            record.duration = time.monotonic() - started
            self.state.changed.notify()
        return record.result

    async def _run(self, name: str, handler: Handler, params: Params) -> Any:
        """Apply a fault or the flood limit, then run the handler."""
        chat_ref = params.get("chat_id")
        fault = self.faults.take(name, chat_ref)
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            error = fault.error()
            if error is not None:
                raise error
        if self.limiter is not None and chat_ref not in (None, ""):
            chat = self.state.chats.get(_as_int(chat_ref))
            self.limiter.check(name, chat.id if chat else chat_ref, chat is not None and chat.user is None)
        result = handler(self.state, params)
        if inspect.isawaitable(result):
            result = await result
        return result


def _as_int(value: Any) -> int | None:
    """int(value), or None."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
