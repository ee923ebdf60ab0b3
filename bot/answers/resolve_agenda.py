"""The programme: its items (the one a question names, quoted whole), the guiding questions, or what the
invitation says of a programme not yet published."""

from __future__ import annotations

import re

from bot.answers.model import Part, Query
from bot.answers.passages import CHAT, STOP
from bot.folding import fold, stem, words, words_of


def agenda(q: Query) -> Part:
    """The agenda, or an honest 'not available yet'."""
    links = [q.event.links[i] for i in q.programme_links]
    shown = [q.r.t("info-link", label=link.label.get(q.lang), url=link.url) for link in links]
    pending = programme_notes(q)
    if q.event.agenda is None:
        if pending and (q.has("PLACE", "LINK", "LANGUAGE", "DOCS") or len(words(q.text)) <= 2):
            # "programa": a bare keyword asks what there is of it, and the invitation says that
            # "¿Dónde encuentro el programa?", "¿en qué idioma está?": what the invitation says of it.
            return q.known(q.r.join([q.r.t("answer-plain", text=pending[0]), *shown]))
        return q.unknown(q.r.join([q.r.t("answer-agenda-unknown"), *shown]))
    topical = any(_hit(q, texts) for texts in _items(q))
    if shown and q.has("PLACE", "LINK") and not topical:
        # "Where will the programme be published?": where, not the draft itself.
        return q.known(q.r.join([*(q.r.t("answer-plain", text=p) for p in pending[:1]), *shown]))
    if q.yes_no and pending and not topical:
        # "Is the programme out yet?": not yet, what the invitation says of it, and where it will be;
        # "is there a session on gender?" cannot be told from a programme not yet published.
        said = q.r.join([q.r.t("answer-plain", text=pending[0]), *shown])
        return q.known(said, False) if _RELEASE.search(fold(q.text)) else q.unknown(said)
    # "Is mine risk education on the agenda?": yes when an item carries its words; else not said.
    titles = [] if topical else list(dict.fromkeys(x.title.get(q.lang) for x in q.event.sessions if x.title))
    # "¿Cuál es el tema del debate?": the session's own title names it before the agenda's detail.
    topic = [q.r.t("answer-agenda-topic", text="; ".join(titles))] if titles else []
    return q.known(q.r.join([*topic, agenda_overview(q), *shown], "\n\n"), True if topical else None)


_RELEASE = re.compile(
    r"\b(?:out|published|publish|publicad[oa]s?|publicaron|publican|ready|listo|lista|disponible|available|"
    r"released|yet|ya|todavia|aun|posted|shared|compartido|enviado|sent)\b"
)


def programme_notes(q: Query) -> list[str]:
    """What the event's open points say of the programme (published later, attached, its language)."""
    return [p.get(q.lang) for p in q.event.open_points if _about_programme(p.get("en"))]


def _items(q: Query) -> list[list[str]]:
    """Each agenda item's texts (its own and its sub-items')."""
    agenda = q.event.agenda
    sections = agenda.sections if agenda is not None else []
    return [
        [item.text.get(q.lang), *(s.text.get(q.lang) for s in item.sub_items)]
        for section in sections
        for item in section.items
    ]


def _hit(q: Query, texts: list[str]) -> str | None:
    """The one of an item's texts carrying most of the question's own words (the first of equals):
    "assistive technology" is sub-item b's, not the item's "victim assistance"."""
    shared = [len(q.own & {stem(w, q.lang) for w in words(t)}) for t in texts]
    best = max(shared, default=0)
    return texts[shared.index(best)] if best else None


def brief(text: str) -> str:
    """An agenda item's first clause: enough to name the topic."""
    head = re.split(r"(?<=[.:;])\s", text, maxsplit=1)[0]
    return head if len(head) <= BRIEF else head[: BRIEF - 1].rsplit(" ", 1)[0] + "…"


def agenda_overview(q: Query) -> str:
    """The agenda's headings and each item's topic in brief; an item carrying the question's own words
    ("¿se hablará de educación sobre el riesgo?") is quoted whole."""
    agenda = q.event.agenda
    assert agenda is not None
    parts = [q.r.t("info-agenda-title")]
    if q.has("COUNT"):  # "¿cuántas preguntas guía hay?": how many items, then the items
        n = len(agenda.items())
        parts.append(q.r.t("answer-agenda-count", n=n, word=q.r.t("answer-number", n=n)))
    named = _asking(q)
    for section in agenda.sections:
        parts.append(f"<b>{q.r.t('info-plain', text=section.title.get(q.lang))}</b>")
        for item in section.items:
            if named and item.number not in named:
                continue  # "¿qué les preguntan a los donantes?": the guiding questions naming donors
            texts = [item.text.get(q.lang), *(s.text.get(q.lang) for s in item.sub_items)]
            hit = _hit(q, texts)
            if q.has("GUIDING") and item.question is not None:
                # "what are the guiding questions?": each item's own, after its text when that was asked
                hit = f"{hit} {item.question.get(q.lang)}" if hit else item.question.get(q.lang)
            parts.append(q.r.t("info-agenda-item", number=item.number, text=hit or brief(texts[0])))
    return q.r.join(parts)


BRIEF = 110
_ABOUT_QUESTIONS = frozenset(
    words_of("pregunta preguntas preguntan guia guias guiding question questions ask asks")
)


def _asking(q: Query) -> set[int]:
    """For "what are donors asked in the guiding questions?": the items whose guiding question carries a
    content word of the question (a concept's word too: "donantes"); empty when none or not asked."""
    agenda = q.event.agenda
    if not q.has("GUIDING") or agenda is None:
        return set()
    asked = {stem(w, q.lang) for w in words(q.text) if len(w) > 3 and w not in _ABOUT_QUESTIONS | STOP | CHAT}
    said = {
        item.number: len(
            asked & {stem(w, q.lang) for w in words(f"{item.text.get(q.lang)} {item.question.get(q.lang)}")}
        )
        for item in agenda.items()
        if item.question
    }
    best = max(said.values(), default=0)
    return {number for number, n in said.items() if n == best} if best else set()


def _about_programme(text: str) -> bool:
    return fold(text).startswith(("programme", "program", "agenda"))
