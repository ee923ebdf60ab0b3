"""Language detection and Babel formatting."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import I18n, format_datetime, format_day, language_from_code
from bot.text import escape, shorten, split_message, visible_length

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


def test_split_message_counts_what_telegram_shows_and_keeps_the_html_valid() -> None:
    shown_whole = "<b>Title</b>\n\n" + str(escape("a<b & c>d " * 400))  # 4,015 shown, 8,015 as HTML
    assert split_message(shown_whole) == [shown_whole]
    text = "<b>Title</b>\n\n<i>" + str(escape("a<b & c>d " * 900)) + "</i>"
    parts = split_message(text, limit=4096)
    assert len(parts) == 3 and all(visible_length(p) <= 4096 for p in parts)
    assert all(p.count("<i>") == p.count("</i>") for p in parts)  # closed at a break, reopened after it
    assert all(not p.rstrip("</i>").endswith(("&", "&lt", "&amp")) for p in parts)  # no entity cut
    assert parts[0].startswith("<b>Title</b>") and parts[1].startswith("<i>") and parts[2].endswith("</i>")
    hard = split_message(str(escape("<&>" * 2000)))
    assert [visible_length(p) for p in hard] == [4096, 1904]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<b>Hola</b> &amp; adiós", 12),  # tags show nothing, an entity one character
        ("&#128512; &#x1F600;", 3),
        ("a<b", 3),  # not a tag
        ("&unknown; &amp", 14),  # not entities: shown as written
        ('<a href="&amp;">x</a>', 1),  # an entity inside a tag is part of the tag
        ("", 0),
    ],
)
def test_visible_length_counts_what_telegram_shows(text: str, shown: int) -> None:
    assert visible_length(text) == shown


def test_long_arguments_are_never_refused_by_fluent() -> None:
    i18n = I18n(strict=True)
    key = "<&>" * 1000
    shown = i18n.html("en", "start-unknown-event", key=key)
    assert str(escape(key)) in shown and "{???}" not in shown
    assert i18n.t("es", "start-greeting", name="x" * 5000).startswith("¡Hola, " + "x" * 5000 + "!")


def test_shorten_keeps_the_head_and_says_so() -> None:
    note = I18n().t("es", "text-shortened")
    assert shorten("corto", 10, note) == "corto"
    long = "palabra " * 100
    cut = shorten(long, 100, note)
    assert len(cut) <= 100 and cut.endswith("palabra" + note) and note == "… (texto abreviado)"
