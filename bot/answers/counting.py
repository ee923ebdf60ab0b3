"""Counting what the invitation lists: "how many countries are listed?", "¿cuántos Estados declararon el
cumplimiento del artículo 5?", "how many people signed the invitation?". The count is read off the event
file's own list (the States of one line of the encouraged list, the States that may request sponsorship,
the signatories), said in words, then the list itself."""

from __future__ import annotations

import re

from bot.answers.countries import country_spans, find_countries
from bot.answers.intents import Chosen
from bot.answers.model import Part, Query
from bot.answers.passages import CHAT, STOP
from bot.answers.resolve_time import duration
from bot.countries import name as country_name
from bot.folding import fold, stem, words, words_of
from bot.present.info import bullets, languages_block

HOW_MANY = re.compile(r"\b(?:how many|cuant[oa]s|cuant[oa]|number of|numero de|cantidad de)\b")
_STATES = re.compile(r"\b(?:countries|country|states|state parties|paises|pais|estados|naciones|nations)\b")
# "listed", "named", "in the list", "in total": the whole list, not how many will come
_LISTED = re.compile(
    r"\b(?:listed|list|named|mentioned|in total|altogether|lista|listad[oa]s|nombrad[oa]s|mencionad[oa]s|"
    r"mencionan|menciona|aparecen|figuran|en total|annex|anexo|encouraged|alienta|alientan)\b"
)
# a quota or an attendance, which a list does not count: "how many per State?", "how many will attend?"
_NOT_A_LIST = re.compile(
    r"\b(?:per|each|por (?:estado|pais|delegacion)|cada|officials|funcionarios|people per|personas por|"
    r"will (?:attend|come|participate)|asistiran|vendran|participaran|van a ir|sponsor\w*|patrocin\w*)\b"
)
_SIGNED = re.compile(
    r"\b(?:signed|sign|signatories|signatures|firmad[oa]s?|firma|firmas|firmaron|firmantes)\b"
)


def counted(q: Query, chosen: list[Chosen]) -> list[Chosen]:
    """A "how many" question about a list the invitation gives is answered by counting that list."""
    return [Chosen("count", "general", 1.0)] if count_part(q) is not None else chosen


def count(q: Query) -> Part:
    """The resolver of a counted list (see `counted`)."""
    part = count_part(q)
    assert part is not None
    return part


def count_part(q: Query) -> Part | None:
    """How many of a list the question names, with the list; None when it asks no count of a list."""
    text = fold(q.text)
    if not HOW_MANY.search(text) or q.yes_no:
        return None
    if _SIGNED.search(text) and q.event.signatories:
        return _signatories(q)
    if not _TIME_UNITS.search(text) and (listed := _agenda(q)) is not None:
        return listed
    if q.has("LANGUAGE", "INTERP") and (langs := _languages(q)) is not None:
        return langs
    if _HOURS.search(text) and len(q.event.sessions) > 1 and not q.has("PLACE", "ZONE"):
        return _hours(q)
    if _STATES.search(text) and not _NOT_A_LIST.search(text):
        return _states(q, text)
    return None


_TIME_UNITS = re.compile(
    r"\b(?:days?|dias?|jornadas?|hours?|horas?|sessions?|sesion|sesiones|weeks?|semanas?)\b"
)
_HOURS = re.compile(r"\b(?:hours|horas|hrs)\b")
_GENERIC = frozenset(
    words_of(
        "agenda items item points point puntos punto temas tema topics topic numbered numerados numerad "
        "section seccion sections secciones list lista listed many cuantos cuantas mentioned mencionan "
        "there hay"
    )
)


def _content(text: str, lang: str) -> set[str]:
    """Stems of the question's content words (four letters or more, no chat or counting words)."""
    return {stem(w, lang) for w in words(text) if len(w) > 3 and w not in STOP | CHAT | _GENERIC}


