"""Sentences of an event's own texts (background, agenda, participants...), found by the question's
content words that no concept covers ("¿Qué es la CDPD?", "Who is Prince Mired?").

Only words outside the lexicon count, weighted by how rare they are among the event's sentences; a
sentence is trusted when it carries most of that weight, so an unknown word lowers confidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from bot.answers.countries import country_spans
from bot.answers.lang import COMMON, EN_MARKERS, ES_MARKERS
from bot.events.models import Event
from bot.folding import Token, stem, words, words_of

SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n+")
MIN_COVERAGE = 0.6
PREFIX_SHARE = 0.5  # a stem met only as the start of a longer one ("gener" in "general") is weaker evidence
STOP = ES_MARKERS | EN_MARKERS
_QUOTED = re.compile(r"['\"“‘«]([^'\"”’»]{4,80})['\"”’»]")  # a phrase quoted from the invitation
# Frequent words that still say what a sentence is about; the rest of COMMON is chat ("quiero saber").
TOPICAL = frozenset(
    words_of(
        "conferencia regional mundial minas mina convencion victimas asistencia dialogo debate gobierno "
        "conference dialogue debate regional global mines mine convention victims assistance accion action"
    )
)
# Verbs of asking and telling carry no topic ("which experts spoke", "¿por qué se eligió?").
FILLER = frozenset(
    words_of(
        "spoke speak speaks spoken said say says talk talked tell told chose chosen choose picked elegio "
        "eligio elegido elegida eligieron dijo dijeron dice dicen hablo hablaron hablan habla cuenta "
        "explica explain feed feeds fed into contribute contributes relate relates tie ties "
        "mention mentions mentioned mencionan menciona mencionado mencionados mencionadas listed list lists "
        "mencion mencionaba mencionaban mencionaron menciono mencionada mentioning aparece aparecen aparecia "
        "aparecian appear appears appeared anywhere lado "
        "enumeran enumera cited citan cita plantea plantean raise raises raised porfa porfavor favor "
        "please pls plz "
        # where a fact is read and tags asking to confirm it ("según la invitación, …, verdad?")
        "segun according verdad cierto cierta correcto correcta correct true right ano anos year years "
        # light verbs: "qué necesito llevar" is not about a sentence that says "llevar a cabo"
        "llevar traer tener tengo tenemos hacer poner dar ver necesitar necesito necesitamos usar "
        "bring take need have make put give get see use"
    )
)
CHAT = (COMMON - TOPICAL) | FILLER


def event_texts(event: Event, lang: str) -> list[str]:
    """The event's descriptive texts in one language."""
    out = [event.summary.get(lang)]
    if event.background:
        out.append(event.background.get(lang))
    if event.agenda:
        out += [event.agenda.intro.get(lang)] if event.agenda.intro else []
        for item in event.agenda.items():
            out += [item.text.get(lang), *(s.text.get(lang) for s in item.sub_items)]
            out += [item.question.get(lang)] if item.question else []
    who = event.participants
    if who:
        out += [x.get(lang) for x in (*who.invited, *who.encouraged)] + (
            [who.note.get(lang)] if who.note else []
        )
    for party in (*event.organisers, *event.hosts, *event.funders, *event.speakers):
        out += [party.name.get(lang)] + ([party.role.get(lang)] if party.role else [])
    return out


def _keys(text: str, lang: str) -> set[str]:
    return {stem(w, lang) for w in words(text) if w not in STOP and (len(w) >= 3 or w.isdigit())}


@dataclass(frozen=True)
class PassageHit:
    """The sentence that best carries the question's own words: the share of their weight, and the weight."""

    text: str
    coverage: float
    weight: float


def _carried(terms: set[str], keys: set[str], idf: dict[str, float]) -> float:
    """Weight of the terms found in a sentence; a stem also meets a longer one it begins ('presid'), for
    half its weight."""
    total = 0.0
    for term in terms:
        if term in keys:
            total += idf[term]
        elif len(term) >= 5:
            near = [
                k
                for k in keys
                if len(k) >= 5 and _shared_prefix(term, k) >= max(5, min(len(term), len(k)) - 1)
            ]
            total += PREFIX_SHARE * max((idf[k] for k in near), default=0.0)
    return total


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def own_terms(toks: list[Token], vocabulary: set[str], lang: str) -> set[str]:
    """Stems of a question's own words: not the lexicon's (what is asked), not chat, not countries."""
    spans = country_spans([t.word for t in toks])
    named = {i for start, size, _ in spans for i in range(start, start + size)}
    own = [
        t
        for i, t in enumerate(toks)
        if i not in named and t.word not in vocabulary and t.word not in STOP and t.word not in CHAT
    ]
    return {t.stem(lang) for t in own if len(t.word) >= 3 or t.word.isdigit()}


class Passages:
    """One event's sentences in both languages, with inverse document frequencies of their stems."""

    def __init__(self, event: Event) -> None:
        self.sentences: dict[str, list[tuple[str, set[str]]]] = {}
        self.idf: dict[str, dict[str, float]] = {}
        for lang in ("es", "en"):
            found = [
                s.strip()
                for text in event_texts(event, lang)
                for s in SENTENCE.split(text)
                if len(s.strip()) > 15
            ]
            keyed = [(s, _keys(s, lang)) for s in dict.fromkeys(found)]
            df = Counter(k for _, keys in keyed for k in keys)
            n = len(keyed)
            self.sentences[lang] = keyed
            self.idf[lang] = {k: math.log(1 + n / f) for k, f in df.items()}
            self.unseen = math.log(1 + n)

    def best(self, toks: list[Token], vocabulary: set[str], lang: str, keep: int = 3) -> list[PassageHit]:
        """Sentences carrying most of the weight of the question's words outside `vocabulary`, best first.

        Country names do not count: which States may do what is answered from the data's structure."""
        terms = own_terms(toks, vocabulary, lang)
        if not terms:
            return []
        idf = self.idf[lang]
        total = sum(idf.get(t, self.unseen) for t in terms)
        found = []
        for sentence, keys in self.sentences[lang]:
            carried = _carried(terms, keys, idf)
            if carried / total >= MIN_COVERAGE:
                found.append(PassageHit(sentence, carried / total, carried))
        found.sort(key=lambda hit: -hit.weight)
        return found[:keep]

    def quoting(self, text: str, lang: str) -> PassageHit | None:
        """The sentence holding a phrase the question quotes ("the letter calls it a 'legal obligation'",
        "¿debe hacerse con 'la misma precisión e intensidad'?"), when there is exactly one: what the
        question asks about is that sentence."""
        for phrase in _QUOTED.findall(text):
            said = " ".join(words(phrase))
            if len(said.split()) < 2:
                continue
            found = [s for s, _ in self.sentences[lang] if said in " ".join(words(s))]
            if len(found) == 1:
                return PassageHit(found[0], 1.0, float("inf"))
        return None


def continued(event: Event, text: str, lang: str) -> list[str]:
    """The sub-items a quoted sentence announces ("…the following models of cooperation:"): a sentence
    ending in a colon is only half an answer without its list."""
    if not text.rstrip().endswith(":") or event.agenda is None:
        return []
    said = " ".join(words(text))
    for item in event.agenda.items():
        if item.sub_items and " ".join(words(item.text.get(lang))).endswith(said):
            return [f"{s.label}. {s.text.get(lang)}" if s.label else s.text.get(lang) for s in item.sub_items]
    return []
