"""The compiled lexicon: finds concepts in a question's tokens, and repairs typos against its vocabulary.

Decision: a typo is measured by optimal string alignment, so two swapped letters ("wehre", "dialouge",
"palce", autocorrect's "sing up") are one edit, like one letter wrong, missing or extra."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.answers.countries import country_names
from bot.answers.lang import COMMON, EN_MARKERS, ES_MARKERS
from bot.answers.lexicon import CONCEPTS
from bot.folding import Token, tokens

LANGS = ("es", "en")


@dataclass(frozen=True)
class Phrase:
    """One way of saying a concept in one language."""

    concept: str
    lang: str
    words: tuple[str, ...]
    stems: tuple[str, ...]
    exact: bool


@dataclass(frozen=True)
class Hit:
    """A concept found in a question: which tokens, and in which clause."""

    concept: str
    start: int
    end: int
    clause: int
    literal: bool


def _compile(concept: str, lang: str, text: str) -> Phrase | None:
    exact = text.startswith("=")
    toks = tokens(text.lstrip("="))
    if not toks:
        return None
    return Phrase(concept, lang, tuple(t.word for t in toks), tuple(t.stem(lang) for t in toks), exact)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of the country names of two words or more."""
    return frozenset(name.split()[0] for name in country_names() if " " in name)


def _country_at(toks: list[Token], i: int) -> int:
    """How many words of a country's name (of two words or more) start at token i; 0 if none."""
    names = country_names()
    if toks[i].word not in _first_words():
        return 0
    for size in (4, 3, 2):
        if i + size <= len(toks) and " ".join(t.word for t in toks[i : i + size]) in names:
            return size
    return 0


SHORT_WORD = 6


def _same_start(word: str, target: str) -> bool:
    """Decision: a short word is not repaired to one that begins with another letter ("lost" is not
    "cost", "lead" not "head", "ours" not "hours"): typing slips rarely hit the first letter, while a
    real word one letter from a vocabulary word often does. A dropped or added first letter is the
    exception ("orario", "onde"), and so is a swap of the first two letters ("wehre")."""
    if len(word) >= SHORT_WORD or word[0] == target[0]:
        return True
    return word[1:] == target or target[1:] == word or word[1:2] == target[:1]


class Lexicon:
    """Concept phrases indexed by first word and first stem; the vocabulary used for typo repair."""

    def __init__(self, concepts: dict[str, tuple[float, str, str]] = CONCEPTS) -> None:
        self.weights = {name: weight for name, (weight, _, _) in concepts.items()}
        self._by_word: dict[str, list[Phrase]] = defaultdict(list)
        self._by_stem: dict[tuple[str, str], list[Phrase]] = defaultdict(list)
        self.lang_words: dict[str, set[str]] = {lang: set() for lang in LANGS}
        for name, (_, es, en) in concepts.items():
            for lang, texts in (("es", es), ("en", en)):
                for text in texts.split("|"):
                    phrase = _compile(name, lang, text.strip())
                    if phrase is None:
                        continue
                    self._by_word[phrase.words[0]].append(phrase)
                    if not phrase.exact:
                        self._by_stem[(lang, phrase.stems[0])].append(phrase)
                    self.lang_words[lang].update(phrase.words)
        self.vocabulary = self.lang_words["es"] | self.lang_words["en"]
        self.known = set(self.vocabulary) | ES_MARKERS | EN_MARKERS | COMMON
        self._targets: list[str] = sorted(w for w in self.vocabulary if len(w) >= 4)
        self._repairs: dict[str, str] = {}
        # First words of two-word phrases, by their second word ("sign" by "up"), for repairs in context.
        self._before: dict[str, set[str]] = defaultdict(set)
        for phrases in self._by_word.values():
            for phrase in phrases:
                if len(phrase.words) >= 2 and len(phrase.words[0]) >= 4:
                    self._before[phrase.words[1]].add(phrase.words[0])

    def repair_pair(self, word: str, after: str) -> str:
        """Decision: a word the lexicon does not know (a place name, an English word it does not use) one
        edit from a phrase's first word is read as it when the phrase's second word follows
        (autocorrect's "sing up" is "sign up"); alone, it is left as written."""
        firsts = self._before.get(after)
        if not firsts or word in firsts or len(word) < 4 or word in self.known:
            return word
        found = process.extractOne(word, firsts, scorer=OSA.distance, score_cutoff=1)
        return found[0] if found is not None else word

    def extend(self, known: Iterable[str], targets: Iterable[str] = ()) -> None:
        """Add words (an event's own) that must not be repaired, and words typos may be repaired to."""
        self.known.update(known)
        self._targets = sorted(set(self._targets) | {w for w in targets if len(w) >= 4 and not w.isdigit()})
        self._repairs.clear()

    def repair(self, word: str) -> str:
        """The vocabulary word a misspelt word most likely meant, or the word itself."""
        if len(word) < 4 or word in self.known or word.isdigit():
            return word
        cached = self._repairs.get(word)
        if cached is not None:
            return cached
        limit = 1 if len(word) < 8 else 2
        found = process.extract(word, self._targets, scorer=OSA.distance, score_cutoff=limit, limit=8)
        fixed = next((f[0] for f in found if _same_start(word, f[0])), word)
        self._repairs[word] = fixed
        return fixed

    def _candidates(self, toks: list[Token], i: int) -> list[tuple[int, bool, Phrase]]:
        found = []
        for phrase in self._by_word.get(toks[i].word, ()):
            n = len(phrase.words)
            if tuple(t.word for t in toks[i : i + n]) == phrase.words:
                found.append((n, True, phrase))
        for lang in LANGS:
            for phrase in self._by_stem.get((lang, toks[i].stem(lang)), ()):
                n = len(phrase.stems)
                if tuple(t.stem(lang) for t in toks[i : i + n]) == phrase.stems:
                    found.append((n, False, phrase))
        return found

    def match(self, toks: list[Token]) -> list[Hit]:
        """Concepts in reading order: the longest phrase wins, a literal match beats a stem match.

        A country's name is no concept ("Costa Rica" is not a cost, "Estados Unidos" not the States)."""
        hits: list[Hit] = []
        i = 0
        while i < len(toks):
            country = _country_at(toks, i)
            if country:
                i += country
                continue
            found = self._candidates(toks, i)
            if not found:
                i += 1
                continue
            best = max((n, literal) for n, literal, _ in found)
            concepts = sorted({p.concept for n, lit, p in found if (n, lit) == best})
            for concept in concepts:
                hits.append(Hit(concept, i, i + best[0], toks[i].clause, best[1]))
            i += best[0]
        return hits
