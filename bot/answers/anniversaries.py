"""Anniversaries an event's texts tell of ("the date coincides with the 22nd anniversary of the signing of
the Convention"): "which anniversary is it?", "¿qué aniversario se cumple?" are answered with that sentence
(an anniversary only naming the event, "the anniversary debate, who moderates?", is left to the rest);
a number the question gives ("it marked the 20th anniversary, right?", "¿el 25 aniversario…?") is checked
against the sentence's, and a yes/no begins with Yes or No."""

from __future__ import annotations

import re

from bot.answers.model import Query
from bot.answers.passages import SENTENCE, event_texts
from bot.folding import fold
from bot.text import Html

# "which anniversary?", "¿qué aniversario se cumple?", "aniversario de qué?": the anniversary itself asked
_ASKED = re.compile(
    r"\b(?:which|what|que|q|cual)\s+(?:\w+\s+)?(?:anniversary|aniversario)\b|"
    r"\b(?:anniversary|aniversario) (?:of what|de que)\b"
)
# "the 22nd anniversary", "22º aniversario", "el 25 aniversario", "its 20th anniversary"
_NTH = re.compile(r"\b(\d{1,3})\s*(?:st|nd|rd|th|º|°|o)?\s+(?:anniversary|aniversario)\b")
# "the date coincides with an anniversary, right?", "¿marca un aniversario…?": claimed, with no number
_CLAIMED = re.compile(
    r"\b(?:coincid\w*|marks?|marked|marca\w*|falls on|cae en)\b(?:\s+\w+){0,3}\s+"
    r"(?:anniversary|aniversario)\b"
)


def anniversary(q: Query) -> tuple[Html, bool | None] | None:
    """The event's sentence on an anniversary a question asks about, and the yes/no when it names one."""
    folded = fold(q.text)
    claimed = q.yes_no and _CLAIMED.search(folded) is not None
    if _ASKED.search(folded) is None and _NTH.search(folded) is None and not claimed:
        return None  # "the anniversary event, who moderates it?": the anniversary names the event
    told = [s.strip() for text in event_texts(q.event, q.lang) for s in SENTENCE.split(text)]
    told = list(dict.fromkeys(s for s in told if _NTH.search(fold(s))))
    if not told:
        return None
    sentence = told[0]
    asked = {int(n) for n in _NTH.findall(folded)}
    held = {int(n) for n in _NTH.findall(fold(sentence))}
    verdict = asked <= held if asked and q.yes_no else (True if claimed and not asked else None)
    if asked and not asked <= held and not q.yes_no:
        verdict = False  # "¿cómo era el 25 aniversario…?": the number is corrected, No first
    return q.r.t("answer-passage", text=sentence), verdict
