"""Turning resolved parts into one reply: answer, or honest deferral with the contact."""

from __future__ import annotations

from bot.answers.faq import FaqHit
from bot.answers.honesty import admits_ignorance
from bot.answers.index import WEAK, EventIndex
from bot.answers.intents import Chosen
from bot.answers.model import Part, Query, Reply, Resolver
from bot.answers.passages import PassageHit
from bot.answers.resolvers import RESOLVERS
from bot.folding import fold
from bot.text import Html

FAQ_MIN_SCORE = 6.0  # BM25 score under which an FAQ match is not trusted
FAQ_MIN_TERMS = 2
MAX_OPEN_POINTS = 2
SUPPLEMENT_WEIGHT = 3.0  # a sentence added to an intent's answer must carry rare words of the question
STANDALONE_WEIGHT = 2.5  # a sentence given as the only answer must carry at least this much of them


def contact_tail(q: Query) -> Html:
    """Where to ask what the bot cannot answer: the event's e-mail, else its web page, else its note."""
    contact = q.event.contact
    if contact.email:
        return q.r.t("answer-ask-email", email=contact.email)
    if contact.url:
        return q.r.t("answer-ask-url", url=contact.url)
    return q.r.t("answer-ask-other", text=contact.other.get(q.lang) if contact.other else "")


def related_points(q: Query, index: EventIndex, shown: str) -> list[Html]:
    """Open points of the event about what was asked (not already in the reply)."""
    asked = q.concepts - WEAK
    out = []
    for concepts, i in index.open_points:
        text = q.event.open_points[i].get(q.lang)
        # Mostly about what was asked: a point on the sponsorship deadline's hour is not about session times.
        relevant = concepts and len(concepts & asked) * 2 >= len(concepts)
        if relevant and fold(text) not in fold(shown):
            out.append(q.r.t("answer-open-point", text=text))
    return out[:MAX_OPEN_POINTS]


def faq_part(q: Query, hit: FaqHit | None) -> Part | None:
    """The FAQ answer when the match is strong enough (an answer that admits ignorance defers)."""
    if hit is None or hit.score < FAQ_MIN_SCORE or hit.matched < FAQ_MIN_TERMS:
        return None
    text = hit.entry.answer.get(q.lang)
    html = q.r.t("answer-plain", text=text)
    return q.unknown(html) if admits_ignorance(text) else q.known(html)


def _parts(q: Query, chosen: list[Chosen]) -> tuple[list[Part], list[str]]:
    parts: list[Part] = []
    intents: list[str] = []
    used: set[Resolver] = set()
    for c in chosen:
        resolver = RESOLVERS[c.intent]
        if resolver in used:
            continue
        used.add(resolver)
        parts.append(resolver(q))
        intents.append(c.intent)
    return parts, intents


def passage_part(q: Query, hits: list[PassageHit], shown: str = "", weight: float = 0.0) -> Part | None:
    """The best sentence of the event's texts carrying the question's own words, not already in the reply."""
    for hit in hits:
        if hit.weight >= weight and fold(hit.text) not in fold(shown):
            return q.known(q.r.t("answer-passage", text=hit.text))
    return None


def _fallback(q: Query, faq: FaqHit | None, passage: list[PassageHit]) -> tuple[list[Part], list[str], float]:
    """No intent: the FAQ and/or a matching sentence, else an honest 'I do not know'."""
    parts, intents = [], []
    found = faq_part(q, faq)
    if found is not None:
        parts.append(found)
        intents.append("faq")
    extra = passage_part(q, passage, "\n".join(p.html for p in parts), STANDALONE_WEIGHT)
    if extra is not None:
        parts.append(extra)
        intents.append("passage")
    if not parts:
        return [q.unknown(q.r.t("answer-dont-know"))], ["unknown"], 0.0
    return parts, intents, faq.score if faq and found else (passage[0].coverage if passage else 0.0)


def compose(
    q: Query,
    chosen: list[Chosen],
    found: tuple[FaqHit | None, list[PassageHit]],
    index: EventIndex,
    elsewhere: bool,
) -> Reply:
    """The reply: each part, the event named when it is not the current one, and the contact on deferral."""
    faq, passage = found
    parts, intents = _parts(q, chosen)
    confidence = chosen[0].score if chosen else 0.0
    if not parts:
        parts, intents, confidence = _fallback(q, faq, passage)
    elif passage:
        extra = passage_part(q, passage, "\n".join(p.html for p in parts), SUPPLEMENT_WEIGHT)
        if extra is not None:
            parts.append(extra)
            intents.append("passage")
    known = all(p.known for p in parts)
    body = [q.r.t("answer-about", title=q.event.display_title(q.lang))] if elsewhere else []
    body += [p.html for p in parts]
    if not known:
        body += related_points(q, index, "\n".join(body))
        body.append(contact_tail(q))
    html = q.r.join(body, "\n\n")
    kind = "answer" if known else "defer"
    return Reply(kind, q.lang, q.event.key, tuple(intents), html, (), confidence)
