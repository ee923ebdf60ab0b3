"""Retrieval over an event's FAQ: BM25 on stems in both languages plus the concepts each entry mentions.

Indexing concepts as terms makes "who pays the flight" meet "What does the sponsorship cover?" and a
Spanish question meet an English-only wording; stems alone give the usual lexical match.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from bot.answers.concepts import Lexicon
from bot.answers.faq_added import AddedFaq, AddedHit, AddedIndex
from bot.answers.lang import EN_MARKERS, ES_MARKERS
from bot.events.content import FaqEntry
from bot.folding import Token, tokens

__all__ = ["AddedFaq", "AddedHit", "AddedIndex", "FaqHit", "FaqIndex"]

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
