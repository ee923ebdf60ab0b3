"""bot/logs.py: the token redacted in every logger, libraries held quiet at DEBUG, the update's ids on each
line, one line (or one JSON object) per event. In-process, through the real logging machinery."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import warnings
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from bot import cli, logs
from bot.config import load_settings
from tests.conftest import TOKEN

KEY = TOKEN.partition(":")[2]
NAME, EMAIL = "Zacarías Quispe", "zq@example.org"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """configure() changes process-wide state: the root logger, the libraries' levels, warnings."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in logs.LIBRARY_LEVELS}
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)
    logging.captureWarnings(False)


@pytest.fixture
def out() -> io.StringIO:
    """A stream to log to."""
    return io.StringIO()


def test_the_token_is_redacted_from_messages_arguments_urls_and_tracebacks(out: io.StringIO) -> None:
    logs.configure("DEBUG", secrets=[TOKEN], stream=out)
    other = io.StringIO()  # a handler added later sees the record as redacted by the first
    logging.getLogger().addHandler(logging.StreamHandler(other))
    logging.getLogger("telegram.ext.ExtBot").info("Set Bot API URL: %s", f"http://127.0.0.1/bot{TOKEN}")
    logging.getLogger("some.library").warning("GET /bot%s/getMe and /file/bot%s/x", quote(TOKEN), TOKEN)
    logging.getLogger("bot.test").warning("the key alone: %r", {"key": KEY})
    try:
        raise ValueError(f"The token `{TOKEN}` was rejected by the server.")
    except ValueError:
        logging.getLogger("telegram.ext.Application").exception("initialize failed")
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"deprecated call with {TOKEN}", UserWarning, stacklevel=1)
    written = out.getvalue()
    assert KEY not in written and quote(TOKEN) not in written
    assert KEY not in other.getvalue() and "rejected by the server" in other.getvalue()
    assert "Set Bot API URL: http://127.0.0.1/bot<redacted>" in written
    assert "GET /bot<redacted>/getMe and /file/bot<redacted>/x" in written
    assert "The token `<redacted>` was rejected" in written and "Traceback" in written
    assert "deprecated call with <redacted>" in written


def test_library_loggers_stay_quiet_at_debug_and_the_bots_own_do_not(out: io.StringIO) -> None:
    logs.configure("DEBUG", stream=out)
    payload = f"{{'chat_id': 4001, 'text': 'Hello, {NAME}!'}}"
    logging.getLogger("telegram.ext.ExtBot").debug("Calling Bot API endpoint `sendMessage` with %s", payload)
    logging.getLogger("telegram.ext.Application").debug("Processing update %s", payload)
    logging.getLogger("telegram.Bot").debug("Entering: get_me %s", payload)
    logging.getLogger("httpx").info("HTTP Request: POST %s", payload)
    logging.getLogger("httpcore.http11").debug("receive_response_body %s", payload)
    logging.getLogger("aiosqlite").debug("executing %s", payload)
    logging.getLogger("sqlalchemy.engine.Engine").info("[generated in 0.0001s] %s", payload)
    logging.getLogger("asyncpg.pool").info("%s", payload)
    logging.getLogger("bot.unit").debug("update 7 handled")
    logging.getLogger("telegram.ext.Application").info("Application started")
    written = out.getvalue()
    assert NAME not in written
    assert "update 7 handled" in written and "Application started" in written


def test_a_higher_level_holds_the_libraries_too(out: io.StringIO) -> None:
    logs.configure("ERROR", stream=out)
    logging.getLogger("telegram.ext.Application").warning("a warning")
    logging.getLogger("telegram.ext.Application").error("an error")
    assert "a warning" not in out.getvalue() and "an error" in out.getvalue()


async def test_bound_ids_are_on_each_line_until_reset_and_follow_tasks(out: io.StringIO) -> None:
    logs.configure("INFO", stream=out)
    log = logging.getLogger("bot.test")
    token = logs.bind(update_id=12, user_id=4001)
    with logs.bound(handler="register"):
        log.info("step saved")
        await asyncio.create_task(asyncio.to_thread(log.info, "in a thread"))
    log.info("after the handler")
    logs.reset(token)
    log.info("outside")
    lines = out.getvalue().splitlines()
    assert lines[0].endswith("step saved [update_id=12 user_id=4001 handler=register]")
    assert lines[1].endswith("in a thread [update_id=12 user_id=4001 handler=register]")
    assert lines[2].endswith("after the handler [update_id=12 user_id=4001]")
    assert lines[3].endswith("bot.test: outside")
    assert logs.context() == {}


