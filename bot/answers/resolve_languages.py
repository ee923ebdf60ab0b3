"""Languages, interpretation, sign language and accessibility: what the event file states, and whether the
language a question names is offered ("in English only?": no)."""

from __future__ import annotations

import re

from bot.answers.claims import asks_only
from bot.answers.model import Part, Query
from bot.answers.resolve_agenda import programme_notes
from bot.answers.verdict import named_languages
from bot.folding import fold
from bot.present.info import languages_block


def languages(q: Query) -> Part:
    """Working languages, interpretation, sign language; the specific thing asked may be not stated."""
    event = q.event
    if q.has("AGENDA") and event.agenda is None and (notes := programme_notes(q)):
        # the programme's language: the agenda's answer says what is known of it ("¿está en español?": sí)
        named = named_languages(q.text)
        said = named_languages(" ".join(notes))
        return q.known("", named <= said if named and said else None)
    missing = (
        (q.has("SIGN") and event.sign_language is None)
        or (q.has("INTERP") and event.interpretation is None)
        or (q.has("LANGUAGE") and not event.languages and event.interpretation is None)
    )
    html = languages_block(q.r, event)
    if q.has("DOCS") and _TRANSLATED.search(fold(q.text)):
        # "will the documents be translated into Spanish?": the languages of the meeting do not say
        return q.unknown(q.r.join([q.r.t("answer-docs-translation-unknown"), html]))
    if q.has("SIGN") and event.sign_language and _WHICH_SIGN.search(fold(q.text)):
        # "¿la lengua de señas es internacional o de qué país?": there is one; which, it does not say
        return q.unknown(q.r.join([q.r.t("answer-sign-which-unknown"), html]))
    return q.unknown(html) if missing else q.known(html, _language_verdict(q))


_TRANSLATED = re.compile(r"\b(?:translat\w*|traduc\w*)\b")
_WHICH_SIGN = re.compile(
    r"\b(?:internacional|international|nacional|national|salvadorena|which (?:sign|one)|"
    r"what (?:kind|type) of sign|(?:que|q|cual|cuales) (?:tipo de )?(?:lengua|lenguaje)s?|de (?:que|q) pais|"
    r"which country|from what country|asl|lsm|lessa|american sign)\b"
)


def _language_verdict(q: Query) -> bool | None:
    """Sign language asked: whether there is; a language named: whether it is interpreted (or worked in)."""
    event = q.event
    if q.has("SIGN"):
        return event.sign_language
    named = named_languages(q.text)
    offered = set(event.interpretation or ()) | set(event.languages)
    if named and offered and asks_only(q.text):
        return named == offered  # "will it be in English only?": no, when others are offered too
    return named <= offered if named and offered else None


def accessibility(q: Query) -> Part:
    """Accessibility arrangements are not described; what is known (sign language) is said."""
    parts = [q.r.t("answer-access-unknown")]
    if q.event.sign_language:
        parts.append(q.r.t("info-sign-yes"))
    reg = q.event.registration
    if reg is not None and "accessibility" in reg.fields:
        parts.append(q.r.t("answer-access-registration"))
    return q.unknown(q.r.join(parts))