def _agenda(q: Query) -> Part | None:
    """ "¿cuántos modelos de cooperación se mencionan?": the sub-items of the item whose text names them;
    "how many items are about residual contamination?": the items of the section its title names."""
    agenda = q.event.agenda
    if agenda is None:
        return None
    asked = _content(q.text, q.lang)

    def score(text: str) -> int:
        return len(asked & {stem(w, q.lang) for w in words(text)})

    listing = [item for item in agenda.items() if item.sub_items]
    scores = [score(item.text.get(q.lang)) for item in listing]
    if scores and max(scores) >= 2 and scores.count(max(scores)) == 1:
        item = listing[scores.index(max(scores))]
        subs = [sub.text.get(q.lang).rstrip(" ,;.") for sub in item.sub_items]
        said = q.r.t("answer-count-subitems", word=number(q, len(subs)), number=item.number)
        return q.known(q.r.join([said, bullets(subs)]))
    titles = [score(section.title.get(q.lang)) for section in agenda.sections]
    if max(titles) >= 2 and titles.count(max(titles)) == 1:
        section = agenda.sections[titles.index(max(titles))]
        numbers = [item.number for item in section.items]
        said = q.r.t(
            "answer-count-section",
            word=number(q, len(numbers)),
            title=section.title.get(q.lang),
            first=numbers[0],
            last=numbers[-1],
        )
        return q.known(said)
    return None


def _languages(q: Query) -> Part | None:
    """ "how many interpretation languages?": how many, then what the event file says of its languages."""
    langs = q.event.interpretation if q.has("INTERP") else q.event.languages or q.event.interpretation
    if not langs:
        return None
    key = "answer-count-interpretation" if q.has("INTERP") else "answer-count-languages"
    return q.known(q.r.join([q.r.t(key, word=number(q, len(langs))), languages_block(q.r, q.event)]))


def _hours(q: Query) -> Part | None:
    """ "¿cuántas horas en total entre los dos días?": the sessions' lengths added up, then the sessions."""
    seconds = sum((s.end - s.start).total_seconds() for s in q.event.sessions)
    if seconds % 3600:
        return None
    said = q.r.t("answer-count-hours", word=number(q, int(seconds // 3600)))
    return q.known(q.r.join([said, duration(q).html]))


def number(q: Query, n: int) -> str:
    """A count in words ("twelve", "doce"), as people say it."""
    return q.r.t("answer-number", n=n)


def _signatories(q: Query) -> Part:
    people = q.event.signatories
    names = [p.name for p in people]
    said = q.r.t("answer-count-signed", word=number(q, len(people)))
    return q.known(q.r.join([said, bullets(names)]))


# words of the list's heading, which every line of it shares ("encouraged to participate", "States", "list")
_HEADING = frozenset(
    words_of(
        "especialmente particularly alentados alentadas alienta alientan encouraged encourage participar "
        "participate partcipar asistir attend anexo annex lista list listed paises countries estados states"
    )
)


def _shared(q: Query, line: str) -> int:
    """The question's own words a line of the list uses (not chat, nor the list's heading, nor a State)."""
    ws = words(q.text)
    named = {i for start, size, _ in country_spans(ws) for i in range(start, start + size)}
    asked = [w for i, w in enumerate(ws) if i not in named and len(w) > 3 and w not in STOP | CHAT | _HEADING]
    said = words(line)
    own = {stem(w, q.lang) for w in said}
    text = " ".join(asked)
    exact = {w for w in asked if stem(w, q.lang) in own or _SHORT.get(w, w) in said}
    return len(exact) + _misspelt(text, line)


_SHORT = {"art": "articulo", "arts": "articulos"}


def _misspelt(text: str, line: str) -> int:
    """Long words of the question misspelt from one of the line's ("consitently"): same first four and last
    three letters, not the same word."""
    said = {w for w in words(line) if len(w) >= 7}
    asked = {w for w in words(text) if len(w) >= 7} - said
    return sum(any(w[:4] == x[:4] and w[-3:] == x[-3:] for x in said) for w in asked)


def _states(q: Query, text: str) -> Part | None:
    """The States of the encouraged line the question words (two content words shared, as `which_states`),
    else, when it asks about the list as such, every State the invitation lists."""
    who = q.event.participants
    lines = [x.get(q.lang) for x in who.encouraged] if who else []
    scores = [_shared(q, line) for line in lines]
    best = max(scores, default=0)
    if best >= 1 and scores.count(best) == 1:
        line = lines[scores.index(best)]
        n = len(find_countries(words(line)))
        if n:
            said = q.r.t("answer-count-line", word=number(q, n), text=line)
            return q.known(said)
    if not _LISTED.search(text) and not q.has("LISTED", "ENCOURAGE"):
        return None
    sponsorship = q.event.sponsorship
    codes = list(sponsorship.eligible_states) if sponsorship else []
    if not codes:
        codes = list(dict.fromkeys(c for line in lines for c in find_countries(words(line))))
    if not codes:
        return None
    names = [country_name(c, q.lang) for c in codes]
    said = q.r.t("answer-count-states", word=number(q, len(codes)), names=", ".join(names))
    return q.known(said)
