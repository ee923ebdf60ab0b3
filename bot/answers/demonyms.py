"""Nationalities a question names ("a Peruvian passport", "los colombianos"), as the States they belong to.

CLDR gives country names but not demonyms; these are the States of the Americas (the events' invitees) and
a few others (not those whose demonym is also a language: "francés",
"Spanish"). Spanish forms are written in the masculine singular and inflected here.
"""

from __future__ import annotations

from functools import lru_cache

from bot.answers.countries import country_spans
from bot.folding import words, words_of

# code: (Spanish masculine singular forms, English forms); several forms separated by spaces.
DEMONYMS: dict[str, tuple[str, str]] = {
    "AG": ("antiguano", "antiguan"),
    "AR": ("argentino", "argentine argentinian"),
    "BS": ("bahameno", "bahamian"),
    "BB": ("barbadense", "barbadian bajan"),
    "BZ": ("beliceno", "belizean"),
    "BO": ("boliviano", "bolivian"),
    "BR": ("brasileno", "brazilian"),
    "CA": ("canadiense", "canadian"),
    "CL": ("chileno", "chilean"),
    "CO": ("colombiano", "colombian"),
    "CR": ("costarricense", "costa_rican"),
    "CU": ("cubano", "cuban"),
    "DM": ("dominiques", ""),  # "Dominican" is the Dominican Republic's
    "DO": ("dominicano", "dominican"),
    "EC": ("ecuatoriano", "ecuadorian ecuadorean"),
    "SV": ("salvadoreno", "salvadoran salvadorian"),
    "US": ("estadounidense norteamericano", "american"),
    "GD": ("granadino", "grenadian"),
    "GT": ("guatemalteco", "guatemalan"),
    "GY": ("guyanes", "guyanese"),
    "HT": ("haitiano", "haitian"),
    "HN": ("hondureno", "honduran"),
    "JM": ("jamaicano jamaiquino", "jamaican"),
    "MX": ("mexicano", "mexican"),
    "NI": ("nicaraguense", "nicaraguan"),
    "PA": ("panameno", "panamanian"),
    "PY": ("paraguayo", "paraguayan"),
    "PE": ("peruano", "peruvian"),
    "KN": ("sancristobaleno", "kittitian"),
    "LC": ("santalucense", "saint_lucian st_lucian"),
    "VC": ("sanvicentino", "vincentian"),
    "SR": ("surinames", "surinamese"),
    "TT": ("trinitense", "trinidadian"),
    "UY": ("uruguayo", "uruguayan"),
    "VE": ("venezolano", "venezuelan"),
    "CH": ("suizo", "swiss"),
    "GB": ("britanico", "british"),
    "KH": ("camboyano", "cambodian"),
}


def _spanish(word: str) -> list[str]:
    """A Spanish demonym's four forms: peruano/a/os/as, guyanés/esa/eses/esas, costarricense/s."""
    if word.endswith("o"):
        return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    if word.endswith(("es", "an")):  # guyanes, aleman: the accent is folded away
        return [word, word + "a", word + "es", word + "as"]
    return [word, word + "s"]


def _english(word: str) -> list[str]:
    """An English demonym and its plural (none for -ese, -ish, -ch, -ss)."""
    phrase = word.replace("_", " ")
    if word.endswith(("ese", "ish", "ch", "ss")):
        return [phrase]
    return [phrase, phrase + "s"]


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym (every form, both languages) -> ISO code."""
    found: dict[str, str] = {}
    for code, (es, en) in DEMONYMS.items():
        for word in words_of(es):
            found.update(dict.fromkeys(_spanish(word), code))
        for word in words_of(en):
            found.update(dict.fromkeys(_english(word), code))
    return found


def nationalities(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The States a text names, by name or by nationality, and the words that name them."""
    ws, names = words(text), demonyms()
    codes: set[str] = set()
    used: set[str] = set()
    for start, size, code in country_spans(ws):
        codes.add(code)
        used.update(ws[start : start + size])
    for i, word in enumerate(ws):
        pair = " ".join(ws[i : i + 2])
        code = names.get(pair) or names.get(word)
        if code is not None:
            codes.add(code)
            used.update(pair.split() if pair in names else (word,))
    return frozenset(codes), frozenset(used)


_GOVERNMENT = frozenset(words_of("gobierno government estado state ministerio ministry cancilleria"))


def governments(ws: list[str]) -> list[str]:
    """States named by a nationality next to their government ("el gobierno salvadoreño", "the Peruvian
    government"): a State as a party, as if named."""
    names = demonyms()
    out = []
    for i, word in enumerate(ws):
        code = names.get(word)
        near = {ws[i - 1] if i else "", ws[i + 1] if i + 1 < len(ws) else ""}
        if code is not None and near & _GOVERNMENT:
            out.append(code)
    return list(dict.fromkeys(out))
