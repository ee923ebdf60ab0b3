"""The place index shipped with the bot is what GeoNames and CLDR give (rebuild it after upgrading them)."""

from __future__ import annotations

import gzip

from bot.places import INDEX_FILE, PlaceIndex, resolve
from bot.places_build import IndexBuilder


def test_the_shipped_index_is_up_to_date() -> None:
    shipped = gzip.decompress(INDEX_FILE.read_bytes()).decode()
    assert shipped == IndexBuilder().text(), "run: python -m bot.places_build"


def test_names_in_both_languages_resolve() -> None:
    index = PlaceIndex()
    assert index.lookup("Ginebra") == "Europe/Zurich"
    assert resolve("Ciudad de México") == "America/Mexico_City"
    assert resolve("peru") == "America/Lima"
    assert resolve("UTC-5") == "Etc/GMT+5"
