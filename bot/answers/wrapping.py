"""What a pasted e-mail wraps around its question: the greeting line, the closing and the signature.

Decision: "Dear Secretariat, / Please advise the date of the invitation letter. / Regards, / Archives
Unit" is answered as "Please advise the date of the invitation letter": the lines that only greet, the
closing formula and every line after it (the signature, a "--" separator) are no part of the question,
and their words ("Mission of Colombia", "Unit") must not suggest other needs. A one-line message is left
alone, and so is a message that would keep nothing.
"""

from __future__ import annotations

import re

from bot.folding import fold

_GREETING = re.compile(
    r"^\W*(?:hello|hi|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hola|buen(?:os|as)"
    r"(?: (?:dias|tardes|noches))?|estimad[oa]s?|querid[oa]s?|senor(?:es|a)?|senores)\b[^?]{0,60}$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\W*(?:thanks|thank you|many thanks|regards|best|kind regards|best regards|warm regards|cheers|"
    r"sincerely|yours|gracias|muchas gracias|saludos|un saludo|atentamente|cordialmente|"
    r"quedo atent[oa]|mil gracias)\b[^?]{0,40}$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\s*(?:--+|__+)\s*$")
# Who is asking, and why, said before the question ("Intern here –", "Quick one from our side:", "For my
# boss's brief:", "Para el brief:"), and courtesies after it ("for our records"): no part of the need.
_LEAD = re.compile(
    r"^\W*(?:[^:?\n]{0,40}\bhere|(?:quick|short|small) (?:one|question|q)\b[^:?\n]{0,30}|"
    r"(?:for|para) (?:my|our|the|el|la|mi|su|nuestro|nuestra)\b[^:?\n]{0,30}"
    r"\b(?:brief|briefing|note|report|records|informe|nota|ficha)|(?:una )?(?:pregunta|consulta)"
    r"(?: rapida)?\b[^:?\n]{0,30})\s*(?::|,|\s[-\u2013\u2014]\s)\s*",
    re.IGNORECASE,
)
_COURTESY = re.compile(
    r",?\s*\b(?:for (?:our|my|the) records?|for the record|para (?:nuestros|mis) (?:registros|archivos)|"
    r"para (?:nuestro|mi) archivo)\b"
    r"|[.,;]?\s*\b(?:asking|it'?s|this is|es|pregunto) (?:for|para) (?:my|our|the|mi|nuestro|nuestra|el|la)\b"
    r"[^.?!]{0,40}[.!]?\s*$",
    re.IGNORECASE,
)


def unwrap(text: str) -> str:
    """The question inside an e-mail: without its greeting, closing and signature lines, who is asking
    and courtesies."""
    inner = _unwrap_lines(text)
    bare = _COURTESY.sub("", _LEAD.sub("", inner, count=1))
    return bare if len(bare.split()) >= 2 else inner


def _unwrap_lines(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return text
    kept: list[str] = []
    for i, line in enumerate(lines):
        plain = fold(line)
        if _SEPARATOR.match(plain) or (_CLOSING.match(plain) and i > 0):
            break
        if not kept and _GREETING.match(plain):
            continue
        kept.append(line)
    return "\n".join(kept) if kept else text
