"""Who funds the event: the funders, whether those a question names are among them, and the amounts the
invitation never gives."""

from __future__ import annotations

import re

from bot.answers.claims import claim
from bot.answers.countries import find_countries
from bot.answers.model import Part, Query
from bot.answers.resolve_time import party_items
from bot.folding import fold, words
from bot.present.info import bullets


def funders(q: Query) -> Part:
    """Who funds the event, and for what (and whether those the question names do)."""
    if not q.event.funders:
        return q.unknown(q.r.t("answer-funders-unknown"))
    listed = q.r.join([q.r.t("answer-funders"), bullets(party_items(q, q.event.funders))])
    if _AMOUNT.search(fold(q.text)):
        return q.unknown(q.r.join([q.r.t("answer-funding-amount-unknown"), listed]))  # "how much in total?"
    topic = _TOPIC.search(fold(q.text))
    # "¿la UE financia el diálogo sobre Perú y Ecuador?": the States after "sobre" are what it is about
    about = find_countries(words(fold(q.text)[topic.end() :])) if topic else []
    countries = [c for c in q.countries if c not in about]
    # "the ISU hosts it with EU funding, right?": only the party named as paying is checked
    paying = paying_parties(q)
    verdict = claim(q.text, paying or q.parties, [] if paying else countries, q.event.funders)
    return q.known(listed, verdict)


_AMOUNT = re.compile(
    r"\b(?:how much|cuanto|cuanta)\s+(?:\w+\s+){0,2}(?:money|funding|funds|dinero|fondos|financiamiento|"
    r"financiacion|euros|dollars|dolares)\b|\b(?:amount|monto|importe|budget|presupuesto)\b"
)
_TOPIC = re.compile(r"\b(?:sobre|about|regarding|acerca de|on)\b")


_PAYING = re.compile(
    r"\bPARTY (?:money|funds|funding)\b|\b(?:money|funds|funding|fondos|dinero|financiamiento|financiacion|"
    r"apoyo financiero) (?:from |of |de )?(?:la |el |the )?PARTY\b"
)


def _with_party(text: str, alias: str) -> str:
    """The question with one party's name written PARTY, for _PAYING."""
    return re.sub(rf"\b{re.escape(alias)}\b", "PARTY", text)


def paying_parties(q: Query) -> frozenset[str]:
    """The parties a question names as paying ("hosting it with EU money", "con fondos de la UE")."""
    return frozenset(a for a in q.parties if _PAYING.search(_with_party(fold(q.text), a)))
