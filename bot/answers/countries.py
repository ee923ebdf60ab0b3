"""Country names in questions (CLDR names in English and Spanish)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from bot.events.common import country_codes
from bot.folding import words
from bot.i18n import BABEL_LOCALES


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name (English or Spanish, from CLDR) -> ISO code."""
    names: dict[str, str] = {}
    for loc in BABEL_LOCALES.values():
        for code, name in Locale.parse(loc).territories.items():
            if code in country_codes():
                names[" ".join(words(name))] = code
    return names


def country_spans(ws: list[str]) -> list[tuple[int, int, str]]:
    """(start, size, ISO code) of each country named in a list of folded words, longest names first."""
    names, found, i = country_names(), [], 0
    while i < len(ws):
        for size in (4, 3, 2, 1):
            code = names.get(" ".join(ws[i : i + size]))
            if code is not None:
                found.append((i, size, code))
                i += size
                break
        else:
            i += 1
    return found


def find_countries(ws: list[str]) -> list[str]:
    """ISO codes of the countries named in a list of folded words, in order, longest names first."""
    return list(dict.fromkeys(code for _, _, code in country_spans(ws)))