def test_json_is_one_object_per_line_with_the_traceback_in_one_field(out: io.StringIO) -> None:
    logs.configure("INFO", "json", secrets=[TOKEN], stream=out)
    log = logging.getLogger("bot.test")
    with logs.bound(update_id=3, user_id=4001, handler="ask"):
        try:
            raise RuntimeError(f"first line\nsecond line {TOKEN}")
        except RuntimeError:
            log.exception("update failed")
    log.warning("a message\nwith a line break and a\u2028separator")
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    failed, warning = (json.loads(line) for line in lines)
    assert failed["message"] == "update failed" and failed["level"] == "ERROR"
    assert (failed["update_id"], failed["user_id"], failed["handler"]) == (3, 4001, "ask")
    assert failed["exception"].startswith("Traceback") and "second line bot" not in failed["exception"]
    assert "RuntimeError: first line\nsecond line <redacted>" in failed["exception"]
    assert warning["message"] == "a message\nwith a line break and a\u2028separator"
    assert (
        "update_id" not in warning and warning["logger"] == "bot.test" and warning["time"].endswith("+00:00")
    )


def test_text_starts_each_event_on_a_line_of_its_own_and_indents_tracebacks(out: io.StringIO) -> None:
    logs.configure("INFO", stream=out)
    log = logging.getLogger("bot.test")
    log.warning("forged\n2026-01-01 00:00:00,000 INFO bot: line")
    try:
        raise KeyError("unexpected\nline")
    except KeyError:
        log.exception("update failed")
    log.info("next")
    lines = out.getvalue().splitlines()
    events = [line for line in lines if not line.startswith("    ")]
    assert len(events) == 3 and len(lines) > 5
    assert events[0].endswith("bot.test: forged\\n2026-01-01 00:00:00,000 INFO bot: line")
    assert events[1].endswith("update failed") and events[2].endswith("next")
    assert "    Traceback (most recent call last):" in lines and "    KeyError: 'unexpected\\nline'" in lines


def test_database_errors_lose_the_values_they_quote(out: io.StringIO) -> None:
    logs.configure("INFO", stream=out)
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE people (name TEXT, email TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO people VALUES (:name, :email)"), {"name": NAME, "email": EMAIL})
        try:
            conn.execute(text("INSERT INTO people VALUES (:name, :email)"), {"name": NAME, "email": EMAIL})
        except IntegrityError as exc:
            assert EMAIL in str(exc)  # what SQLAlchemy would have let into the log
            logging.getLogger("handlers.errors").error("update for user 4001 failed", exc_info=exc)
            logging.getLogger("bot.test").warning("commit failed: %s", exc)
    engine.dispose()
    detail = (
        'duplicate key value violates unique constraint "uq_email"\nDETAIL:  Key (email)=(zq@example.org)'
    )
    logging.getLogger("bot.test").warning("IntegrityError: %s already exists.", detail)
    written = out.getvalue()
    assert "UNIQUE constraint failed: people.email" in written and "[parameters: <redacted>]" in written
    assert EMAIL not in written and NAME not in written
    assert "Key (email)=(<redacted>)" in written


def test_short_secrets_are_not_redacted_inside_ordinary_text(out: io.StringIO) -> None:
    logs.configure("INFO", secrets=["1", None, ""], stream=out)
    logging.getLogger("bot.test").info("serving 1 event(s)")
    assert "serving 1 event(s)" in out.getvalue()


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="xml"):
        logs.configure("INFO", "xml")


def test_the_command_line_redacts_every_secret_setting(
    out: io.StringIO, capsys: pytest.CaptureFixture
) -> None:
    settings = load_settings(
        _env_file=None,
        BOT_TOKEN=TOKEN,
        SMTP_PASSWORD="smtp-pass-123",
        DATABASE_URL="postgresql+asyncpg://bot:db-pass-456@db.example/bot",
    )
    cli._logging(settings)
    logging.getLogger("bot.test").warning("%s %s %s", TOKEN, "smtp-pass-123", settings.database_url)
    written = capsys.readouterr().err
    assert "<redacted> <redacted> postgresql+asyncpg://bot:<redacted>@db.example/bot" in written
