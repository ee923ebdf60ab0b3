"""Yes/no questions taking an acronym for something ("el INABVE es el ministerio de defensa, ¿verdad?",
"is the ISU part of the UN?"): checked against what the event's texts say the acronym stands for. The
claim holds when every content word it gives is in that long name (in either language)."""

from __future__ import annotations

import re

from bot.answers.acronyms import long_name
from bot.answers.lang import COMMON, EN_MARKERS, ES_MARKERS
from bot.events.models import Event
from bot.folding import fold, words, words_of

_CLAIM = re.compile(
    r"\b([A-Z][A-Z&]{1,7})\s+(?:es|is|era|was|significa|means|stands for)\s+"
    r"(?:(?:el|la|los|las|the|a|an|un|una)\s+)?"
    r"([^?¿!.,;]+)"
)
# The question form: "is the host INABVE the Ministry of Defence?", "¿es el INABVE un ministerio?"
_ASKED = re.compile(
    r"\b(?:[Ii]s|[Ee]s|[Ee]ra|[Ww]as)\s+(?:(?:the|el|la)\s+)?(?:[a-z]+\s+)?([A-Z][A-Z&]{1,7})\s+"
    r"(?:the|a|an|el|la|un|una)\s+([^?¿!.,;]+)"
)
_TAIL = re.compile(r"\s+(?:verdad|cierto|correcto|no|right|correct|true|isnt it|is it|no es cierto)\s*$")
# A claim of what an acronym is names a body ("el ministerio de defensa"); "the ISU is the organiser"
# is a claim of what it does, checked elsewhere.
BODIES = frozenset(
    words_of(
        "ministerio ministry instituto institute oficina office agencia agency unidad unit organizacion "
        "organization organisation comite committee fondo fund programa programme program centro centre "
        "center departamento department secretaria secretariat consejo council asociacion association "
        "fundacion foundation banco bank"
    )
)
PLAIN = ES_MARKERS | EN_MARKERS | COMMON


def acronym_claim(text: str, event: Event, lang: str) -> tuple[str, str, bool] | None:
    """The acronym a yes/no question takes for something, what it stands for, and whether the claim holds."""
    found = _CLAIM.search(text) or _ASKED.search(text)
    if found is None:
        return None
    acronym, said = found.group(1), _TAIL.sub("", fold(found.group(2)))
    name = long_name(acronym, event, lang)
    if name is None:
        return None
    names = {w for code in ("en", "es") for w in words(long_name(acronym, event, code) or "")}
    claimed = [w for w in words(said) if len(w) > 3 and w not in PLAIN]
    if not claimed or not set(words(said)) & BODIES:
        return None
    return acronym, name, all(w in names for w in claimed)
