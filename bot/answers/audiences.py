"""Kinds of participant the invitations do not list: academics, students, journalists, companies.

Decision: "¿Puedo asistir como académica?", "I'm a researcher studying victim assistance funding; can I
attend?" are not answered yes from the list of who is invited (States, international organisations,
NGOs): the list does not name them, so the question goes to the organisers with the contact. Only a
kind named in the sentence that asks counts ("I'm a researcher. Which organisations are invited?" is
answered from the list). Provincial and municipal officials are such a kind too: the invitations speak
of States, not of their provinces or towns. A survivor's mother or father ("soy mamá de un sobreviviente,
¿puedo ir yo?") is such a kind too: the lists name organisations, not families.
"""

from __future__ import annotations

import re

from bot.answers.countries import country_spans, find_countries
from bot.events.models import Event
from bot.folding import fold, stem, words

# Folded word -> the kind of participant; a kind is listed when one of its words is in the event's list.
KINDS = {
    "academic": "academic", "academics": "academic", "academia": "academic", "academico": "academic",
    "academica": "academic", "academicos": "academic", "academicas": "academic", "university": "academic",
    "universidad": "academic", "universitario": "academic", "universitaria": "academic",
    "researcher": "academic", "researchers": "academic", "investigador": "academic",
    "investigadora": "academic", "investigadores": "academic", "student": "student", "students": "student",
    "estudiante": "student", "estudiantes": "student", "journalist": "press", "journalists": "press",
    "periodista": "press", "periodistas": "press", "press": "press", "prensa": "press",
    "reporter": "press", "reportero": "press", "reportera": "press", "company": "company",
    "companies": "company", "empresa": "company", "empresas": "company", "consultant": "consultant",
    "consultants": "consultant", "consultor": "consultant", "consultora": "consultant",
    "provincial": "local", "provinciales": "local", "province": "local", "provincia": "local",
    "municipal": "local", "municipales": "local", "municipality": "local", "municipalidad": "local",
    "municipio": "local", "alcaldia": "local", "subnational": "local", "subnacional": "local",
    "departamental": "local", "gobernacion": "local",
    "citizen": "public", "citizens": "public", "ciudadano": "public", "ciudadana": "public",
    "youth": "youth", "juvenil": "youth", "juveniles": "youth", "jovenes": "youth", "juventud": "youth",
    "parliament": "parliament", "parliamentary": "parliament", "parliamentarian": "parliament",
    "parliamentarians": "parliament", "mp": "parliament", "parlamento": "parliament",
    "parlamentario": "parliament", "parlamentaria": "parliament", "parlamentarios": "parliament",
    "diputado": "parliament", "diputada": "parliament", "diputados": "parliament",
    "senador": "parliament", "senadora": "parliament", "senator": "parliament", "congresista": "parliament",
    "legislador": "parliament", "legisladora": "parliament", "legislator": "parliament",
    "mother": "family", "father": "family", "parent": "family", "parents": "family", "mom": "family",
    "mum": "family", "dad": "family", "relative": "family", "relatives": "family", "mama": "family",
    "papa": "family", "madre": "family", "padre": "family", "padres": "family", "familiar": "family",
    "familiares": "family", "pariente": "family", "parientes": "family",
}  # fmt: skip
_SENTENCE = re.compile(r"[^.?!\n]*[.?!\n]?")


def _listed(event: Event) -> str:
    who = event.participants
    if who is None:
        return ""
    texts = [*who.invited, *who.encouraged, *([who.note] if who.note else [])]
    return " ".join(words(" ".join(f"{t.en} {t.es}" for t in texts)))


def unlisted_kind(text: str, event: Event) -> bool:
    """Whether the sentence that asks names a kind of participant the event's list does not name."""
    sentences = [m.group(0) for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    asked = [s for s in sentences if s.rstrip().endswith("?")] or sentences
    # "Trabajo con una diputada. ¿Ella podría ir…?": the sentence asking names her by a pronoun
    asked += [sentences[i - 1] for i, s in enumerate(sentences) if i and s in asked and _refers(s)]
    named = {KINDS[w] for s in asked for w in words(fold(s)) if w in KINDS}
    if not named:
        return False
    own = set(_listed(event).split())
    return any(not any(w in own for w, k in KINDS.items() if k == kind) for kind in named)


_PRONOUNS = frozenset({"ella", "el", "ellos", "ellas", "she", "he", "they", "her", "him", "them"})


def _refers(sentence: str) -> bool:
    said = words(fold(sentence))
    return bool(said) and said[0] in _PRONOUNS


MIN_SHARED = 2  # content words a question shares with a line of the list (or the summary) it is answered by


def shared(text: str, lang: str, line: str, states: bool = True) -> int:
    """How many content words (stems of four letters or more) a question shares with a line ("art 5"
    is "artículo 5"); without the States it names when those are what is checked against the line."""
    own = {stem(w, lang) for w in words(line) if len(w) > 3}
    ws = words(text)
    named = (
        set() if states else {i for start, size, _ in country_spans(ws) for i in range(start, start + size)}
    )
    said = [_SHORT[lang].get(w, w) for i, w in enumerate(ws) if i not in named]
    return len({stem(w, lang) for w in said if len(w) > 3} & own)


_SHORT = {"es": {"art": "articulo", "arts": "articulos"}, "en": {"art": "article", "arts": "articles"}}


def naming(lines: list[str], countries: list[str], also: list[str] = ()) -> list[str]:
    """Decision: "why is Argentina on the list?", "Costa Rica finished clearance, right?" are answered by
    the lines of the list that name the State asked about (and `also`, the line a wrong claim is checked
    against), not the whole list; without such a line, the whole list."""
    own = [x for x in lines if set(countries) & {c for c in find_countries(words(x))} or x in also]
    return own or lines


_LISTING = re.compile(r"^(?:is|are|esta|estan|figura|figuran|aparece|aparecen)\b")


def asks_if_listed(text: str, has_listed: bool) -> bool:
    """Decision: "Is Guyana among the listed States?", "¿figura Belice en la lista?" ask what the list says
    (no, when it is not there), unlike "Guyana is not listed: can we still apply?" (not stated: defer)."""
    return has_listed and _LISTING.search(fold(text).strip("¿ ")) is not None
