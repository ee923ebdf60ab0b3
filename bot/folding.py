"""Normalisation shared by the answering engine and place lookup: folding, tokens, stems, clauses."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer


def words_of(text: str) -> list[str]:
    """The words of a space-separated list written in the source."""
    return text.split()


_STEMMERS = {"es": snowballstemmer.stemmer("spanish"), "en": snowballstemmer.stemmer("english")}
_WORD = re.compile(r"[a-z0-9]+|[?.;!\n]")
_REPEATS = re.compile(r"([a-z])\1{2,}")
# Articles and possessives are dropped so that "the deadline" and "el plazo" match "deadline" / "plazo".
DROPPED = frozenset(
    words_of(
        "a an the el la los las lo un una unos unas my our your their his her its mi mis tu tus su sus "
        "nuestro nuestra nuestros nuestras vuestro vuestra"
    )
)
# Words that join two questions in one message: "when is it and where?".
JOINERS = frozenset(words_of("y e and o or u tambien also ademas plus"))
BREAKS = frozenset("?.;!\n")
# Chat shorthand, expanded before anything else ("a q hora", "xq", "pls").
SHORTHAND = {
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "tb": "tambien",
    "tmb": "tambien",
    "pa": "para",
    "x": "por",
    "d": "de",
    "toy": "estoy",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "wat": "what",
    "wen": "when",
    "thx": "thanks",
}


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Ginebra', 'GINEBRA' and 'ginebra' are equal; ñ becomes n."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """Folded alphanumeric words of a text ('¿Dónde?' -> ['donde']); letters repeated 3+ times collapse."""
    found = _WORD.findall(_REPEATS.sub(r"\1", fold(text)))
    return [SHORTHAND.get(w, w) for w in found if w not in BREAKS]


def is_latin(text: str) -> bool:
    """Whether every letter of `text` is Latin (accented letters included)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a folded word in one language."""
    return _STEMMERS[lang].stemWord(word)


@dataclass(frozen=True)
class Token:
    """One word of a question: its folded form, its stems in both languages, and its clause number."""

    word: str
    es: str
    en: str
    clause: int

    def stem(self, lang: str) -> str:
        """The stem in `lang`."""
        return self.es if lang == "es" else self.en


def tokens(text: str, repair: object = None) -> list[Token]:
    """Words of a question with stems and clause numbers; `repair(word)` may fix typos first."""
    out: list[Token] = []
    clause = 0
    for raw in _WORD.findall(_REPEATS.sub(r"\1", fold(text))):
        if raw in BREAKS or raw in JOINERS:
            clause += 1 if out and out[-1].clause == clause else 0
            continue
        raw = SHORTHAND.get(raw, raw)
        if raw in DROPPED:
            continue
        word = repair(raw) if callable(repair) else raw
        out.append(Token(word, stem(word, "es"), stem(word, "en"), clause))
    return out
