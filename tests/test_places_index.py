"""The place index and the word list shipped with the bot are what GeoNames, CLDR and wordfreq give (rebuild
them after upgrading those)."""

from __future__ import annotations

import gzip

from bot.answers.common_words import WORDS_FILE, build, common_words
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


def test_the_shipped_word_list_is_up_to_date() -> None:
    shipped = gzip.decompress(WORDS_FILE.read_bytes()).decode()
    assert shipped == build(), "run: python -m bot.answers.common_words"


def test_everyday_words_are_never_repaired_into_the_engines_words() -> None:
    words = common_words()
    assert {"operador", "inscripcion", "deadline", "pasaje"} <= words  # folded, accents removed
    assert "regsitro" not in words
