"""Language detection and Babel formatting."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import format_datetime, format_day, language_from_code
from bot.text import split_message

DEBATE = datetime(2020, 12, 4, 12, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        ("es", "es"),
        ("es-419", "es"),
        ("ES-mx", "es"),
        ("en", "en"),
        ("pt-BR", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_language_from_telegram_code(code: str | None, lang: str) -> None:
    assert language_from_code(code) == lang


def test_dates_in_each_language_and_zone() -> None:
    zurich, lima = ZoneInfo("Europe/Zurich"), ZoneInfo("America/Lima")
    assert format_datetime(DEBATE, "es", zurich) == "4 de diciembre de 2020, 13:30"
    assert format_datetime(DEBATE, "en", zurich) == "4 December 2020, 13:30"
    assert format_datetime(DEBATE, "es", lima) == "4 de diciembre de 2020, 07:30"
    assert format_day(DEBATE, "es", zurich) == "viernes, 4 de diciembre de 2020"


def test_split_message_keeps_every_character_under_the_limit() -> None:
    paragraphs = [f"Paragraph {i} " + "palabra " * 90 for i in range(30)]
    text = "\n\n".join(paragraphs)
    parts = split_message(text, limit=1000)
    assert all(len(p) <= 1000 for p in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert split_message("short") == ["short"]
