"""Why the event falls on its date ("¿por qué justo el 4 de diciembre?"): the sentence of its texts that
gives the date's reason (a date that coincides with an anniversary, marks a day), never a guessed one."""

from __future__ import annotations

import re

from bot.answers.datecheck import check_event_dates
from bot.answers.index import EventIndex
from bot.answers.model import Part, Query
from bot.answers.refs import month_words
from bot.folding import fold, words

_REASON = re.compile(
    r"\b(?:coincid\w*|aniversario|anniversary|conmemor\w*|commemorat\w*|because|porque|debido|marks|marca)\b"
)


def date_reason(q: Query, index: EventIndex) -> Part | None:
    """The sentence naming the event's first day with a reason, when the question asks why that date."""
    if not q.has("PURPOSE") or check_event_dates(q.text, q.event) is not True:
        return None
    day = q.event.dates.first_day
    months = month_words(day.month)
    for sentence, _ in index.passages.sentences[q.lang]:
        said = set(words(sentence))
        if str(day.day) in said and said & months and _REASON.search(fold(sentence)):
            return q.known(q.r.t("answer-passage", text=sentence))
    return None
