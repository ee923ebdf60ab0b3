"""Sentences of the event's own texts given as (part of) an answer: the one carrying the question's words,
or the one holding a phrase it quotes; and when such a sentence answers a yes/no question with yes."""

from __future__ import annotations

import re

from bot.answers.countries import find_countries
from bot.answers.index import EventIndex
from bot.answers.mentions import asks_mention
from bot.answers.model import Part, Query
from bot.answers.passages import PassageHit, continued
from bot.answers.premises import check_ordinal
from bot.folding import fold, stem, words


def passage_part(q: Query, hits: list[PassageHit], shown: str = "", weight: float = 0.0) -> Part | None:
    """The best sentence of the event's texts carrying the question's own words, not already in the reply
    (for a yes/no question naming an ordinal, whether the sentence gives the same one)."""
    for hit in hits:
        if hit.weight >= weight and fold(hit.text) not in fold(shown):
            more = [q.r.t("answer-plain", text=line) for line in continued(q.event, hit.text, q.lang)]
            html = q.r.join([q.r.t("answer-passage", text=hit.text), *more])
            verdict = check_ordinal(q.text, hit.text)
            whole = hit.coverage >= WHOLE
            said = whole and len(q.own) >= QUOTED_TERMS
            # "any mention of gender?": a sentence holding the word is the yes, whatever occasion it tells of
            mentioned = whole and asks_mention(q.text)
            # "Are community-level service providers mentioned as the most affected…?"; not with a negation
            # (the words match either way), nor a sentence about another year ("experts… at the 2019 panel")
            if verdict is None and q.yes_no and said and not _NEGATED.search(fold(q.text)):
                verdict = None if _other_occasion(q, hit.text) and not mentioned else True
            elif verdict is None and q.yes_no and mentioned and not _NEGATED.search(fold(q.text)):
                verdict = True
            if verdict is None and q.yes_no and not _NEGATED.search(fold(q.text)):
                verdict = _listed(q, hit.text, more)
            return q.known(html, verdict)
    return None


def _listed(q: Query, sentence: str, more: list[str]) -> bool | None:
    """A yes/no on what a listing sentence names: yes when the sentence with the list it announces holds
    every one of the question's own words ("South-South cooperation was one of the models?"); no when
    the question names a State and the sentence names others, not it ("experts from Brazil, right?")."""
    if more and len(q.own) >= QUOTED_TERMS:
        held = {stem(w, q.lang) for w in words(fold(" ".join([sentence, *more])))}
        if q.own <= held:
            return True
    asked = set(find_countries(words(fold(q.text))))
    named = set(find_countries(words(fold(sentence))))
    if asked and len(named) >= 2 and not asked & named:
        return False
    return None


_NEGATED = re.compile(r"\b(?:not|no|never|nunca|ni|sin|without|nor)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _other_occasion(q: Query, sentence: str) -> bool:
    """Whether a sentence tells of another occasion: a year not the event's own, or any sentence of the
    background (which tells of earlier ones: "experts from Norway and Peru shared lessons…" in 2019)."""
    own = {str(q.event.dates.first_day.year), str(q.event.dates.last_day.year)}
    background = q.event.background
    told = background is not None and any(sentence in text for text in (background.en, background.es))
    return told or bool(set(_YEAR.findall(sentence)) - own)


WHOLE = 0.999  # a sentence carrying every one of the question's own words…
QUOTED_TERMS = 2  # …when there are at least this many says yes to "does it say…?"


def quoted_part(q: Query, index: EventIndex, parts: list[Part]) -> Part | None:
    """The one sentence holding a phrase the question quotes, first; yes to "does it say '…'?"."""
    hit = index.passages.quoting(q.text, q.lang)
    if hit is None or any(fold(hit.text) in fold(p.html) for p in parts):
        return None
    html = q.r.t("answer-passage", text=hit.text)
    return q.known(html, True if q.yes_no and not _NEGATED.search(fold(q.text)) else None)
