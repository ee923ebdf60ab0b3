"""What "the Convention" is ("q es eso de la convención?", "i dont get what 'the Convention' is, is it about
landmines?"): its full name, as the event's texts write it; a yes/no on it being about mines begins with
Yes. An event whose texts do not give the name is left to the other rules."""

from __future__ import annotations

import re

from bot.answers.model import Query
from bot.answers.passages import event_texts
from bot.folding import fold
from bot.text import Html

_ASKED = re.compile(
    r"\b(?:what(?:'s| is|s)?|que es|q es|que seria|que significa|q significa)\W+"
    r"(?:the |la |eso de la |eso de |esa )?(?:convention|convencion)\b"
)
_NAME = re.compile(
    r"Convention on the Prohibition[^.;()\"]*?Destruction|"
    r"Convención sobre la Prohibición[^.;()\"]*?Destrucción"
)
# "is it about landmines?", "¿se trata de minas?": a yes/no on what it is about
_MINES = re.compile(
    r"\b(?:is it|is this|is that|it is|es|se trata|trata|tiene que ver)\b(?: \w+){0,3}? "
    r"(?:mines?|landmines?|minas?|antipersonal|anti-personnel)\b"
)


def convention(q: Query) -> tuple[Html, bool | None] | None:
    """The Convention's full name when the question asks what it is, and the yes to "is it about mines?"."""
    if _ASKED.search(fold(q.text)) is None:
        return None
    names = [m.group(0) for text in event_texts(q.event, q.lang) for m in _NAME.finditer(text)]
    if not names:
        return None
    about_mines = _MINES.search(fold(q.text)) is not None
    return q.r.t("answer-convention", name=names[0]), (True if about_mines else None)
