"""The `delegatebot` command: run, try, check-events, migrate, purge."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pydantic import SecretStr

from bot import logs
from bot.config import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from bot.services.privacy.erase import Erased

log = logging.getLogger(__name__)
EXIT_TOKEN_REFUSED = 3  # Telegram answered 401 (or 404 for a malformed token): a supervisor should restart


def _instant(text: str) -> datetime:
    """A date or ISO instant for --as-of (a bare date means noon UTC that day)."""
    try:
        value = datetime.fromisoformat(text) if "T" in text or " " in text else None
        if value is None:
            value = datetime.combine(date.fromisoformat(text), time(12), UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected a date like 2026-03-20 or 2026-03-20T15:00:00-06:00"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="delegatebot", description="A participant assistant on Telegram.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="serve the bot with long polling (needs BOT_TOKEN; one process polls)")
    sub.add_parser(
        "webhook", help="serve the bot behind a webhook (needs BOT_TOKEN, WEBHOOK_URL, WEBHOOK_SECRET)"
    )
    trial = sub.add_parser("try", help="chat with the bot in this terminal, no token needed")
    trial.add_argument("--lang", choices=("es", "en"), default="en", help="your Telegram language")
    trial.add_argument("--event", help="open with this event's deep link, e.g. rsd2026")
    trial.add_argument("--as-of", type=_instant, help="pretend it is this date or instant")
    trial.add_argument("--name", help="your first name, as Telegram would show it (asked when left out)")
    check = sub.add_parser("check-events", help="validate event files")
    check.add_argument("directory", nargs="?", type=Path, help="default: EVENTS_DIR")
    sub.add_parser("migrate", help="apply database migrations and exit")
    purge = sub.add_parser("purge", help="remove an ended event's personal data, keeping anonymous counts")
    purge.add_argument("--event", required=True, metavar="KEY", help="the event's key, e.g. rsd2026")
    purge.add_argument("--dry-run", action="store_true", help="only list what would be removed")
    return parser


def _logging(settings: Settings, level: str | None = None) -> None:
    """Log as the settings say, with every secret the settings hold redacted (each SecretStr: the token,
    the SMTP password...; and the database password)."""
    values = (getattr(settings, name) for name in type(settings).model_fields)
    secrets = [v.get_secret_value() for v in values if isinstance(v, SecretStr)]
    secrets.append(urlsplit(settings.database_url).password)
    try:
        logs.configure(level or settings.log_level, settings.log_format, secrets=secrets)
    except ValueError:
        raise SettingsError("LOG_LEVEL: expected DEBUG, INFO, WARNING, ERROR or CRITICAL") from None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")  # python-telegram-bot's future default for durations
    args = _parser().parse_args(argv)
    try:
        if args.command == "check-events":
            return _check_events(args.directory)
        if args.command == "try":
            from bot.trymode import run_try

            settings = load_settings()
            _logging(settings, "WARNING")
            return asyncio.run(
                run_try(settings, lang=args.lang, event=args.event, as_of=args.as_of, name=args.name)
            )
        settings = load_settings()
        _logging(settings)
        if args.command == "migrate":
            return asyncio.run(_migrate(settings.database_url))
        if args.command == "purge":
            return asyncio.run(_purge(settings, args.event.strip().lower(), args.dry_run))
        settings.token()
        if args.command == "webhook" and (not settings.webhook_url or settings.webhook_secret is None):
            raise SettingsError("WEBHOOK_URL and WEBHOOK_SECRET: both are needed by 'delegatebot webhook'")
        return _run(settings, webhook=args.command == "webhook")
    except SettingsError as exc:
        print(f"delegatebot: {exc}", file=sys.stderr)
        return 2


def _run(settings: Settings, webhook: bool) -> int:
    """Serve until stopped (0); a refused token (3) or an unexpected error (1) is logged as one event."""
    from telegram.error import InvalidToken

    from bot.serve import serve_polling, serve_webhook

    try:
        return asyncio.run(serve_webhook(settings) if webhook else serve_polling(settings))
    except InvalidToken:  # getMe at start, or getUpdates later: polling on would leave the bot deaf
        log.critical(
            "Telegram refused the bot token (401 Unauthorized): exiting with status %d so that a supervisor "
            "restarts the bot",
            EXIT_TOKEN_REFUSED,
        )
        return EXIT_TOKEN_REFUSED
    except Exception:
        log.critical("the bot stopped on an unexpected error: exiting with status 1", exc_info=True)
        return 1


def _check_events(directory: Path | None) -> int:
    from bot.events.check import check_events

    if directory is None:
        directory = load_settings().events_dir
    return check_events(directory)


async def _migrate(url: str) -> int:
    from storage.db import Database

    db = Database(url)
    await db.migrate()
    await db.dispose()
    return 0


async def _purge(settings: Settings, key: str, dry_run: bool) -> int:
    """Purge one ended event (or list what would go); 1 when the event is unknown or not over."""
    from bot.clock import clock_from
    from bot.events.loader import load_events
    from bot.services.privacy.purge import event_end, may_purge, preview, purge
    from storage.db import Database

    event = load_events(settings.events_dir).events.get(key)
    now = clock_from(settings.now).now()
    if event is None:
        print(f"delegatebot: no event {key!r} in {settings.events_dir}", file=sys.stderr)
        return 1
    if not may_purge(event, now):
        end = event_end(event).astimezone(event.tzinfo).strftime("%Y-%m-%d %H:%M")
        print(
            f"delegatebot: {key} has not ended yet (it ends {end} {event.timezone}); "
            "its personal data can be purged only after that",
            file=sys.stderr,
        )
        return 1
    db = Database(settings.database_url)
    try:
        await db.migrate()
        async with db.session() as session:
            erased = await (preview(session, event) if dry_run else purge(session, now, event))
    finally:
        await db.dispose()
    _report(key, erased, dry_run)
    return 0


def _report(key: str, erased: Erased, dry_run: bool) -> None:
    """Counts and references only: never a name."""
    print(f"{key}: " + ("would remove (dry run: nothing was changed)" if dry_run else "removed"))
    print(f"  registrations: {len(erased.references)} ({', '.join(erased.references) or '-'})")
    print(f"  sponsorship requests: {erased.requests}")
    print(f"  conversation drafts: {erased.drafts}")
    print(f"  questions: {erased.questions}")
    print(f"  anonymous records kept for the counts: {erased.anonymous}")


if __name__ == "__main__":
    sys.exit(main())
