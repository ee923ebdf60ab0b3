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
    r"qu[eé] (?:xop[aá]|onda|tal|hubo)|quiubo|epa|oye|che|m[ií]ra|hey there|"  # "Qué xopá, ¿el diálogo…?"
    r"(?:for|para) (?:my|our|the|el|la|mi|su|nuestro|nuestra)\b[^:?\n]{0,30}"
    r"\b(?:brief|briefing|note|report|records|paper|article|thesis|informe|nota|ficha|articulo|tesis)|"
    r"(?:una )?(?:pregunta|consulta)"
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


# Formal letters on one line (Latin-American diplomatic style): "Distinguidos señores: por medio de la
# presente y con el debido respeto, nos permitimos consultar cuándo… Atentamente, Dirección de…". The
# salutation, the "por medio de la presente…" preamble and the closing formula with all that follows it
# are no part of the question.
_SALUTATION = re.compile(
    r"\W*(?:(?:recib[ae]n?|reciba usted) (?:un )?(?:cordial|atento|respetuoso) saludo[^.:!?]{0,40}[.:!]|"
    r"(?:distinguid|estimad|apreciad|respetad)[oa]s? (?:senor|senora|senores|colegas|amigos)"
    r"[^.:,!?]{0,40}[:,.]|"
    r"(?:dear )?(?:sir|madam|sir or madam|sir/madam|senor|senora)\s*[:,])\s*",
)
_PREAMBLE = re.compile(
    r"\W*(?:por (?:medio|intermedio) de la presente|mediante la presente|i am writing|i write|"
    r"with (?:due|all due) respect)\b[^.?!]{0,30}?\b(?:me permito|nos permitimos|"
    r"me dirijo a (?:usted|ustedes)(?: con el fin de| para)?|"
    r"nos dirigimos a (?:usted|ustedes)(?: con el fin de| para)?|to)\s+",
)
_FORMAL_CLOSING = re.compile(
    r"(?<=[.!?])\s*\b(?:agradec\w+ de antemano|agradezco (?:su|de antemano)|sin otro particular|"
    r"quedo (?:a sus ordenes|atent[oa])|atentamente|me suscribo|thank you in advance|thanking you|"
    r"yours (?:faithfully|sincerely)|respectfully)\b.*$",
)


def _formal(text: str) -> str:
    """`text` (folded the same length) without a formal letter's salutation, preamble and closing."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    start = 0
    for pattern in (_SALUTATION, _SALUTATION, _PREAMBLE):
        m = pattern.match(folded, start)
        if m:
            start = m.end()
    end = len(text)
    closing = _FORMAL_CLOSING.search(folded, start)
    if closing and closing.start() > start:
        end = closing.start()
    kept = text[start:end].strip()
    return kept if len(kept.split()) >= 2 else text


def unwrap(text: str) -> str:
    """The question inside an e-mail: without its greeting, closing and signature lines, the formulas
    of a formal letter, who is asking and courtesies."""
    inner = _formal(_unwrap_lines(text))
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
