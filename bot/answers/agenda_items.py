"""An agenda item named by its number ("¿qué modelos lista el punto 6?", "what does item 3 say?"): the
item quoted whole, with its sub-items and its guiding question; a yes/no quoting the item's words ("item 1
refers to 'Actions 30-39', is that right?") is a yes when the item holds them."""

from __future__ import annotations

import re

from bot.answers.model import Part, Query
from bot.folding import fold

_NUMBERED = re.compile(
    r"\b(?:punto|puntos|item|items|point|points|numeral|apartado|paragraph|parrafo|pregunta guia|"
    r"guiding question|question|pregunta|nro|number|numero)\.?\s*(?:#\s*)?(\d{1,2})\b|"
    r"#\s*(\d{1,2})\b"
)
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{4,})[\"“”«»]")


def numbered_item(q: Query) -> Part | None:
    """The agenda item whose number the question names, whole; None when it names none the agenda has."""
    agenda = q.event.agenda
    if agenda is None:
        return None
    numbers = {int(a or b) for a, b in _NUMBERED.findall(fold(q.text))}
    items = [item for item in agenda.items() if item.number in numbers]
    if len(items) != 1:
        return None
    item = items[0]
    lines = [q.r.t("info-agenda-item", number=item.number, text=item.text.get(q.lang))]
    lines += [q.r.t("info-agenda-sub", label=s.label, text=s.text.get(q.lang)) for s in item.sub_items]
    lines += [q.r.t("info-plain", text=item.question.get(q.lang))] if item.question else []
    quoted = [fold(m).strip() for m in _QUOTED.findall(q.text)]
    texts = [item.text, *(s.text for s in item.sub_items)]
    held = " ".join(fold(t.get(lang)) for t in texts for lang in ("en", "es"))
    verdict = True if q.yes_no and quoted and all(m in held for m in quoted) else None
    return q.known(q.r.join(lines), verdict)
