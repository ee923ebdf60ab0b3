"""A running bot picks up edited event files; a broken edit keeps the last good version in service."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.localrun import RunningBot
from localapi import LocalBotApi
from tests.conftest import EVENTS_DIR, make_settings


@pytest.fixture
async def events_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "events"
    shutil.copytree(EVENTS_DIR, folder)
    return folder


@pytest.fixture
async def live_bot(
    local_api: LocalBotApi, database_url: str, clock: FixedClock, events_copy: Path
) -> AsyncIterator[RunningBot]:
    settings = make_settings(local_api, database_url, EVENTS_DIR=str(events_copy), EVENTS_RELOAD_SECONDS=0)
    async with RunningBot(settings, clock, strict=True) as running:
        yield running


async def test_broken_edit_keeps_last_good_then_new_event_is_served(
    local_api: LocalBotApi, live_bot: RunningBot, events_copy: Path
) -> None:
    u = local_api.user(3001, first_name="Ana", language_code="en")
    rsd = events_copy / "rsd2026.toml"
    rsd.write_text(rsd.read_text(encoding="utf-8").replace("[[organisers]]", "[[organizers]]", 1))
    await u.send("/start rsd2026")
    _, header = await u.replies(2)
    assert "Regional Stakeholder Dialogue in the Americas" in header.text

    text = (events_copy / "va2020.toml").read_text(encoding="utf-8")
    (events_copy / "va2020b.toml").write_text(text.replace('key = "va2020"', 'key = "va2020b"'))
    await u.send("/start va2020b")
    _, header = await u.replies(2)
    assert "Creating Alliances" in header.text and "could not find" not in header.text
