"""Turning resolved parts into one reply: answer, or honest deferral with the contact."""

from __future__ import annotations

import re

from bot.answers.agenda_items import numbered_item
from bot.answers.date_reason import date_reason
from bot.answers.datecheck import check_event_dates
from bot.answers.faq import FaqHit
from bot.answers.honesty import admits_ignorance
from bot.answers.index import WEAK, EventIndex
from bot.answers.intents import Chosen
from bot.answers.model import Part, Query, Reply, Resolver
from bot.answers.party_roles import party_roles
from bot.answers.passages import PassageHit
from bot.answers.quotes import passage_part, quoted_part
from bot.answers.resolvers import RESOLVERS
from bot.answers.settling import settle, unplaced_claim
from bot.answers.shaping import SPONSOR_ASKS
from bot.answers.shortening import SCREENS, role, shorten
from bot.answers.unmentioned import unmentioned
from bot.answers.unsaid import (
    ABSENCES,
    about_interpreters,
    about_press,
    answered_by_quota,
    for_unsponsored,
    hypothetical,
    self_paid,
    unlisted_asker,
    unpriced,
)
from bot.answers.verdict import check_place
from bot.answers.which_event import asks_which_event, named_first
from bot.events.common import EventFormat
from bot.events.participation import Cover
from bot.folding import fold
from bot.present.event import place as place_name
from bot.present.event import when
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
    url = q.event.contact.url if not q.event.contact.email else None
    for concepts, i in index.open_points:
        text = q.event.open_points[i].get(q.lang)
        if url and url in text:
            continue  # "no e-mail is given; see bit.ly/…": what the contact tail below says
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


LIGHT = frozenset({"unknown_bring"})


def _covered(q: Query, chosen: list[Chosen]) -> bool:
    s = q.event.sponsorship
    paid = any(c.intent == "sp_covers" for c in chosen)
    return paid and s is not None and Cover.ACCOMMODATION in s.covers


def _asked_else(q: Query, chosen: list[Chosen]) -> bool:
    """Whether something other than a sponsorship is asked, and no word asks for one."""
    sponsor = q.has("SPONSOR", "FUND", "PAY", "COVER")
    return not sponsor and any(c.intent not in SPONSOR_ASKS for c in chosen)


def _parts(q: Query, chosen: list[Chosen]) -> tuple[list[Part], list[str]]:
    parts: list[Part] = []
    intents: list[str] = []
    used: set[Resolver] = set()
    in_person = q.event.format is EventFormat.IN_PERSON
    for c in chosen:
        resolver = RESOLVERS[c.intent]
        if c.intent in LIGHT and any(o.score >= c.score for o in chosen if o is not c):
            continue  # "llevo la implementación": a light verb, not a question on what to bring
        if c.intent == "sp_nominations" and any(o.intent == "sp_ngo" for o in chosen):
            continue  # an organisation asking: States' quotas are not its answer
        if c.intent == "unknown_accom" and _covered(q, chosen):
            continue  # "quién paga el hotel": the sponsorship's cover answers it
        if c.intent == "unknown_transfer" and _covered(q, chosen) and q.has("SPONSOR", "COVER"):
            continue  # "sponsorship: flights? hotel? airport pickup?": the cover list says what it pays
        if c.intent == "connect" and in_person and any(o.intent == "format" for o in chosen):
            continue  # "¿es presencial o por zoom?": in person, so there is no platform to name
        if c.intent == "connect" and any(o.intent == "time_in_place" for o in chosen):
            continue  # "I'll connect from Port of Spain, what time is that for me?": the time, not a platform
        if c.intent in SPONSOR_ASKS and q.event.sponsorship is None and _asked_else(q, chosen):
            continue  # "Canadian official: can Canada take part?": no sponsorship asked, and there is none
        if c.intent == "unknown_fee" and any(o.intent == "sp_nominations" for o in chosen):
            continue  # "is the cost of that third person covered?": a sponsored seat, not a fee
        if c.intent in ("where", "format") and any(o.intent == "field_visit" for o in chosen):
            continue  # "¿hay visita de campo? ¿a dónde?": the visit's place, which its note covers
        if resolver in used:
            continue
        used.add(resolver)
        part = resolver(q)
        if part.html and any(part.html == p.html and part.known == p.known for p in parts):
            continue  # "primera semana de mayo y dura 3 días, ¿correcto?": the dates said once
        parts.append(part)
        intents.append(c.intent)
    return parts, intents


def other_dates(q: Query) -> list[Html]:
    """For a false premise on dates: the other event those dates are ("10–11 February 2021 was…"), its
    year aside ("¿es el 10 y 11 de febrero del 2026?")."""
    text = re.sub(r"\b(?:19|20)\d\d\b", "", q.text)
    return [
        q.r.t("answer-premise-other", when=when(ev, q.lang), title=ev.display_title(q.lang))
        for ev in q.events
        if ev.key != q.event.key and check_event_dates(text, ev) is True
    ][:1]


