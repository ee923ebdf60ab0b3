"""Matching a question to the answers organisers added from the bot ("Add to the FAQ").

A question matches an added one when it asks the same thing, however reworded and in either language:
both are reduced to what they are about (bilingual concepts, content words compared by stem or as
cognates) and compared with a weighted Dice coefficient. It never matches when the two differ in what
they are about: another country or nationality ("a Peruvian passport" is not "a Colombian passport"),
another person or organisation, another number, or a subject only one of them has on each side ("my
dog" and "my cat"). The event is settled by the caller: an entry belongs to one event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from bot.answers.claims import aliases
from bot.answers.concepts import Lexicon
from bot.answers.demonyms import demonyms, nationalities
from bot.answers.lang import COMMON, EN_MARKERS, ES_MARKERS
from bot.answers.lexicon import CONCEPTS
from bot.answers.lexicon_faq import FAQ_CONCEPTS
from bot.answers.people import named_people
from bot.events.content import Party
from bot.events.models import Event
from bot.folding import Token, fold, tokens, words

MIN_SIMILARITY = 0.6  # weighted Dice of the two questions' concepts and content words
STRONG = 1.0  # a concept of this weight is a subject by itself: one on each side only is a conflict
COGNATE = 80  # rapidfuzz ratio above which two long words are taken as the same ("agenda", "agendas")
MIN_COGNATE = 5
_SKIP = frozenset(ES_MARKERS | EN_MARKERS | COMMON)
_CAPITAL = re.compile(r"(?<![.?!¿¡]\s)(?<![¿¡])(?<!^)\b[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+")


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


@lru_cache(maxsize=1)
def faq_lexicon() -> Lexicon:
    """The engine's concepts and the everyday subjects of organisers' answers."""
    return Lexicon(CONCEPTS | FAQ_CONCEPTS)


@dataclass(frozen=True)
class About:
    """What a question is about: its concepts (with weights), content words, States, names and numbers."""

    topics: dict[str, float]
    terms: tuple[Token, ...]
    countries: frozenset[str]
    parties: frozenset[int]
    people: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    words: frozenset[str]


def _same_term(a: Token, b: Token) -> bool:
    if a.word == b.word or a.es == b.es or a.en == b.en:
        return True
    short = min(len(a.word), len(b.word)) < MIN_COGNATE
    return not short and fuzz.ratio(a.word, b.word) >= COGNATE


def _covered(mine: About, other: About) -> tuple[float, float]:
    """Weight of `mine`'s concepts and words that `other` shares, and `mine`'s whole weight."""
    shared = sum(w for t, w in mine.topics.items() if t in other.topics)
    shared += sum(1 for t in mine.terms if any(_same_term(t, o) for o in other.terms))
    return shared, sum(mine.topics.values()) + len(mine.terms)


def similarity(a: About, b: About) -> float:
    """Weighted Dice coefficient of two questions (0: nothing shared, 1: the same)."""
    shared_a, all_a = _covered(a, b)
    shared_b, all_b = _covered(b, a)
    return (shared_a + shared_b) / (all_a + all_b) if all_a + all_b else 0.0


def _names_meet(a: About, b: About) -> bool:
    """Each proper name one question writes is among the other's words."""
    return a.names <= b.words and b.names <= a.words


def same_subject(a: About, b: About) -> bool:
    """Whether two questions are about the same States, parties, people and numbers, and neither has a
    subject of its own where the other has another one."""
    if (a.countries, a.parties, a.people) != (b.countries, b.parties, b.people) or not _names_meet(a, b):
        return False
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return False
    only_a = {t for t, w in a.topics.items() if w >= STRONG and t not in b.topics}
    only_b = {t for t, w in b.topics.items() if w >= STRONG and t not in a.topics}
    return not (only_a and only_b)


class AddedIndex:
    """One event's organiser-added entries, matched on their question only."""

    def __init__(
        self, entries: list[AddedFaq], event: Event, repair: Callable[[str], str], weak: Set[str]
    ) -> None:
        self.event = event
        self.lexicon = faq_lexicon()
        self.weak = weak
        self._repair = repair
        self._parties = [aliases(p.name.en) | aliases(p.name.es) for p in _parties(event)]
        self.items = [(entry, self.about(entry.question)) for entry in entries]

    def repair(self, word: str) -> str:
        """The engine's typo repair, except for the words of the added concepts."""
        return word if word in self.lexicon.vocabulary else self._repair(word)

    def about(self, text: str) -> About:
        """What a question is about (the event's own country goes without saying)."""
        toks = tokens(text, self.repair)
        hits = self.lexicon.match(toks)
        countries, country_words = nationalities(text)
        used = {i for h in hits for i in range(h.start, h.end)}
        rest = [t for i, t in enumerate(toks) if i not in used and t.word not in country_words]
        raw = words(text)
        joined = f" {' '.join(raw)} "
        return About(
            topics={h.concept: self.lexicon.weights[h.concept] for h in hits if h.concept not in self.weak},
            terms=tuple(t for t in rest if t.word not in _SKIP and len(t.word) > 2 and not t.word.isdigit()),
            countries=countries - {self.event.country},
            parties=frozenset(
                i for i, names in enumerate(self._parties) if any(f" {n} " in joined for n in names)
            ),
            people=frozenset(n.name for n in named_people(raw, self.event, _SKIP)),
            names=self._proper(text, country_words),
            numbers=frozenset(t.word for t in toks if t.word.isdigit()),
            words=frozenset(raw),
        )

    def _proper(self, text: str, country_words: Set[str]) -> frozenset[str]:
        """Capitalised words inside a sentence that no lexicon knows: names of people or bodies."""
        found = {fold(m.group()) for m in _CAPITAL.finditer(text)}
        known = self.lexicon.vocabulary | _SKIP | country_words | set(demonyms())
        return frozenset(w for w in found if w not in known)

    def best(self, text: str) -> AddedHit | None:
        """The entry asking the same thing, if one does."""
        asked = self.about(text)
        top: AddedHit | None = None
        for entry, about in self.items:
            if not same_subject(asked, about):
                continue
            score = similarity(asked, about)
            if score >= MIN_SIMILARITY and (top is None or score > top.score):
                top = AddedHit(entry, score)
        return top


def _parties(event: Event) -> list[Party]:
    return [*event.organisers, *event.hosts, *event.funders, *event.speakers]
