"""Subjects the event file never mentions, though the question's other words find an answer: live captions,
a daily allowance, prostheses or other aids for one person, an official translation of the invitation, a
resolution's number. Each is a pair: the question's words, and the words the event file would hold if it
said anything of it. When the file holds none of them, the reply defers with the contact."""

from __future__ import annotations

import re

from bot.answers.model import Query
from bot.events.models import Event
from bot.folding import fold

_LANGS = r"(?:english|spanish|french|arabic|ingles|espanol|frances|arabe)"
_TOPICS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # live captions or subtitles: not sign language, not interpretation
    (
        re.compile(
            r"\b(?:(?:live|closed|real[- ]?time) captions?|captioning|captioned|"
            r"subtitles?|subtitled|subtitulos?|subtitulad[oa]s?|subtitulacion|"
            r"live transcript\w*|transcripcion (?:en vivo|en directo|simultanea))\b"
        ),
        re.compile(r"caption|subtit|transcri"),
    ),
    # a daily allowance for expenses: not the flight, lodging and meals a sponsorship lists
    (
        re.compile(
            r"\b(?:per ?diems?|daily (?:allowance|subsistence|stipend)|subsistence allowance|dsa|"
            r"pocket money|stipends?|viaticos? (?:diarios?|en efectivo|por dia)|"
            r"dinero (?:diario|de bolsillo|para (?:sus |los )?gastos)|"
            r"(?:money|cash) (?:per|a|each) day|(?:dinero|plata|monto) (?:por|cada|al) dia)\b"
        ),
        re.compile(r"per ?diem|allowance|subsistence|stipend|viatico|bolsillo|\bdsa\b"),
    ),
    # an aid for one person: a prosthesis, an orthosis, a hearing aid
    (
        re.compile(r"\b(?:prosthe\w+|protesis|orthos[ei]s|orthotics?|ortesis|hearing aids?|audifonos?)\b"),
        re.compile(r"prosthe|protesis|orthos|ortesis|hearing aid|audifono"),
    ),
    # an official translation of the invitation or its title: the file holds its texts, not their status
    (
        re.compile(
            rf"\b(?:official|oficial)\b(?:\s+\w+){{0,6}}?\s+(?:in|en)\s+{_LANGS}\b|"
            rf"\b{_LANGS}\s+(?:official|oficial)\b|"
            rf"\b(?:official|oficial)\s+{_LANGS}\b|"
            r"\b(?:official|oficial) (?:translation|traduccion)\b|\btraduccion oficial\b"
        ),
        re.compile(r"official translation|traduccion oficial|official version|version oficial"),
    ),
    # a resolution's or decision's number, where the file names it only by its title
    (
        re.compile(
            r"\b(?:number|numero|symbol|simbolo|codigo|code)\s+(?:of\s+|de\s+)?(?:the\s+|la\s+|el\s+)?"
            r"(?:oas\s+|oea\s+|un\s+|onu\s+)?(?:resolution|resolucion|decision|decree|decreto)\b|"
            r"\b(?:resolution|resolucion)(?:\s+\w+){0,6}?\s+(?:number|numero)\b"
        ),
        re.compile(r"(?:resolution|resolucion)\W+(?:\w+\W+){0,2}\d|\b[a-z]{1,5}/res"),
    ),
)


_FILES: dict[tuple[str, int], str] = {}


def _folded_file(event: Event) -> str:
    """The event file's texts, folded, once per event."""
    key = (event.key, id(event))
    if key not in _FILES:
        _FILES[key] = fold(event.model_dump_json())
    return _FILES[key]


def unmentioned(q: Query) -> bool:
    """Whether the question asks about a subject the event file says nothing of."""
    text = fold(q.text)
    asked = [said for ask, said in _TOPICS if ask.search(text) is not None]
    if not asked:
        return False
    held = _folded_file(q.event)
    return any(said.search(held) is None for said in asked)
