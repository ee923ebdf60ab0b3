"""Retrieval over an event's FAQ: BM25 on stems in both languages plus the concepts each entry mentions.

Indexing concepts as terms makes "who pays the flight" meet "What does the sponsorship cover?" and a
Spanish question meet an English-only wording; stems alone give the usual lexical match.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Set
from dataclasses import dataclass

from bot.answers.concepts import Lexicon
from bot.answers.lang import EN_MARKERS, ES_MARKERS
from bot.events.content import FaqEntry
from bot.folding import Token, tokens

K1, B = 1.2, 0.75
QUESTION_WEIGHT = 2  # an entry's question says what it answers better than its answer does


def terms(toks: list[Token], lexicon: Lexicon, langs: tuple[str, ...]) -> list[str]:
    """Index terms of a text: content stems in `langs`, and '#CONCEPT' for each concept found."""
    out = [f"#{hit.concept}" for hit in lexicon.match(toks)]
    for tok in toks:
        if tok.word in ES_MARKERS or tok.word in EN_MARKERS:
            continue
        out.extend(f"{lang}:{tok.stem(lang)}" for lang in langs)
    return out


@dataclass(frozen=True)
class FaqHit:
    """The best FAQ entry for a question, its score and how many distinct query terms it matched."""

    entry: FaqEntry
    score: float
    matched: int


class FaqIndex:
    """BM25 over one event's FAQ entries (question and answer, English and Spanish)."""

    def __init__(self, entries: list[FaqEntry], lexicon: Lexicon) -> None:
        self.entries = entries
        self.lexicon = lexicon
        self.docs: list[Counter[str]] = []
        for entry in entries:
            bag: list[str] = []
            for lang in ("es", "en"):
                question = terms(tokens(entry.question.get(lang)), lexicon, (lang,))
                bag += question * QUESTION_WEIGHT
                bag += terms(tokens(entry.answer.get(lang)), lexicon, (lang,))
            self.docs.append(Counter(bag))
        self.avg = sum(sum(d.values()) for d in self.docs) / max(1, len(self.docs))
        df = Counter(term for doc in self.docs for term in doc)
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def best(self, toks: list[Token]) -> FaqHit | None:
        """The highest-scoring entry for a question's tokens, if any term matches."""
        query = set(terms(toks, self.lexicon, ("es", "en")))
        top: FaqHit | None = None
        for entry, doc in zip(self.entries, self.docs, strict=True):
            length = sum(doc.values())
            score, matched = 0.0, 0
            for term in query:
                tf = doc.get(term, 0)
                if tf:
                    matched += 1
                    norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self.avg))
                    score += self.idf[term] * norm
            if matched and (top is None or score > top.score):
                top = FaqHit(entry, score, matched)
        return top


@dataclass(frozen=True)
class AddedFaq:
    """A question and answer organisers added from the bot, in the one language it was asked in."""

    id: int
    event_key: str
    question: str
    answer: str


@dataclass(frozen=True)
class AddedHit:
    """The added entry whose question is most like the one asked, and how alike (0 to 1)."""

    entry: AddedFaq
    score: float


ADDED_MIN_SIMILARITY = 0.55  # Dice coefficient of the two questions' content words


def _words(toks: list[Token]) -> list[frozenset[str]]:
    """A question's content words, each as its stems in both languages."""
    return [
        frozenset((f"es:{t.stem('es')}", f"en:{t.stem('en')}"))
        for t in toks
        if t.word not in ES_MARKERS and t.word not in EN_MARKERS
    ]


class AddedIndex:
    """Organiser-added entries, matched on their question only: the same strong concepts (a question on
    vaccines is not one on visas, however many words they share), and mostly the same words, or only
    words of the entry ("visa?" asks what "Do I need a visa to enter El Salvador?" asked)."""

    def __init__(
        self, entries: list[AddedFaq], lexicon: Lexicon, toks_of: Callable[[str], list[Token]], weak: Set[str]
    ) -> None:
        self.lexicon = lexicon
        self.weak = weak
        self.items = [(e, self._concepts(toks_of(e.question)), _words(toks_of(e.question))) for e in entries]

    def _concepts(self, toks: list[Token]) -> set[str]:
        return {hit.concept for hit in self.lexicon.match(toks)} - self.weak

    def best(self, toks: list[Token]) -> AddedHit | None:
        """The entry asking the same thing, if one does."""
        concepts, asked = self._concepts(toks), _words(toks)
        asked_stems = set().union(*asked) if asked else set()
        top: AddedHit | None = None
        for entry, entry_concepts, words in self.items:
            stems = set().union(*words) if words else set()
            found = sum(1 for w in asked if w & stems)
            if not found or concepts != entry_concepts:
                continue
            score = (found + sum(1 for w in words if w & asked_stems)) / (len(asked) + len(words))
            if (score >= ADDED_MIN_SIMILARITY or found == len(asked)) and (top is None or score > top.score):
                top = AddedHit(entry, score)
        return top
