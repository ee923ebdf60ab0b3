"""Logging: one line per event (text, or one JSON object), the ids of the update being processed on each
line, secrets redacted from every logger's output, and the libraries that dump payloads kept quiet.

Only ids, references and counts are logged: never the token, names, e-mail addresses, phones or what people
typed. Code that processes an update binds its ids for the duration::

    token = logs.bind(update_id=update.update_id, user_id=user.id, handler="register")
    try:
        ...
    finally:
        logs.reset(token)
"""

from __future__ import annotations

import json
import logging
import re
import sys
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from datetime import UTC, datetime
from typing import TextIO
from urllib.parse import quote

REDACTED = "<redacted>"
FIELDS = ("update_id", "user_id", "handler")
FORMATS = ("text", "json")
# Below these levels, these loggers write what must never be logged: python-telegram-bot every update and
# every Bot API call with its parameters and result (names, e-mails, message texts), httpx and aiohttp's
# client (the bot's Bot API client, bot/request.py) each request's URL (it contains the token), httpcore the
# traffic, aiosqlite and SQLAlchemy statements with their parameters (alembic only noise). They stay at these
# levels whatever LOG_LEVEL says.
LIBRARY_LEVELS: Mapping[str, int] = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "aiohttp.client": logging.WARNING,
    "aiosqlite": logging.INFO,
    "sqlalchemy.engine": logging.WARNING,
    "sqlalchemy.pool": logging.WARNING,
    "asyncpg": logging.WARNING,
    "alembic": logging.WARNING,
}
MIN_SECRET_LENGTH = 6  # shorter strings would be replaced inside ordinary words and numbers
# Stored values that database errors quote: SQLAlchemy's "[parameters: ...]", PostgreSQL's "Key (col)=(...)".
_SQL_PARAMETERS = re.compile(r"^\[parameters: .*$", re.MULTILINE)
_KEY_DETAIL = re.compile(r"Key \(([^)\n]*)\)=\(.*\)")
_MARK = "_delegatebot_handler"

_context: ContextVar[Mapping[str, int | str] | None] = ContextVar("delegatebot_log_context", default=None)


def bind(
    *, update_id: int | None = None, user_id: int | None = None, handler: str | None = None
) -> Token[Mapping[str, int | str] | None]:
    """Add these ids to every log line written in this context (and tasks started from it) until
    `reset(token)`. Ids and a handler's name only: nothing a person wrote."""
    fields = dict(_context.get() or {})
    if update_id is not None:
        fields["update_id"] = int(update_id)
    if user_id is not None:
        fields["user_id"] = int(user_id)
    if handler is not None:
        fields["handler"] = str(handler)
    return _context.set(fields)


def reset(token: Token[Mapping[str, int | str] | None]) -> None:
    """Remove what the matching `bind` added."""
    _context.reset(token)


@contextmanager
def bound(
    *, update_id: int | None = None, user_id: int | None = None, handler: str | None = None
) -> Iterator[None]:
    """`bind` for the duration of a `with` block."""
    token = bind(update_id=update_id, user_id=user_id, handler=handler)
    try:
        yield
    finally:
        reset(token)


def context() -> dict[str, int | str]:
    """The ids bound in this context."""
    return dict(_context.get() or {})


class ContextFilter(logging.Filter):
    """Stamps the bound ids on each record (unless the call passed them in `extra`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in (_context.get() or {}).items():
            if not hasattr(record, key):
                setattr(record, key, value)
        return True


class Redactor(logging.Filter):
    """Replaces each secret with `<redacted>` (so `bot<token>` in a URL becomes `bot<redacted>`) in the
    message with its arguments, the exception text and the stack, and the values database errors quote.

    Installed on the handler, it sees every logger's records, the libraries' included."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        found = {variant for secret in secrets if secret for variant in _variants(secret)}
        self._secrets = sorted((v for v in found if len(v) >= MIN_SECRET_LENGTH), key=len, reverse=True)

    def redact(self, text: str) -> str:
        """The text without secrets or quoted database values."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        text = _SQL_PARAMETERS.sub(f"[parameters: {REDACTED}]", text)
        return _KEY_DETAIL.sub(rf"Key (\1)=({REDACTED})", text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redact(_message(record)), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.exc_info = None  # a later formatter must not render the exception again, unredacted
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _variants(secret: str) -> set[str]:
    """The secret as written, URL-encoded, and (for a bot token `id:key`) its key alone."""
    found = {secret, quote(secret, safe="")}
    _, colon, key = secret.partition(":")
    if colon:
        found.add(key)
    return found


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # arguments that do not fit the format: keep the format, drop the arguments
        return f"{record.msg} (unformattable arguments)"


def _ids(record: logging.LogRecord) -> dict[str, object]:
    return {key: getattr(record, key) for key in FIELDS if getattr(record, key, None) is not None}


class TextFormatter(logging.Formatter):
    """`time LEVEL logger: message [update_id=.. user_id=.. handler=..]`; a newline in a message is written
    as `\\n`, so that each event is one line (a traceback follows it, every line of it indented)."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line, _, traceback = super().format(record).partition("\n")
        return f"{line}\n{textwrap.indent(traceback, '    ')}" if traceback else line

    def formatMessage(self, record: logging.LogRecord) -> str:
        line = super().formatMessage(record).replace("\r", "\\r").replace("\n", "\\n")
        ids = " ".join(f"{key}={value}" for key, value in _ids(record).items())
        return f"{line} [{ids}]" if ids else line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, the bound ids, and the traceback (if
    any) in one `exception` field. Non-ASCII is escaped, so no character of a message can split the line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **_ids(record),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=True, default=str)


def configure(
    level: str = "INFO",
    fmt: str = "text",
    *,
    secrets: Iterable[str | None] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """Send every record to one handler on the root logger (stderr unless `stream`): bound ids added,
    `secrets` redacted, formatted as `fmt` ("text" or "json"). Replaces the handler a previous call
    installed. Libraries in LIBRARY_LEVELS are held at their level, or at `level` when higher."""
    if fmt not in FORMATS:
        raise ValueError(f"log format {fmt!r}: expected one of {', '.join(FORMATS)}")
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(ContextFilter())
    handler.addFilter(Redactor(secrets))
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name, floor in LIBRARY_LEVELS.items():
        logging.getLogger(name).setLevel(max(floor, root.level))
    logging.captureWarnings(True)  # warnings, too, become one redacted line each
    return handler
