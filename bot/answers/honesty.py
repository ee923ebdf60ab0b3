"""Recognising texts of the event data that themselves say something is not known."""

from __future__ import annotations

import re

from bot.folding import fold

# How invitations and organisers write "we do not know" in English and Spanish (folded).
_IGNORANCE = re.compile(
    r"\b(?:not (?:known|stated|mentioned|given|confirmed|named)|"
    r"does not (?:yet )?(?:say|give|mention|name|state)|"
    r"do not (?:say|give)|no (?:se )?(?:indica|indican|menciona|dice|da|sabe|conoce|nombra)|"
    r"aun no (?:indica|se sabe|se conoce)|todavia no se|no lo indica|not yet|to be confirmed|"
    r"por confirmar|not available|no esta disponible|no disponible|no figura|is not in the text|"
    r"nothing about|nada sobre|no hay informacion|no information)\b"
)


def admits_ignorance(text: str) -> bool:
    """Whether a text from the event data says that something is not known or not stated."""
    return _IGNORANCE.search(fold(text)) is not None
