"""Yes/no questions: recognising them, and checking what they take for granted against the event.

"¿Es el 10 y 11 de marzo no?", "the meeting is in guatemala city right?": the reply begins with yes or
no. Resolvers give a verdict on what they know (an item covered, a State listed); the place a question
takes for granted is checked here (its dates and times in `datecheck`), so a false premise is answered
"No" with the right fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from bot.countries import name as country_name
from bot.events.common import EventFormat
from bot.events.models import Event
from bot.folding import fold, words, words_of

_CLAUSE = re.compile(r"[.?!;\n]+|\s-\s")
TAGS = frozenset(
    words_of("verdad cierto correcto no si right yes correct true ok isnt no? confirm confirmas confirma")
)
TAG_PAIRS = frozenset({("isnt", "it"), ("is", "it"), ("o", "no"), ("or", "not"), ("es", "asi")})
OPENERS = frozenset(
    words_of(
        "is are was were do does did can could will would should has have may am isnt arent wont "
        "hay habra puedo puede pueden podemos podre incluye incluyen cubre cubren es esta estan son sera "
        "seran tienen tiene tengo tenemos debo debemos deben necesito necesitamos ya existe van va"
    )
)
WH = frozenset(
    words_of(
        "what when where who whom whose which why how whats whens wheres whos hows "
        "donde quien quienes cual cuales cuanto "
        "cuanta cuantos cuantas como porque"
    )
)
_NOT_WH_BEFORE_QUE = frozenset(words_of("tener tengo tiene tienen tenemos hay ya lo yo"))
# "qué"/"cómo" ask only at a clause's start or after a preposition ("¿a qué hora?", "¿en qué idioma?");
# elsewhere, written without the accent, they join clauses ("tengo entendido que…", "como la invitación").
_WH_AFTER = frozenset(words_of("a de en con sobre hasta desde y para por e"))
_CONJUNCTIONS = frozenset(words_of("que como cuando"))
_ASKED_NOUNS = frozenset(
    words_of("hora horas dia dias fecha fechas idioma idiomas horario tipo")
)  # "…una pregunta cuando me inscriba?" asks no when
# "she wants to know if…", "quisiera saber si…": an indirect yes/no question.
_INDIRECT = re.compile(
    r"\b(?:know|ask|asks|asked|asking|wonder|wondering|confirm|check|tell me|saber|pregunta|preguntan|"
    r"pregunto|preguntamos|preguntar|consulta|consultan|consultar|"
    r"confirmar|confirmen|confirme|indicar|indiquen|indique)\s+(?:(?:eh|em|um|uh|mm|este|like)\s+)?(?:if|whether|si)\b"
)
# a yes/no question ending a long message written without a question mark
_TRAILING = re.compile(
    r"(?<!\bor )(?<!\bo )\b(?:will there be|is there|are there|habra|habran)(?:\s+[a-z]+){1,5}\s*$"
)
_ONLY = frozenset(words_of("solo solamente just only no not"))
# "leí que era presencial", "I thought it was one session": a belief reported, to be checked (yes or no)
_REPORTED = re.compile(
    r"^(?:(?:yo|pero|pues|ok|hola|hi|hello|so|but) )*(?:lei|vi|escuche|oi|pense|crei|creo|entiendo|entendi|"
    r"tengo entendido|me dijeron|me comentaron|recuerdo|"
    r"i read|i saw|i heard|i thought|i think|i recall|i was told|i understand|i understood|"
    r"i believe|my understanding is|someone told me|we were told)(?: que| that)? "
)


def _asks_what(ws: list[str], accented: frozenset[str] = frozenset()) -> bool:
    """A wh-word ('cuándo', 'what'); 'que' and 'como' count when written with the accent, at the
    clause's start or after a preposition, never in 'tener que' ('tienen que presentar')."""
    for i, w in enumerate(ws):
        if w in ("que", "q") and i + 1 < len(ws) and ws[i + 1] in _ASKED_NOUNS:
            return True  # "eso q hora es en Londres?": "qué hora", whatever comes before
        if w in _CONJUNCTIONS:
            repeated = ws[i - 1] in ("y", "e") and w in ws[: i - 1]  # "entiendo que… y que dura…"
            after = ws[i - 1] in _WH_AFTER and ws[i - 1] not in _NOT_WH_BEFORE_QUE and not repeated
            if w in accented or i == 0 or after:
                return True
        elif w in WH:
            return True
    return False


def _choice(ws: list[str]) -> bool:
    """'presencial o virtual?' offers a choice; 'o solo asistir', 'o no', 'or is it only Peru?', a closing
    'o sí?' ("no es en Guatemala, ¿o sí?") do not."""
    return any(
        w in ("o", "or") and not _only_after(ws[i + 1 :]) and ws[i + 1 :] not in _CLOSING
        for i, w in enumerate(ws[:-1])
    )


_CLOSING = (["si"], ["yes"], ["not"], ["no"])


def _only_after(rest: list[str]) -> bool:
    """Whether what follows 'or' is 'only…' / 'no' ("or is it only for governments?", "o solo asistir")."""
    while rest and rest[0] in _BE:
        rest = rest[1:]
    return bool(rest) and rest[0] in _ONLY


_BE = frozenset(words_of("is are es son it"))


def _clause_is_yes_no(ws: list[str], accented: frozenset[str]) -> bool:
    if not ws or _asks_what(ws, accented) or _choice(ws):
        return False
    tagged = ws[-1] in TAGS or tuple(ws[-2:]) in TAG_PAIRS or _negated_tag(ws)
    return tagged or ws[0] in OPENERS


