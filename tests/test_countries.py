"""Countries typed in English or Spanish: accents and case do not matter, typos get suggestions."""

from __future__ import annotations

import pytest

from bot.countries import CountryMatch, match, name, normalise


@pytest.mark.parametrize("typed", ["Peru", "Perú", "peru", "  PERÚ. ", "PE"])
def test_exact_names_in_both_languages(typed: str) -> None:
    assert match(typed).code == "PE"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("El Salvador", "SV"), ("Estados Unidos", "US"), ("EEUU", "US"), ("Surinam", "SR"), ("Suriname", "SR")],
)
def test_names_and_aliases(typed: str, code: str) -> None:
    assert match(typed).code == code


@pytest.mark.parametrize(
    ("typed", "code"), [("Colmbia", "CO"), ("Guatemla", "GT"), ("Hondura", "HN"), ("Méjico", "MX")]
)
def test_typos_get_suggestions_not_a_guess(typed: str, code: str) -> None:
    found = match(typed)
    assert found.code is None and found.suggestions[0] == code and len(found.suggestions) <= 3


def test_nonsense_and_lowercase_codes_match_nothing() -> None:
    assert match("xyz") == match("") == CountryMatch(None)
    assert match("no").code is None  # the word, not Norway's code


def test_names_and_normalisation() -> None:
    assert (name("SR", "es"), name("SR", "en"), name("ZZ", "en")) == ("Surinam", "Suriname", "ZZ")
    assert normalise("  Côte d’Ivoire ") == "cote d ivoire"
