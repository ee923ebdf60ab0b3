"""The answering engine: a delegate's free-text question -> a structured reply from the event data only.

Steps: normalise and repair typos; detect the language; find concepts, places and countries; decide
which event is meant; pick intents (several for mixed questions) and render each from the event file;
fall back to the FAQ; otherwise defer honestly with the contact. No Telegram objects, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache

from bot import places
from bot.answers.acronym_claims import acronym_claim
from bot.answers.acronyms import asked_meaning, own_acronyms
from bot.answers.anniversaries import anniversary
from bot.answers.background import earlier_occasion
from bot.answers.claims import named_parties, party_aliases, unknown_agents
from bot.answers.common_words import common_words
from bot.answers.compose import compose
from bot.answers.concepts import Hit, Lexicon
from bot.answers.convention import convention
from bot.answers.counting import counted
from bot.answers.countries import find_countries
from bot.answers.datecheck import bare_days, lone_years, named_clock
from bot.answers.demonyms import governments
from bot.answers.dialects import read_as_known
from bot.answers.event_order import event_order
from bot.answers.faq import AddedFaq, AddedIndex
from bot.answers.index import WEAK, Indexes
from bot.answers.intents import COUNTRY_FOUND, PERSON_FOUND, PLACE_FOUND, Chosen, choose
from bot.answers.lang import COMMON, EN_MARKERS, ES_MARKERS, detect
from bot.answers.mentions import country_mention
from bot.answers.misreadings import BODIES, misread, reread, title_spans
from bot.answers.model import Query, Reply
from bot.answers.numbered import joined_replies, numbered_parts
from bot.answers.numerals import in_figures
from bot.answers.passages import own_terms
from bot.answers.people import named_people
from bot.answers.premises import guess
from bot.answers.refs import month_words
from bot.answers.shaping import (
    PARTY_CONCEPTS,
    PLACE_WORDS,
    absorbed,
    as_asked_by,
    as_funded_by,
    as_group,
    checked,
    country_zone,
    focused,
    for_a_state,
    premise_free,
    reasoned,
    which_states,
    without_countries,
)
from bot.answers.steps import as_speaking_order, as_steps
from bot.answers.terms import as_term
from bot.answers.verdict import is_yes_no
from bot.answers.whereabouts import asks_from_here, quoted_offset
from bot.answers.wrapping import unwrap
from bot.events.models import Event
from bot.folding import DROPPED, Token, fold, stem, tokens, words
from bot.i18n import I18n
from bot.present.render import Renderer

_MINE = re.compile(
    r"\b(?:(?:mi|my)\s+(?:hora|time|zona|country|pais|ciudad|city)|para mi|for me|hora local|local time)\b"
)
_WE = re.compile(r"\b(?:we|us|our|nosotros|nosotras|nuestro|nuestra|nuestros|somos|estamos|podemos)\b")
_YEARS_OF = re.compile(r"\b(?:aniversario|anniversary)\b")
CLOCK = frozenset({"TIME", "START", "END", "ZONE"})
_PLACE_SKIP_KEEP = frozenset({"la", "el", "los", "las", "san", "santa", "new", "nueva"})


# what a title's words may seem to ask ("financing", "sustainable capacities") but only name the event by
_TOPICAL = frozenset({"FUND", "PAY", "SPONSOR"})


def _titles(events: list[Event]) -> tuple[tuple[str, ...], ...]:
    """The words of every event's titles, both languages."""
    texts = [t for ev in events for t in (ev.title, ev.short_title) if t is not None]
    return _title_words(tuple(text.get(lang) for text in texts for lang in ("en", "es")))


@lru_cache(maxsize=8)
def _title_words(titles: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(words(title)) for title in titles)


def _acronyms(event: Event) -> frozenset[str]:
    """The one-word short names (acronyms) of the organisations an event names ("oas", "isu", "eu")."""
    return frozenset(a for a in party_aliases(event) if " " not in a and len(a) <= 6)


