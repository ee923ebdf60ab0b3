"""Countries by name in English and Spanish: exact matches ignore accents and case; typos get suggestions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from rapidfuzz import fuzz, process

from bot.events.common import country_codes
from bot.i18n import BABEL_LOCALES, LANGUAGES

# Names people write that CLDR does not list (normalised form -> code).
ALIASES = {
    "usa": "US",
    "eeuu": "US",
    "ee uu": "US",
    "estados unidos de america": "US",
    "united states of america": "US",
    "uk": "GB",
    "reino unido de gran bretana": "GB",
    "bolivia estado plurinacional de": "BO",
    "plurinational state of bolivia": "BO",
    "republica bolivariana de venezuela": "VE",
    "bolivarian republic of venezuela": "VE",
    "surinam": "SR",
    "belize": "BZ",
    "holland": "NL",
}
SUGGESTION_CUTOFF = 70.0
MAX_SUGGESTIONS = 3


def normalise(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: 'Perú' and ' peru.' both give 'peru'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


@lru_cache(maxsize=len(LANGUAGES))
def names(lang: str) -> dict[str, str]:
    """Code -> country name in `lang`, for every ISO 3166 country Babel knows."""
    territories = Locale.parse(BABEL_LOCALES.get(lang, BABEL_LOCALES["en"])).territories
    return {code: territories[code] for code in sorted(country_codes()) if code in territories}


def name(code: str, lang: str) -> str:
    """A country's name in `lang` (the code itself if unknown)."""
    return names(lang).get(code, code)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Normalised name (both languages, and aliases) -> code."""
    found: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, label in names(lang).items():
            found.setdefault(normalise(label), code)
    for alias, code in ALIASES.items():
        found.setdefault(alias, code)
    return found


@dataclass(frozen=True)
class CountryMatch:
    """The country a text names, or the closest candidates when it names none exactly."""

    code: str | None
    suggestions: tuple[str, ...] = ()


def match(text: str, preferred: tuple[str, ...] = ()) -> CountryMatch:
    """The country a person typed; `preferred` codes (e.g. invited States) rank first among equals."""
    key = normalise(text)
    if not key:
        return CountryMatch(None)
    index = _index()
    if key in index:
        return CountryMatch(index[key])
    typed = text.strip()
    if len(typed) == 2 and typed.isupper() and typed in country_codes():
        return CountryMatch(typed)  # an ISO code written as one: "PE" (but not the word "no")
    scored: dict[str, float] = {}
    for label, score, _ in process.extract(key, list(index), scorer=fuzz.WRatio, limit=12):
        code = index[label]
        bonus = 1.0 if code in preferred else 0.0
        if score >= SUGGESTION_CUTOFF:
            scored[code] = max(scored.get(code, 0.0), score + bonus)
    ranked = sorted(scored, key=lambda code: (-scored[code], code))
    return CountryMatch(None, tuple(ranked[:MAX_SUGGESTIONS]))


def is_country(code: str) -> bool:
    """Whether `code` is an ISO 3166 country code we know."""
    return code in country_codes()
