"""Questions about an earlier occasion an event's background tells of ("the 2019 panel").

Decision: a question naming a year that is not the event's own but that its background writes ("which
countries had experts on the 2019 panel?", "¿participó Noruega en la conferencia de 2019?") is about what
the background says of that year: it is answered with the background's sentence, from the paragraph
naming the year, that shares most words with the question (the lexicon's words count here: "panel",
"experts"). A yes/no question is answered yes when a name it gives is in that sentence; otherwise the
sentence is quoted without a yes or no. A question pointing at the background itself ("according to the
background note, in what year…?", "¿por qué se mencionan los ODS en los antecedentes?") is answered the
same way from its whole text.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.answers.countries import find_countries
from bot.answers.lang import COMMON, EN_MARKERS, ES_MARKERS
from bot.answers.model import Query
from bot.folding import fold, stem, words
from bot.text import Html

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "according to the background note", "en los antecedentes": the question points at the background itself
_POINTED = re.compile(r"\b(?:background|antecedentes)\b")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+|\b[A-Z]{2,}\b")
PLAIN = ES_MARKERS | EN_MARKERS | COMMON


def _stems(text: str, lang: str) -> set[str]:
    return {stem(w, lang) for w in words(text) if len(w) >= 3 and w not in PLAIN and not w.isdigit()}


def earlier_occasion(q: Query) -> tuple[Html, bool | None] | None:
    """The background's sentence answering a question about a year it tells of, and the yes/no."""
    event = q.event
    years = set(_YEAR.findall(q.text))
    own = {str(event.dates.first_day.year), str(event.dates.last_day.year)}
    if event.invitation_date is not None:
        own.add(str(event.invitation_date.year))
    asked = years - own
    pointed = bool(_POINTED.search(fold(q.text)))
    if not (asked or pointed) or event.background is None:
        return None
    text = event.background.get(q.lang)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if pointed or any(y in p for y in asked)]
    if not paragraphs:
        return None
    wanted = _stems(q.text, q.lang)
    names = {fold(n) for n in _NAME.findall(q.text)} - {fold(w) for w in PLAIN}
    # a word most sentences share ("participants") says less than a rare one ("panel")
    spread = Counter(w for sentence in _SENTENCE.split(text) for w in _stems(sentence, q.lang))
    best, score, named = "", 0.0, False
    for paragraph in paragraphs:
        for sentence in _SENTENCE.split(paragraph.strip()):
            found = _names_in(names, sentence)
            common = wanted & _stems(sentence, q.lang)
            shared = sum(1 / spread[w] for w in common) + 2 * found  # a name weighs most
            # between equals, the sentence naming more (countries, organisations) answers "which"
            shared += 0.01 * len(_NAME.findall(sentence)) if common or found else 0
            if shared > score:
                best, score, named = sentence.strip(), shared, found > 0
    if score == 0:
        return None
    html = q.r.t("answer-passage", text=best)
    # "…the 2019 conference, hosted by UNDP, correct?": a sentence naming UNDP does not say who hosted
    roled = _ROLE.search(fold(q.text)) is not None
    if q.yes_no and not named and not roled and _other_state(q.text, best):
        return html, False  # "the 2019 panel had experts from Brazil?": it lists Norway, Peru…, not Brazil
    return html, (True if q.yes_no and named and not roled else None)


def _other_state(question: str, sentence: str) -> bool:
    """Whether the question names a State and the sentence lists others (two or more), not it."""
    asked = set(find_countries(words(fold(question))))
    listed = set(find_countries(words(fold(sentence))))
    return bool(asked) and len(listed) >= 2 and not asked & listed


_ROLE = re.compile(
    r"\b(?:hosted|organi[sz]ed|convened|chaired|presided|led|funded|organizad[oa]|auspiciad[oa]|"
    r"presidid[oa]|convocad[oa]|financiad[oa])\b"
)


def _names_in(names: set[str], sentence: str) -> int:
    said = fold(sentence)
    return sum(bool(re.search(rf"\b{re.escape(n)}\b", said)) for n in names)
