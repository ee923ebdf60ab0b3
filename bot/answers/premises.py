"""Smaller checks of what a question takes for granted or asks: an ordinal it names, whether it asks why."""

from __future__ import annotations

import re

from bot.folding import fold, words_of

_ORDINAL = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th|o|º|°)?\s*(?:anniversary|aniversario)|\b(\d{1,3})(?:st|nd|rd|th)\b"
)


def check_ordinal(question: str, text: str) -> bool | None:
    """An ordinal a question names ("the 20th anniversary") against those a sentence gives."""
    asked = {a or b for a, b in _ORDINAL.findall(fold(question))}
    given = {a or b for a, b in _ORDINAL.findall(fold(text))}
    if not asked or not given:
        return None
    return asked <= given


_WHY = re.compile(r"^\W*(?:(?:and|so|but|ok|y|pero|entonces|ok)\W+)?(?:why|por que|porque)\b")


def asks_why(text: str) -> bool:
    """Whether a question asks why ("why is the EU paying", "porque invitan a Argentina")."""
    return bool(_WHY.search(fold(text)))


_GUESS_CLAUSES = re.compile(r"[.?!;\n]+")
_NOT_GUESSES = frozenset(words_of("thanks thank please pls gracias ok okay porfa favor help ayuda"))
_ASKING = frozenset(
    words_of("what when where who which why how cuando donde quien quienes cual cuales cuanto como que or o")
)


def guess(text: str) -> list[str] | None:
    """The words of a guess following a question ("where is it? San Salvador?", "¿cuándo es? ¿en mayo?"):
    a last clause of one to three words, asked, that asks nothing itself. Decision: such a message is a
    yes/no question about the guess, and the reply begins with yes or no."""
    folded = fold(text).strip()
    if not folded.endswith("?"):
        return None
    pieces = [p.strip() for p in _GUESS_CLAUSES.split(folded) if p.strip()]
    if len(pieces) < 2:
        return _comma_guess(pieces[-1]) if pieces else None
    last = re.findall(r"[a-z0-9]+", pieces[-1])
    if not 1 <= len(last) <= 3 or set(last) & (_ASKING | _NOT_GUESSES):
        return None
    return last


_GUESS_OPENERS = frozenset(words_of("es is it its s era sera will be"))
_GUESS_TAGS = frozenset(words_of("no nao e es right verdad correct cierto isn t"))
_WHO = frozenset(words_of("who whom quien quienes"))
_ARTICLES = frozenset(words_of("the el la los las"))


def _comma_guess(clause: str) -> list[str] | None:
    """A guess after a comma in a question asking who ("who pays the flights, the EU?", "quién organiza,
    ¿es la OEA, no?"): the same yes/no question as with a question mark between. Decision: only a guess
    naming someone with an article counts; "what time, Geneva time?", "when is it, roughly?" guess nothing."""
    asked, _, tail = clause.rpartition(",")
    ws = re.findall(r"[a-z0-9]+", tail)
    while ws and ws[-1] in _GUESS_TAGS:
        ws.pop()
    while ws and ws[0] in _GUESS_OPENERS:
        ws.pop(0)
    head = re.findall(r"[a-z0-9]+", asked)
    if not set(head) & _WHO or not 2 <= len(ws) <= 3 or ws[0] not in _ARTICLES:
        return None
    return None if set(ws) & (_ASKING | _NOT_GUESSES) else ws