_NEGATED = frozenset(
    words_of(
        "isn aren wasn weren don doesn didn won couldn hasn haven "
        "is are was were do does did will can has have"
    )
)
_TAG_SUBJECTS = frozenset(words_of("it they we you i he she there"))


def _negated_tag(ws: list[str]) -> bool:
    """ "it's in Lima isn't it", "they pay the hotel don't they" with no question mark (the tag read as
    "is not it", or split by the apostrophe into "isn", "t", "it")."""
    return len(ws) >= 3 and ws[-2] in ("t", "not") and ws[-3] in _NEGATED and ws[-1] in _TAG_SUBJECTS


def is_yes_no(text: str) -> bool:
    """Whether a message asks a yes/no question: one clause does (it opens like one, ends with a tag
    like 'right?' / 'verdad?', or ends with '?' without asking what/when/who), and none asks what."""
    folded = fold(text)
    marked = (("que", "qué"), ("como", "cómo"), ("cuando", "cuándo"))
    accented = frozenset(w for w, a in marked if a in text.lower())
    pieces = _CLAUSE.split(folded)
    marks = [*_CLAUSE.findall(folded), ""]
    clauses = [(words(c), "?" in mark) for c, mark in zip(pieces, marks, strict=False)]
    clauses = [(ws, asked) for ws, asked in clauses if ws]
    indirect = _INDIRECT.search(folded)
    if indirect and not any(_asks_what(ws, accented) for ws in (words(folded[: indirect.start()]),)):
        return (
            True  # "quería saber si Honduras está en la lista… y también cuántos pueden ir": yes or no first
        )
    if any(_asks_what(ws, accented) for ws, _ in clauses):
        return False
    if any(_REPORTED.match(" ".join(ws) + " ") for ws, _ in clauses):
        return True  # "entiendo que el evento fue el 3 de diciembre": a belief to confirm or correct
    if _TRAILING.search(folded):
        return True  # "…i dont speak spanish will there be english interpretation": dictated, no "?"
    return any(
        _clause_is_yes_no(ws, accented) or (asked and len(ws) > 1 and not _choice(ws))
        for ws, asked in clauses
    )


def check_place(event: Event, named: list[str] | None) -> bool | None:
    """A named place (its folded words) against the event's city and country; a virtual event is in
    no place."""
    if named is None:
        return None
    if event.format is EventFormat.VIRTUAL:
        return False
    own = set()
    for lang in ("es", "en"):
        if event.city:
            own.add(" ".join(words(event.city.get(lang))))
        if event.country:
            own.add(" ".join(words(country_name(event.country, lang))))
    text = " ".join(named)
    return any(text == place or text in place.split() for place in own) if own else None


_NUMBERS = {"one": 1, "uno": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4}


def asked_number(text: str) -> int | None:
    """A small count a question names ('2 officials', 'dos funcionarios'), if any."""
    for w in words(text):
        if w.isdigit() and 0 < int(w) < 10:
            return int(w)
        if w in _NUMBERS:
            return _NUMBERS[w]
    return None


_EN_COUNTS = words_of("one two three four five six seven eight nine ten")
_ES_COUNTS = words_of("uno dos tres cuatro cinco seis siete ocho nueve diez")
_COUNT = "(" + "|".join([r"\d{1,2}", *_EN_COUNTS, *_ES_COUNTS[1:]]) + ")"
# "both sessions", "ambos días": two of something else than people
_NOT_PEOPLE = "|".join(
    words_of(
        "sessions? days? events? dialogues? meetings? languages? the sesiones dias eventos dialogos idiomas"
    )
)
_GROUP = re.compile(
    rf"\bwe are {_COUNT}\b|\ball {_COUNT} of us\b|\b{_COUNT} of us\b|\bsomos {_COUNT}\b|"
    rf"\b(?:a )?(?:los|las|nosotros|nosotras|todos|todas) {_COUNT}(?=\s*(?:[?,.!]|$|de nosotr|de la))|"
    rf"\b(?:both|ambos|ambas|todos|todas) {_COUNT}\b|\b(both|ambos|ambas)\b(?! (?:{_NOT_PEOPLE}))|"
    rf"\b{_COUNT} (?:people|persons|colleagues|delegates|officials|personas|colegas|delegados|funcionarios)\b"
)
_GROUP_COUNTS = {w: n for counts in (_EN_COUNTS, _ES_COUNTS) for n, w in enumerate(counts, 1)}
_GROUP_COUNTS |= {"both": 2, "ambos": 2, "ambas": 2}


def group_size(text: str) -> int | None:
    """How many people a message says are asking together ("we are 3 from the Ministry", "¿nos patrocinan a
    los tres?", "can both be sponsored?"), the largest count it gives; None when it gives none."""
    counts = [
        int(w) if w.isdigit() else _GROUP_COUNTS[w]
        for m in _GROUP.finditer(fold(text))
        for w in m.groups()
        if w
    ]
    return max(counts) if counts else None


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """Folded language name (English or Spanish, from CLDR) -> code, for the languages events use."""
    out = {}
    for loc in ("en", "es"):
        for code, name in Locale.parse(loc).languages.items():
            if len(code) == 2:
                out[fold(name)] = code
    return out


def named_languages(text: str) -> set[str]:
    """Codes of the languages a question names ('portugues', 'French')."""
    names = _language_names()
    return {names[w] for w in words(text) if w in names and w not in _NOT_LANGUAGES}


_NOT_LANGUAGES = frozenset(words_of("sign senas as is no si"))
