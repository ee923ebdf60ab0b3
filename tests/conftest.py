"""Shared fixtures: a real database (SQLite file, or PostgreSQL with TEST_DATABASE_URL), the local Bot API,
and the real bot running against both."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.config import Settings, load_settings
from bot.localrun import RunningBot
from localapi import LocalBotApi
from tests.support.database import database_of_worker, empty_postgresql, migrated_database

ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "events"
TOKEN = "123456:TEST-token"
BOT_USERNAME = "delegatebot_test_bot"
# Before the 2026 dialogue's deadline; the 2021 and 2020 events are past.
DEFAULT_NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)


def pytest_configure(config: pytest.Config) -> None:
    """Opt in to PTB's timedelta durations (as the CLI does), avoiding its deprecation warning; give each
    pytest-xdist worker a PostgreSQL database of its own."""
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    worker, url = os.environ.get("PYTEST_XDIST_WORKER"), os.environ.get("TEST_DATABASE_URL")
    if worker and url:  # `make test` runs a worker per core (pytest-xdist): each gets a database of its own
        os.environ["TEST_DATABASE_URL"] = database_of_worker(url, worker)


DATABASE_FIXTURES = frozenset({"database_url", "unmigrated_database_url"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Decision: the PostgreSQL run (TEST_DATABASE_URL set) runs the tests that use a database; those that
    use none (the answering engine, locales, event files…) cannot behave otherwise there, and were run on
    SQLite by the same command. PG_ALL=1 runs them too."""
    if not os.environ.get("TEST_DATABASE_URL") or os.environ.get("PG_ALL"):
        return
    kept = [i for i in items if DATABASE_FIXTURES & set(getattr(i, "fixturenames", ()))]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


async def fresh_database_url(tmp_path: Path) -> str:
    """An empty database without any schema: a new SQLite file, or PostgreSQL's `public` schema emptied."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        return f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    await empty_postgresql(url)
    return url


@pytest.fixture
async def database_url(tmp_path: Path) -> str:
    """A database at the newest schema, with no rows (what the bot would create at its first start)."""
    return await migrated_database(os.environ.get("TEST_DATABASE_URL"), tmp_path / "test.sqlite3")


@pytest.fixture
async def unmigrated_database_url(tmp_path: Path) -> str:
    """A database with no schema at all, for tests of migrating itself."""
    return await fresh_database_url(tmp_path)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEFAULT_NOW)


@pytest.fixture
async def local_api() -> AsyncIterator[LocalBotApi]:
    async with LocalBotApi(token=TOKEN, bot_username=BOT_USERNAME) as api:
        yield api


def make_settings(api: LocalBotApi, database_url: str, **extra: object) -> Settings:
    """Settings for a bot talking to the local Bot API; nothing comes from the developer's .env."""
    values: dict[str, object] = {
        "BOT_TOKEN": TOKEN,
        "BOT_API_BASE_URL": api.base_url,
        "DATABASE_URL": database_url,
        "EVENTS_DIR": str(EVENTS_DIR),
        **extra,
    }
    return load_settings(_env_file=None, **values)


@pytest.fixture
async def bot(local_api: LocalBotApi, database_url: str, clock: FixedClock) -> AsyncIterator[RunningBot]:
    """The real Application, polling the local Bot API, with strict message formatting."""
    running = RunningBot(make_settings(local_api, database_url), clock, strict=True)
    await running.start()
    yield running
    await running.stop()
