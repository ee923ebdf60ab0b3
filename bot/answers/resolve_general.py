"""Resolvers about the event itself: its name, its invitation's date, and how to prepare."""

from __future__ import annotations

import re

from babel.dates import format_date

from bot.answers.claims import asks_only
from bot.answers.countries import find_countries
from bot.answers.datecheck import check_days
from bot.answers.model import Part, Query
from bot.folding import fold, words
from bot.i18n import BABEL_LOCALES


def title(q: Query) -> Part:
    """The event's full title (and its short one)."""
    event = q.event
    parts = [q.r.t("answer-title", title=event.title.get(q.lang))]
    if event.short_title:
        parts.append(q.r.t("answer-short-title", title=event.short_title.get(q.lang)))
    return q.known(q.r.join(parts))


def invitation_date(q: Query) -> Part:
    """The date of the invitation, when it has one (and, for a yes/no naming a date, whether it is it)."""
    day = q.event.invitation_date
    if day is None:
        return q.unknown(q.r.t("answer-invitation-date-unknown"))
    text = format_date(day, "long", locale=BABEL_LOCALES[q.lang])
    # "the letter was dated 16 April, right?": a date it names is checked against the invitation's
    return q.known(q.r.t("answer-invitation-date", date=text), check_days(q.text, day, day))


def preparation(q: Query) -> Part:
    """What participants are asked to prepare: the agenda's introduction, and what registration offers."""
    agenda = q.event.agenda
    reg = q.event.registration
    parts = [q.r.t("answer-plain", text=agenda.intro.get(q.lang))] if agenda and agenda.intro else []
    if reg is not None and any(question.options for question in reg.questions) and reg.note:
        parts.append(q.r.t("answer-plain", text=reg.note.get(q.lang)))
    if not parts:
        return q.unknown(q.r.t("answer-preparation-unknown"))
    if q.yes_no and _SOMEONE.search(fold(q.text)):
        return q.unknown(q.r.join(parts))  # "¿va a haber alguien de un centro de desminado presentando?"
    # "do we have to present anything?": yes, what participants are asked to prepare; otherwise no verdict
    return q.known(q.r.join(parts), True if _OBLIGED.search(fold(q.text)) else None)


_SOMEONE = re.compile(r"\b(?:alguien|someone|anyone|anybody|somebody|quien|quienes|who)\b")
_OBLIGED = re.compile(
    r"\b(?:we|i|us|nosotros|tengo|tenemos|tienen|debo|debemos|deben|hay que|have to|has to|need to|must|"
    r"should|necesito|necesitamos|se espera|expected|required|obligatorio|obligatoria)\b"
)


def observers(q: Query) -> Part:
    """Attending as an observer: answered with who is invited when the invitation speaks of observers
    (addressed to "Permanent Observers to the OAS"), otherwise not stated."""
    said = [a.get(q.lang) for a in q.event.addressees]
    who = q.event.participants
    if who is not None:
        said += [x.get(q.lang) for x in (*who.invited, *who.encouraged)]
    found = [text for text in said if "observ" in fold(text)]
    if not found:
        return q.unknown(q.r.t("answer-unknown-observers"))
    # "¿la invitación nos incluye?" from a Permanent Observer mission: yes, it is addressed to them
    included = q.yes_no and _INCLUDED.search(fold(q.text)) is not None and not asks_only(q.text)
    return q.known(q.r.join([q.r.t("answer-plain", text=text) for text in found]), True if included else None)


# "¿la invitación nos incluye?", "are observers invited?" (not "can observers vote?")
_INCLUDED = re.compile(
    r"\b(?:incluye|include|includes|included|invited|invitad[oa]s?|invitan|dirigida|addressed|attend|asistir|"
    r"participar|participate|take part)\b"
)


_DEADLINES = re.compile(r"deadline|plazo")
_SENTENCE = re.compile(r"(?<=[.;])\s+|,\s+(?:and|y|e)\s+")  # a sentence, or a clause of a long one
_VALUE = re.compile(r"\b(?:cual es|cuales son|what is|what are|what s|whats|which is)\b(?!.*\babout\b)")
_WHEN = re.compile(r"\b(?:when|cuando|date|dates|fecha|fechas|year|years|ano|anos|until|hasta)\b")


def clearance_deadlines(q: Query) -> Part:
    """States' own clearance deadlines (Article 5): what the invitation says of them, never their dates,
    which it does not give. "Is it about Peru's and Ecuador's deadlines?" is answered by that sentence."""
    texts = [q.event.summary.get(q.lang), *([q.event.background.get(q.lang)] if q.event.background else [])]
    said = [s for text in texts for s in _SENTENCE.split(text) if _DEADLINES.search(fold(s))][:1]
    parts = [q.r.t("answer-passage", text=s) for s in said]
    # "whose deadlines?", "is it about their deadlines?"; not "what is Peru's deadline?", which asks a date
    value = q.has("Q_WHEN", "DATE", "COUNT") or _WHEN.search(fold(q.text)) or _VALUE.search(fold(q.text))
    if said and not value:
        # "about Peru and Colombia's demining deadlines, right?": no, the sentence names Ecuador and Peru
        named = set(find_countries(words(said[0])))
        return q.known(q.r.join(parts), set(q.countries) <= named if q.yes_no and q.countries else None)
    return q.unknown(q.r.join([q.r.t("answer-clearance-deadlines-unknown"), *parts]))