def _fallback(q: Query, faq: FaqHit | None, passage: list[PassageHit]) -> tuple[list[Part], list[str], float]:
    """No intent: the FAQ and/or a matching sentence, else an honest 'I do not know'."""
    parts, intents = [], []
    found = faq_part(q, faq)
    if found is not None:
        parts.append(found)
        intents.append("faq")
    elif (roles := party_roles(q)) is not None:  # "what role does the Netherlands have here?"
        return [roles], ["party_roles"], 1.0
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
    if (quoted := quoted_part(q, index, parts)) is not None:
        parts.insert(0, quoted)  # "the letter calls it a 'legal obligation': which article?": that sentence
        intents.insert(0, "quoted")
    if "purpose" in intents and set(intents) <= {"purpose", "schedule"} and (reason := date_reason(q, index)):
        parts, intents = [reason], ["passage"]  # "why on 4 December?": the sentence giving the reason
    if set(intents) <= {"agenda", "quoted"} and (item := numbered_item(q)) is not None:
        parts, intents = [item], ["agenda"]  # "¿qué modelos de cooperación lista el punto 6?"
    if about_interpreters(q):  # "do interpreters get their travel covered too?"
        parts, intents = (
            [q.unknown(q.r.t("answer-unknown-interpreters")), *parts],
            ["unknown_interpreters", *intents],
        )
    if about_press(q):  # "can media attend?", "is there a spokesperson?": the invitation says nothing of it
        parts, intents = [q.unknown(q.r.t("answer-unknown-press"))], ["unknown_press"]
    elif unmentioned(q):  # "live captions?", "a per diem?", "the resolution's number?": the file never says
        parts, intents = [q.unknown(q.r.t("answer-dont-know"))], ["unknown"]
    if not parts:
        parts, intents, confidence = _fallback(q, faq, passage)
    elif passage:
        extra = passage_part(q, passage, "\n".join(p.html for p in parts), SUPPLEMENT_WEIGHT)
        if extra is not None:
            parts.append(extra)
            intents.append("passage")
    if asks_which_event(q.text):  # "which of the 3 events was online?": the one it fits, named first
        q, parts, intents = named_first(q, parts, intents)
    unplaced = unplaced_claim(q, intents)
    known = all(p.known for p in parts) and not unplaced
    if known and hypothetical(q) and not (set(intents) & ABSENCES and answered_by_quota(q)):
        known = False  # "What happens if we miss the deadline by a few days?": the invitation does not say
    # "can a member of parliament be sponsored?", "is lunch provided for those not sponsored?"
    known = known and not unlisted_asker(q, intents) and not for_unsponsored(q, intents)
    known = (
        known and not self_paid(q, intents) and not unpriced(q, parts)
    )  # "if we pay ourselves", "how much"
    verdict = settle(q, intents, parts) if known else None
    head = [] if verdict is None else [q.r.t("answer-yes" if verdict else "answer-no")]
    elsewhere = elsewhere and "which_event" not in intents  # the event is named in the reply's first line
    head += [q.r.t("answer-about", title=q.event.display_title(q.lang))] if elsewhere else []
    said = [(p.html, role(i)) for p, i in zip(parts, intents, strict=True)]
    if verdict is False:  # "Feb 10-11, 3pm Geneva time, organised by the EU, right?": the correction first
        said = [said[i] for i in sorted(range(len(parts)), key=lambda i: parts[i].verdict is not False)]
    not_said = q.r.t("answer-where-unknown")
    if unplaced and not any(not_said in html for html, _ in said):
        said.insert(0, (not_said, "answer"))
    elif (
        verdict is False
        and "where" not in intents
        and check_place(q.event, q.named_place) is False
        and place_name(q.event, q.lang)  # a virtual event has no place to name
    ):
        said.append((q.r.t("answer-where", place=place_name(q.event, q.lang)), "answer"))  # "¿es en Lima?"
    if verdict is False and check_event_dates(q.text, q.event) is False:
        said += [(line, "answer") for line in other_dates(q)]
    blocks = [*((h, "head") for h in head), *said]
    short, cut = shorten(blocks, q)
    body = [short]
    if not known:
        body += related_points(q, index, "\n".join(body))
        body.append(contact_tail(q))
    html = q.r.join(body, "\n\n")
    kind = "answer" if known else "defer"
    more = SCREENS.get(chosen[0].topic, "logistics") if cut and chosen else None
    return Reply(kind, q.lang, q.event.key, tuple(intents), html, (), confidence, more)