MISSPELT_PLACE = 7  # letters: a shorter word one letter off a place name is too often another word
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> list[str]:
    """The words one letter away (a letter left out, added, changed, or two swapped), in a fixed order."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = [a + c + b for a, b in splits for c in _LETTERS]
    out += [a + b[1:] for a, b in splits if b]
    out += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    out += [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]]
    return list(dict.fromkeys(out))


class Engine:
    """Answers questions about events; build one per process (it caches per-event indexes)."""

    def __init__(self, i18n: I18n) -> None:
        self.i18n = i18n
        self.lexicon = Lexicon()
        self.indexes = Indexes(self.lexicon)
        self._added: dict[str, tuple[tuple[int, ...], AddedIndex]] = {}
        months = {w for month in range(1, 13) for w in month_words(month)}  # "in March": a date
        self._place_skip = frozenset((ES_MARKERS | EN_MARKERS | COMMON | DROPPED | months) - _PLACE_SKIP_KEEP)

    def _in_pairs(self, toks: list[Token]) -> list[Token]:
        """The tokens with words repaired by the word that follows them ("sing up" -> "sign up")."""
        out = list(toks)
        for i in range(len(out) - 1):
            word = self.lexicon.repair_pair(out[i].word, out[i + 1].word)
            if word != out[i].word:
                out[i] = Token(word, stem(word, "es"), stem(word, "en"), out[i].clause)
        return out

    def _repair(self, word: str) -> str:
        """A misspelt word's likely meaning; known words and place names are left alone."""
        if word in self.lexicon.known or places.index().has_word(word) or word in common_words():
            return word
        return self.lexicon.repair(word)

    def answer(
        self,
        text: str,
        *,
        event: Event,
        events: list[Event],
        lang: str,
        now: datetime,
        mine: str | None = None,
        added: Sequence[AddedFaq] = (),
    ) -> Reply:
        """Answer `text` about `event` (or another one it names), in `lang` unless written in the other."""
        self.indexes.of(event)
        if (asked := numbered_parts(text)) is not None:
            said = detect(text, words(text), words(text), self.lexicon.lang_words, lang)
            replies = [
                self.answer(p, event=event, events=events, lang=said, now=now, mine=mine, added=added)
                for p in asked
            ]
            if (joined := joined_replies(replies, event.key)) is not None:
                return joined  # "1) ¿cuándo? 2) ¿dónde? 3) ¿quién paga el viaje?": each on its own
        question = unwrap(text)
        intro = text[: len(text) - len(question)] if question and text.endswith(question) else ""
        text = in_figures(read_as_known(question))
        raw = words(text)
        toks = self._in_pairs(tokens(text, self._repair))
        r = Renderer(self.i18n, detect(text, raw, [t.word for t in toks], self.lexicon.lang_words, lang))
        hits = [reread(h, toks) for h in self.lexicon.match(toks) if not misread(h, toks)]
        named = title_spans(toks, _titles(events))  # "a debate on financing victim assistance": its name
        hits = [h for h in hits if h.concept not in _TOPICAL or not set(range(h.start, h.end)) <= named]
        here = bool(event.sessions) and any(h.concept == "Q_WHEN" for h in hits)
        here = here and asks_from_here(text, self._place_skip)
        if (named_clock(text) is not None or here) and not any(h.concept in CLOCK for h in hits):
            hits.append(Hit("TIME", 0, 0, -1, True))  # "¿sería a las 08:00?", "I'm in Amman, when…?"
        counted_years = _YEARS_OF.search(fold(text))  # "¿qué aniversario se cumple, el 20?": years, not a day
        if bare_days(fold(text)) and not counted_years and not any(h.concept == "DATE" for h in hits):
            hits.append(Hit("DATE", 0, 0, -1, True))  # "it's on the 12th, right?" asks about the date
        if not hits and lone_years(text):
            hits.append(Hit("DATE", 0, 0, -1, True))  # "the dialogue is in 2022, right?": its year
        zone, span = self._place(text, raw, toks, hits, mine, event, events)
        if zone is None and intro and any(h.concept in CLOCK for h in hits):
            zone = self._intro_zone(intro)  # "Belize here - what time does it start for us?"
        ref_words = [w for i, w in enumerate(raw) if span is None or not span[0] <= i < span[1]]
        if any(h.concept in PARTY_CONCEPTS for h in hits):
            ref_words = without_countries(ref_words)  # "lo organiza El Salvador?": a party, not a venue
        ref_words = premise_free(ref_words)
        if (ordered := event_order(r, text, event, events, self.indexes.finder(events))) is not None:
            return Reply("answer", r.lang, event.key, ("event_order",), ordered)  # "which came first?"
        other, candidates = self.indexes.finder(events).named(ref_words, event.key)
        if candidates:
            html = r.t("answer-which-event")
            return Reply("clarify", r.lang, event.key, ("clarify",), html, tuple(candidates))
        target = next((ev for ev in events if ev.key == other), event)
        if (known := self._organisers_answer(r, target, added, text)) is not None:
            return known
        if is_yes_no(text) and (said := acronym_claim(text, target, r.lang)) is not None:
            short, long, holds = said  # "el INABVE es el ministerio de defensa, ¿verdad?"
            html = r.join(
                [r.t("answer-yes" if holds else "answer-no"), r.t("answer-acronym", short=short, long=long)]
            )
            return Reply("answer", r.lang, target.key, ("acronym",), html)
        if meanings := asked_meaning(text, target, r.lang):
            html = r.join([r.t("answer-acronym", short=short, long=long) for short, long in meanings])
            return Reply("answer", r.lang, target.key, ("acronym",), html)
        countries = find_countries(raw)
        countries += [c for c in governments(raw) if c not in countries]  # "el gobierno salvadoreño"
        if intro and _WE.search(fold(text)):  # "Suriname here – are we one of the States that…?"
            countries += [c for c in find_countries(words(intro)) if c not in countries]
        if zone is not None:
            hits.append(Hit(PLACE_FOUND, 0, 0, -1, True))
        if countries:
            hits.append(Hit(COUNTRY_FOUND, 0, 0, -1, True))
        if "@" in text:  # "…and I send it to isu@…?": the address is checked against the contact
            hits.append(Hit("CONTACT", 0, 0, -1, True))
        people = named_people(raw, target, self._place_skip)
        if people:
            hits.append(Hit(PERSON_FOUND, 0, 0, -1, True))
        links = self.indexes.of(target).programme_links
        query = Query(r, target, now, mine, {h.concept for h in hits}, zone, countries, links, text)
        guessed = guess(text)
        query.yes_no = is_yes_no(text) or guessed is not None
        query.named_place = self._named_place(raw, toks, hits, guessed) if query.yes_no else None
        query.own = frozenset(own_terms(toks, self.lexicon.vocabulary, r.lang))
        query.parties = named_parties(raw, events) | unknown_agents(text, target)
        query.people, query.events = people, events
        if (said := convention(query)) is not None:  # "q es eso de la convención?": its full name
            return self._quoted(query, *said, target is not event)
        if (earlier := country_mention(query) or anniversary(query) or earlier_occasion(query)) is not None:
            return self._quoted(query, *earlier, target is not event)
        chosen = choose(hits, self.lexicon.weights) if toks else [Chosen("help", "chat", 1.0)]
        chosen = as_funded_by(query, reasoned(query, as_asked_by(focused(chosen, raw), query.concepts)))
        if span is not None and any(c.intent == "time_in_place" for c in chosen):
            # "En Ciudad de México, ¿sería a las 8?": the place gives the time zone, not the venue
            chosen = [c for c in chosen if c.intent != "where"]
        chosen = absorbed(which_states(query, for_a_state(query, as_group(query, chosen))))
        chosen = as_term(query, as_speaking_order(query, as_steps(query, counted(query, chosen))))
        return self._reply(query, checked(query, chosen, raw), toks, target is not event)

    def _quoted(self, q: Query, html: str, verdict: bool | None, elsewhere: bool) -> Reply:
        """A reply quoting one sentence of the event's texts (yes first when it settles the question)."""
        head = [q.r.t("answer-yes")] if verdict and not html.startswith(q.r.t("answer-yes")) else []
        head += [q.r.t("answer-no")] if verdict is False and not html.startswith(q.r.t("answer-no")) else []
        head += [q.r.t("answer-about", title=q.event.display_title(q.lang))] if elsewhere else []
        return Reply("answer", q.lang, q.event.key, ("background",), q.r.join([*head, html], "\n\n"))

    def _intro_zone(self, intro: str) -> str | None:
        """The zone of a place the asker says they write from, before the question ("Belize here –")."""
        ws = words(intro)
        found = places.index().find(ws, self._place_skip)
        return None if found is None else country_zone(ws[found.start : found.end]) or found.zone

    def _named_place(
        self, raw: list[str], toks: list[Token], hits: list[Hit], guessed: list[str] | None
    ) -> list[str] | None:
        """The folded words of a place a yes/no question names ("es en tegucigalpa no?"), or guesses
        ("where is it? San Salvador?")."""
        used = {toks[i].word for h in hits for i in range(h.start, h.end)}
        found = places.index().find(raw, self._place_skip | used)
        if (
            found is not None
            and guessed
            and raw[found.start : found.end] == guessed[-(found.end - found.start) :]
        ):
            return raw[found.start : found.end]
        if found is None or found.start == 0 or raw[found.start - 1] not in PLACE_WORDS:
            return None  # "¿se tratará el plan de Siem Reap?" names a place, but not as the event's
        if set(raw[max(0, found.start - 6) : found.start - 1]) & BODIES:
            return None  # "2 from an NGO in Quito", "una Observación Permanente ante la OEA en Washington"
        return raw[found.start : found.end]

    def _organisers_answer(
        self, r: Renderer, event: Event, added: Sequence[AddedFaq], text: str
    ) -> Reply | None:
        """The answer organisers gave to the same question (FAQ entries they added from the bot), if any:
        it comes first, in the words they wrote."""
        known = self._added_index(event, added).best(text)
        if known is None:
            return None
        html = r.t("relay-faq-answer", text=known.entry.answer)
        return Reply("answer", r.lang, event.key, ("faq-added",), html, (), known.score)

    def _added_index(self, event: Event, added: Sequence[AddedFaq]) -> AddedIndex:
        """The index of an event's added entries, rebuilt when they change."""
        entries = [entry for entry in added if entry.event_key == event.key]
        ids = tuple(entry.id for entry in entries)
        cached = self._added.get(event.key)
        if cached is None or cached[0] != ids or cached[1].event is not event:
            self.lexicon.extend({w for entry in entries for w in words(entry.question)})
            index = AddedIndex(entries, event, self._repair, WEAK)
            self._added[event.key] = cached = (ids, index)
        return cached[1]

    def _place(
        self,
        text: str,
        raw: list[str],
        toks: list[Token],
        hits: list[Hit],
        mine: str | None,
        event: Event,
        events: list[Event],
    ) -> tuple[str | None, tuple[int, int] | None]:
        """A zone the question asks times in (an offset, a named place, or 'my time'), and its word span."""
        if not any(h.concept in CLOCK for h in hits):
            return None, None
        offset, quoted = places.offset_zone(text), quoted_offset(text, event)
        if offset is not None and quoted is None:
            return offset, None
        if mine is not None and _MINE.search(fold(text)):
            return mine, None
        skip = self._place_skip | (quoted or frozenset())  # "dice GMT+1 Suiza, ¿qué hora es en Londres?"
        skip |= {a for ev in events for a in _acronyms(ev)}  # "the OAS one": not Oas in the Philippines
        used = {toks[i].word for h in hits for i in range(h.start, h.end)}
        found = places.index().find(raw, skip | used)
        whole = places.index().find(raw, skip)  # "Ciudad de Guatemala": a concept's word inside
        if (
            whole is not None
            and whole.end - whole.start > 1
            and whole.start > 0
            and raw[whole.start - 1] in PLACE_WORDS
        ):
            found = whole
        if found is None:
            misspelt = self._misspelt_place(raw, toks, skip | used) if offset is None else None
            return (offset, None) if misspelt is None else misspelt
        return country_zone(raw[found.start : found.end]) or found.zone, (found.start, found.end)

    def _misspelt_place(
        self, raw: list[str], toks: list[Token], skip: frozenset[str] | set[str]
    ) -> tuple[str, tuple[int, int]] | None:
        """A place name misspelt by one letter ("Paramaibo"), for a word no dictionary of ours knows."""
        index = places.index()
        repaired = {t.word for t in toks}
        for i, word in enumerate(raw):
            if len(word) < MISSPELT_PLACE or word in skip or word not in repaired or not word.isalpha():
                continue
            if word in self.lexicon.known or word in common_words() or index.has_word(word):
                continue
            zone = next((z for c in _one_edit(word) if index.has_word(c) and (z := index.lookup(c))), None)
            if zone is not None:
                return zone, (i, i + 1)
        return None

    def _reply(self, q: Query, chosen: list[Chosen], toks: list[Token], elsewhere: bool) -> Reply:
        """Resolve the intents (or the FAQ, or defer) and compose the reply."""
        index = self.indexes.of(q.event)
        own = own_acronyms(q.event)
        toks = [t for t in toks if t.word not in own]  # "the RSD" names the event, not a sentence
        faq = index.faq.best(toks) if not chosen else None
        passage = index.passages.best(toks, self.lexicon.vocabulary, q.lang)
        return compose(q, chosen, (faq, passage), index, elsewhere)
