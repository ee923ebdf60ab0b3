"""Country names in questions (CLDR names in English and Spanish)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from bot.events.common import country_codes
from bot.folding import words, words_of
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


# First words that begin several names, or say something else by themselves.
_NOT_SHORT = frozenset(
    words_of(
        "estados states islas islands republic republica reino kingdom united unidos emiratos nueva new "
        "central south north sur norte santa saint san santo sao isla guinea costa american caribbean caribe "
        "ciudad paises territorio western northern puerto christmas equatorial sahara sierra marshall"
    )
)


# Names that are first of all everyday words: "la reunión de mayo" (not Réunion), "New Jersey".
_EVERYDAY = frozenset(words_of("reunion jersey"))


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """A country's first word when it names only that country ("Trinidad": Trinidad and Tobago)."""
    names = country_names()
    firsts: dict[str, set[str]] = {}
    for name, code in names.items():
        if " " in name:
            firsts.setdefault(name.split()[0], set()).add(code)
    return {
        first: next(iter(codes))
        for first, codes in firsts.items()
        if len(codes) == 1 and len(first) >= 6 and first not in names and first not in _NOT_SHORT
    }


def country_spans(ws: list[str]) -> list[tuple[int, int, str]]:
    """(start, size, ISO code) of each country named in a list of folded words, longest names first
    (a country's distinctive first word names it too)."""
    names, found, i = country_names() | _short_names(), [], 0
    while i < len(ws):
        for size in (4, 3, 2, 1):
            code = names.get(" ".join(ws[i : i + size]))
            if code is not None and not (size == 1 and ws[i] in _EVERYDAY):
                found.append((i, size, code))
                i += size
                break
        else:
            i += 1
    return found


def find_countries(ws: list[str]) -> list[str]:
    """ISO codes of the countries named in a list of folded words, in order, longest names first."""
    return list(dict.fromkeys(code for _, _, code in country_spans(ws)))
