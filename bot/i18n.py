"""Fluent messages and Babel formatting: every user-facing string goes through here."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, tzinfo
from pathlib import Path

from babel.dates import format_date, format_time
from fluent.runtime import FluentBundle, FluentResource

from bot.text import Html, escape

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
# Babel locales used for formatting: UN usage writes "4 December 2020" in English.
BABEL_LOCALES = {"en": "en_GB", "es": "es"}
# fluent.runtime refuses a placeable over 2,500 characters (MAX_PART_LENGTH), a nested pattern's output
# included: longer string arguments are replaced by a marker, and spliced in after formatting.
SPLICE_OVER = 200


def language_from_code(code: str | None) -> str:
    """Telegram's language_code to one of ours: es* is Spanish, anything else English."""
    return "es" if code and code.lower().startswith("es") else DEFAULT_LANGUAGE


def locales_dir() -> Path:
    """Where the .ftl files are: beside the `bot` package, in a checkout and when installed."""
    return Path(__file__).resolve().parent.parent / "locales"


def _markers(long: dict[str, str]) -> dict[str, str]:
    """A marker for each long argument: unique to this call, so no text can contain it by chance."""
    if not long:
        return {}  # most calls: no random number drawn
    nonce = uuid.uuid4().hex
    return {key: f"\ue000{nonce}:{i}\ue001" for i, key in enumerate(long)}


_PARSED: dict[tuple[Path, int, int], FluentResource] = {}


def _parsed(path: Path) -> FluentResource:
    """A .ftl file parsed once per process (parsing all of them took half a second at every start of the
    Application, in each test and each restart); parsed again when the file changes."""
    stat = path.stat()
    key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
    if key not in _PARSED:
        _PARSED[key] = FluentResource(path.read_text(encoding="utf-8"))
    return _PARSED[key]


class MessageError(LookupError):
    """A message is missing or was formatted with the wrong arguments (raised in strict mode)."""


class I18n:
    """Fluent bundles for each language, loaded once. Strict mode (tests) raises instead of logging."""

    def __init__(self, directory: Path | None = None, strict: bool = False) -> None:
        self.strict = strict
        directory = directory or locales_dir()
        self._bundles: dict[str, FluentBundle] = {}
        for lang in LANGUAGES:
            bundle = FluentBundle([BABEL_LOCALES[lang]], use_isolating=False)
            for path in sorted((directory / lang).glob("*.ftl")):
                bundle.add_resource(_parsed(path))
            self._bundles[lang] = bundle

    def has(self, lang: str, msg_id: str) -> bool:
        """Whether a message exists."""
        return self._bundles[lang].has_message(msg_id)

    def t(self, lang: str, msg_id: str, **args: object) -> str:
        """The message `msg_id` in `lang`, formatted with `args`."""
        bundle = self._bundles.get(lang) or self._bundles[DEFAULT_LANGUAGE]
        message = bundle.get_message(msg_id) if bundle.has_message(msg_id) else None
        if message is None or message.value is None:
            return self._fail(f"missing message {msg_id} in {lang}", msg_id)
        long = {k: v for k, v in args.items() if isinstance(v, str) and len(v) > SPLICE_OVER}
        markers = _markers(long)
        text, errors = bundle.format_pattern(message.value, {**args, **markers})
        if errors:
            return self._fail(f"message {msg_id} in {lang}: {errors}", text)
        for key, marker in markers.items():
            text = text.replace(marker, long[key])
        return text

    def html(self, lang: str, msg_id: str, **args: object) -> Html:
        """The message as Telegram HTML: text arguments are escaped unless already `Html`."""
        return Html(self.t(lang, msg_id, **{k: escape(v) for k, v in args.items()}))

    def _fail(self, problem: str, fallback: str) -> str:
        if self.strict:
            raise MessageError(problem)
        log.error(problem)
        return fallback


def format_datetime(instant: datetime, lang: str, tz: tzinfo) -> str:
    """An instant as a person reads it in `tz`: '4 de diciembre de 2020, 13:30'."""
    local = instant.astimezone(tz)
    locale = BABEL_LOCALES.get(lang, BABEL_LOCALES[DEFAULT_LANGUAGE])
    day = format_date(local.date(), "long", locale=locale)
    return f"{day}, {format_time(local.time(), 'HH:mm', locale=locale)}"


def format_day(instant: datetime, lang: str, tz: tzinfo) -> str:
    """The date alone, long form, with the weekday: 'jueves, 10 de febrero de 2021'."""
    locale = BABEL_LOCALES.get(lang, BABEL_LOCALES[DEFAULT_LANGUAGE])
    return format_date(instant.astimezone(tz).date(), "full", locale=locale)


def format_hm(instant: datetime, tz: tzinfo) -> str:
    """Hours and minutes in `tz`, 24-hour clock."""
    return instant.astimezone(tz).strftime("%H:%M")
