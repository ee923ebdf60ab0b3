"""Travel dates as people write them, in English or Spanish: '3/5', '3 May', 'May 3rd', 'el 3 de mayo'."""

from __future__ import annotations

from datetime import date, datetime

import dateparser
from dateparser.search import search_dates

from bot.validation import Checked, fail

LANGUAGES = ["es", "en"]


# Day first, as written across Latin America and the Caribbean; month first only when that is impossible.
ORDERS = ("DMY", "MDY")


def _settings(default_year: int, order: str) -> dict:
    return {
        "DATE_ORDER": order,
        "RELATIVE_BASE": datetime(default_year, 1, 1),
        "PREFER_DATES_FROM": "current_period",
        "REQUIRE_PARTS": ["day", "month"],
        "PARSERS": ["absolute-time"],
    }


def parse_date(text: str, default_year: int) -> date | None:
    """The date a person wrote, or None; a missing year is `default_year`.

    The whole text is read first; failing that, a sentence with exactly one date in it ("el 3 de mayo",
    "I arrive on 3 May") gives that date.
    """
    for order in ORDERS:
        settings = _settings(default_year, order)
        found = dateparser.parse(text, languages=LANGUAGES, settings=settings)
        if found is None:
            hits = search_dates(text, languages=LANGUAGES, settings=settings) or []
            found = hits[0][1] if len(hits) == 1 else None
        if found is not None:
            return found.date()
    return None


def check_date(text: str, earliest: date, latest: date, not_before: date | None = None) -> Checked:
    """A date between `earliest` and `latest`, and not before `not_before` (e.g. the arrival)."""
    value = parse_date(text, earliest.year)
    if value is None:
        return fail("flow-error-date")
    if not earliest <= value <= latest:
        return fail("flow-error-date-window", start=earliest, end=latest)
    if not_before is not None and value < not_before:
        return fail("flow-error-date-order", arrival=not_before)
    return Checked(value.isoformat())
