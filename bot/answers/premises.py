"""Smaller checks of what a question takes for granted or asks: an ordinal it names, whether it asks why."""

from __future__ import annotations

import re

from bot.folding import fold

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
