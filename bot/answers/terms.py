"""What a term means, asked about a term the event's texts never use ("'national ownership' – what does the
invitation mean by that?"): the invitation does not explain it, so the honest reply defers with the
contact. A term that heads a part of the agenda ("what does victim assistance mean here?") is answered by
what that part lists; any other term the texts use is left to the other rules (its sentence, an acronym)."""

from __future__ import annotations

import re

from bot.answers.index import event_texts
from bot.answers.intents import Chosen
from bot.answers.model import Part, Query
from bot.answers.passages import CHAT, STOP
from bot.answers.resolve_agenda import brief
from bot.events.content import AgendaSection
from bot.events.models import Event
from bot.folding import fold, stem, words

_QUOTED = re.compile(r"['\"“‘«]([^'\"”’»]{3,60})['\"”’»]")
_MEANS = (
    r"(?:what does|what do|que|q) .{0,40}\b"
    r"(?:mean|means|meant|significa|significan|quiere decir|quieren decir)\b|"
    r"\bwhat(?:'s| is|s)? meant\b|\bwhat(?:'s| is) the meaning\b|\ba que se refiere|\bque se entiende\b"
)
# "national ownership - what does the invitation mean by that?", "'mine-free zone': what is meant by it?"
_TERM_FIRST = re.compile(rf"^\W*(?P<term>[^-–—:?]{{3,60}}?)\s*[-–—:]\s*(?:{_MEANS})")
_MEANING = re.compile(_MEANS)
# "what does X mean", "qué significa X": the words after the verb
_TERM_AFTER = re.compile(
    r"\b(?:what does|what do)\s+(?P<a>.{3,60}?)\s+mean\b|"
    r"\b(?:que|q)\s+(?:significa|quiere decir)\s+(?P<b>.{3,60}?)\s*(?:\?|$|\ben\b|\bpara\b|,)|"
    r"\bwhat is meant by\s+(?P<c>.{3,60}?)\s*(?:\?|$|\bin\b|,)"
)
_SOURCE = frozenset(
    {"invitation", "invitacion", "letter", "carta", "text", "texto", "annex", "anexo", "that", "eso", "esto"}
    | {"contexto", "context", "here", "aqui", "exactly", "exactamente", "actually", "realmente", "really"}
)


def asked_term(text: str) -> str | None:
    """The term a question asks the meaning of, when it asks one."""
    if not _MEANING.search(fold(text)):
        return None
    if quoted := _QUOTED.search(text):
        return quoted.group(1).strip()
    if first := _TERM_FIRST.search(fold(text)):
        return first.group("term").strip()
    if after := _TERM_AFTER.search(fold(text)):
        return next(g for g in after.groups() if g).strip()
    return None


def _content(term: str, lang: str) -> set[str]:
    """The term's content words (not chat, nor "the invitation", "here", "actually")."""
    skip = STOP | CHAT | _SOURCE
    return {w for w in words(term) if len(w) > 3 and w not in skip}


def _said(asked: set[str], text: str, lang: str) -> bool:
    """Whether a text uses every word asked about, in any form (a misspelt one too: "assitance")."""
    ws = words(text)
    own = {stem(w, lang) for w in ws}
    return all(stem(a, lang) in own or any(_alike(a, w) for w in ws) for a in asked)


def _alike(a: str, b: str) -> bool:
    return len(a) >= 6 and len(b) >= 6 and a[:4] == b[:4] and a[-3:] == b[-3:] and abs(len(a) - len(b)) <= 2


def unused_term(q: Query) -> str | None:
    """The term asked about, when the event's texts (in either language) never use its words together."""
    term = asked_term(q.text)
    if term is None:
        return None
    for lang in ("en", "es"):
        asked = _content(term, lang)
        if not asked:
            return None
        if any(_said(asked, t, lang) for t in _all_texts(q.event)):
            return None
    return term


_TEXTS: dict[int, tuple[Event, list[str]]] = {}
MAX_CACHED = 16


def _all_texts(event: Event) -> list[str]:
    """Every text of the event file (its notes, sponsorship, FAQ too), in both languages (kept per event
    object: a reloaded file is another object)."""
    cached = _TEXTS.get(id(event))
    if cached is None or cached[0] is not event:
        if len(_TEXTS) > MAX_CACHED:
            _TEXTS.clear()
        _TEXTS[id(event)] = cached = (event, event_texts(event))
    return cached[1]


def as_term(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """ "What does the invitation mean by X?", X nowhere in its texts: not explained (see `unused`); X the
    heading of a part of the agenda ("what is meant by 'residual contamination'?"): what that part lists."""
    if _heading(q) is not None:
        return [Chosen("heading", "programme", 1.0)]
    if unused_term(q) is not None:
        return [Chosen("unknown_term", "general", 1.0)]
    return chosen


def _heading(q: Query) -> AgendaSection | None:
    """The agenda section whose heading carries every word of the term asked about (one only)."""
    term = asked_term(q.text)
    agenda = q.event.agenda
    if term is None or agenda is None or len(agenda.sections) < 2:
        return None
    asked = _content(term, q.lang)
    found = [s for s in agenda.sections if asked and _said(asked, s.title.get(q.lang), q.lang)]
    return found[0] if len(found) == 1 else None


def heading(q: Query) -> Part:
    """The resolver of a heading asked about: its items and their sub-items, each in brief."""
    section = _heading(q)
    assert section is not None
    lines = [q.r.t("answer-heading", title=section.title.get(q.lang))]
    for item in section.items:
        lines.append(q.r.t("info-agenda-item", number=item.number, text=brief(item.text.get(q.lang))))
        lines += [
            f"   {sub.label}) {q.r.t('answer-plain', text=brief(sub.text.get(q.lang)))}"
            for sub in item.sub_items
        ]
    return q.known(q.r.join(lines))


def term_unknown(q: Query) -> Part:
    """The resolver of `as_term`."""
    return q.unknown(q.r.t("answer-term-unknown", term=unused_term(q) or ""))
