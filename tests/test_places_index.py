"""The place index and the word list shipped with the bot are what GeoNames, CLDR and wordfreq give (rebuild
them after upgrading those)."""

from __future__ import annotations

import gzip

import marisa_trie

from bot.answers.common_words import WORDS_FILE, build, common_words
from bot.places import INDEX_FILE, RECORD, PlaceIndex, resolve
from bot.places_build import IndexBuilder


def test_the_shipped_index_is_up_to_date() -> None:
    shipped = {key: value for key, (value,) in marisa_trie.RecordTrie(RECORD).mmap(str(INDEX_FILE)).items()}
    assert shipped == IndexBuilder().records(), "run: python -m bot.places_build"


def test_names_in_both_languages_resolve() -> None:
    index = PlaceIndex()
    assert index.lookup("Ginebra") == "Europe/Zurich"
    assert resolve("Ciudad de México") == "America/Mexico_City"
    assert resolve("peru") == "America/Lima"
    assert resolve("UTC-5") == "Etc/GMT+5"
    assert index.find(["hora", "de", "ciudad", "de", "mexico"]).zone == "America/Mexico_City"  # type: ignore[union-attr]
    assert index.has_word("ginebra") and not index.has_word("inscripcion")
    assert index.lookup("\x01Europe/Zurich") is None  # the trie's other keys are no place names


def test_the_shipped_word_list_is_up_to_date() -> None:
    shipped = gzip.decompress(WORDS_FILE.read_bytes()).decode()
    assert shipped == build(), "run: python -m bot.answers.common_words"


def test_everyday_words_are_never_repaired_into_the_engines_words() -> None:
    words = common_words()
    assert all(w in words for w in ("operador", "inscripcion", "deadline", "pasaje"))  # folded, no accents
    assert "regsitro" not in words
