"""Travel dates typed in English or Spanish: '2026-05-03', '3/5/2026', '3 de mayo', 'May 3'."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel import Locale

from bot.countries import normalise
from bot.i18n import BABEL_LOCALES
from bot.validation import Checked, fail

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?$")
_WORDS = re.compile(r"^(?:(\d{1,2}) (?:de )?([a-z]+)|([a-z]+) (\d{1,2}))(?: (?:de |del )?(\d{4}))?$")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names and abbreviations of both languages (normalised) -> month number."""
    found: dict[str, int] = {"setiembre": 9, "set": 9, "sep": 9}
    for locale in BABEL_LOCALES.values():
        months = Locale.parse(locale).months["format"]
        for width in ("wide", "abbreviated"):
            for number, label in months[width].items():
                found[normalise(label)] = number
    return found


def _build(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(found: re.Match[str], default_year: int) -> date | None:
    first, second, year_text = int(found[1]), int(found[2]), found[3]
    year = default_year if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
    # Day first, as written across Latin America and the Caribbean; month first only when that is impossible.
    return _build(year, second, first) or _build(year, first, second)


def parse_date(text: str, default_year: int) -> date | None:
    """The date a person wrote, or None; a missing year is `default_year`."""
    compact = text.strip()
    if found := _ISO.match(compact):
        return _build(int(found[1]), int(found[2]), int(found[3]))
    if found := _NUMERIC.match(compact):
        return _numeric(found, default_year)
    plain = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", normalise(compact))
    if found := _WORDS.match(plain):
        day = int(found[1] or found[4])
        month = _months().get(found[2] or found[3])
        year = int(found[5]) if found[5] else default_year
        return _build(year, month, day) if month else None
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
