"""The field visit: what its note says, and yes to a yes/no question only when the note says all it asks."""

from __future__ import annotations

import re

from bot.answers.honesty import admits_ignorance
from bot.answers.model import Part, Query
from bot.answers.passages import STOP
from bot.folding import fold, stem, words, words_of


def field_visit(q: Query) -> Part:
    """The field visit note; asking when or where it is may hit what the note says is not known. A yes/no
    question is yes only when the note says all it asks ("is there a field visit?", "¿es de medio día?");
    "is there a demo of detection equipment during the visit?" asks what the note does not say."""
    visit = q.event.field_visit
    if visit is None:
        return q.unknown(q.r.t("answer-field-unknown"))
    note = visit.get(q.lang)
    text = q.r.t("answer-field", text=note)
    if _LONG.search(fold(q.text)) and _HALF.search(fold(note)) and not _WHOLE.search(fold(q.text)):
        return q.known(text)  # "field visit length?": half a day, which the note says
    if q.yes_no and _HALF.search(fold(note)) and _HALF.search(fold(q.text)):
        return q.known(text, True)  # "Is the field visit half a day?": yes
    if _HALF.search(fold(q.text)) and _WHOLE.search(fold(q.text)) and _HALF.search(fold(note)):
        return q.known(text)  # "a full day or half?": half, which the note says (either/or: no yes or no)
    if _DUTY.search(fold(q.text)) and not _DUTY.search(fold(note)):
        return q.unknown(text)  # "is it mandatory or optional?": the note does not say
    detail = q.has("Q_WHEN", "DATE", "TIME", "PLACE", "VENUE")
    if q.yes_no and _HALF.search(fold(note)) and _WHOLE.search(fold(q.text)):
        return q.known(text, False)  # "3 days with a full-day field visit, yes?": no, half a day
    if q.yes_no and not detail:
        said = {stem(w, q.lang) for w in words(note)}
        unsaid = [w for w in words(q.text) if w not in _VISIT_ASK and stem(w, q.lang) not in said]
        return q.unknown(text) if unsaid else q.known(text, True)
    # "¿hay visita de campo? ¿a dónde?": whether there is one is known, so the reply answers it.
    settled = q.has("THERE_IS")
    if detail and not settled and admits_ignorance(note):
        return q.unknown(text)
    return q.known(text, True)


_DUTY = re.compile(
    r"\b(?:mandatory|compulsory|obligatory|optional|required|voluntary|obligatori[oa]s?|opcional(?:es)?|"
    r"voluntari[oa]s?|forzos[oa]s?)\b"
)
_LONG = re.compile(r"\b(?:length|long|duration|dura|duracion|cuanto tiempo|how many hours|cuantas horas)\b")
_HALF = re.compile(r"\b(?:half|medio|media)\b")
_WHOLE = re.compile(r"\b(?:full|whole|entire|all day|completo|completa|entero|entera|todo el dia)\b")
# Words that ask whether there is a field visit, not something about it.
_VISIT_ASK = STOP | frozenset(
    words_of(
        "field visit visits site trip visita visitas campo terreno salida there is are will be gonna going "
        "have has any also planned plan include includes hay habra tendra tendremos esta estan prevista "
        "previsto incluye incluira tambien va van haber real confirmed confirmada right correct verdad "
        "cierto isnt arent wasnt isn aren wasn t well too either ademas vai ter tem how long quanto tempo "
        "cuanto tiempo dura duration a an as the el la de del un una"
    )
)
