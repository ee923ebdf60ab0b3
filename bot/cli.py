"""The `delegatebot` command: run, try, check-events, migrate."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from bot.config import SettingsError, load_settings

log = logging.getLogger(__name__)


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
    sub.add_parser("run", help="serve the bot with long polling (needs BOT_TOKEN)")
    trial = sub.add_parser("try", help="chat with the bot in this terminal, no token needed")
    trial.add_argument("--lang", choices=("es", "en"), default="en", help="your Telegram language")
    trial.add_argument("--event", help="open with this event's deep link, e.g. rsd2026")
    trial.add_argument("--as-of", type=_instant, help="pretend it is this date or instant")
    check = sub.add_parser("check-events", help="validate event files")
    check.add_argument("directory", nargs="?", type=Path, help="default: EVENTS_DIR")
    sub.add_parser("migrate", help="apply database migrations and exit")
    return parser


def _logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs request URLs, which contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)


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
            _logging("WARNING")
            return asyncio.run(run_try(settings, lang=args.lang, event=args.event, as_of=args.as_of))
        settings = load_settings()
        _logging(settings.log_level)
        if args.command == "migrate":
            return asyncio.run(_migrate(settings.database_url))
        settings.token()
        from bot.app import ALLOWED_UPDATES, build_application

        build_application(settings).run_polling(allowed_updates=ALLOWED_UPDATES)
        return 0
    except SettingsError as exc:
        print(f"delegatebot: {exc}", file=sys.stderr)
        return 2


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


if __name__ == "__main__":
    sys.exit(main())
