"""Things people write in the middle of a form that are not an answer to it: asking for another language,
or for the floor at a debate. Pure text rules, in English and Spanish."""

from __future__ import annotations

import re

from bot.countries import normalise

ASIDE_MAX = 80  # longer texts are answers (a question for the panel, a description), not asides
_LANGUAGES = {
    "en": re.compile(r"\b(english|ingles)\b"),
    "es": re.compile(r"\b(spanish|espanol|castellano)\b"),
}
_SWITCH = re.compile(r"\b(continue|continuar|continuamos|seguir|seguimos|sigamos|switch|cambiar|cambiamos)\b")
# Weaker cues count only in a question ("do you speak English?"), so that an answer such as an
# organisation's name ("English Language Institute") stays an answer.
_ASKING = re.compile(
    r"\b(speak|talk|write|language|hablar|habla|hablas|escribir|escriba|idioma|puede|podemos|can|could)\b"
)
_FLOOR = re.compile(
    r"\b(pedir|tomar|solicitar|quisiera|quiero|desearia) (la )?palabra\b|\bpalabra\b.*\b(debate|pedir)\b|"
    r"\b(take|ask for|request) the floor\b|\b(ask|submit|pose) a question\b.*\b(debate|panel)\b|"
    r"\bhacer (una )?pregunta\b.*\b(debate|panel)\b|\bpresentar (una )?pregunta\b"
)


def language_request(text: str) -> str | None:
    """The language a person asks to continue in ("can we continue in English?"), or None."""
    plain = normalise(text)
    asking = ("?" in text or "¿" in text) and _ASKING.search(plain)
    if len(plain) > ASIDE_MAX or not (_SWITCH.search(plain) or asking):
        return None
    asked = [lang for lang, pattern in _LANGUAGES.items() if pattern.search(plain)]
    return asked[0] if len(asked) == 1 else None


def floor_request(text: str) -> bool:
    """Whether a person asks to take the floor, or to put a question, at the debate."""
    plain = normalise(text)
    return len(plain) <= ASIDE_MAX * 2 and _FLOOR.search(plain) is not None
