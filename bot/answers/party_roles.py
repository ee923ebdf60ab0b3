"""What a party the invitation names does in the event ("what role does the Netherlands have here?",
"¿quién preside la Convención según la invitación?"), when no other reading of the question holds: the
organisers, hosts, funders and speakers it names, or whose name carries the question's own words, each
with the role the event gives it."""

from __future__ import annotations

import re

from bot.answers.claims import aliases
from bot.answers.model import Part, Query
from bot.answers.resolve_time import party_items
from bot.countries import name as country_name
from bot.events.content import Party
from bot.folding import fold, stem, words
from bot.present.info import bullets

_ROLE = re.compile(
    r"\b(?:roles?|papel|rol|funcion|part|preside[sd]?|presidio|presidente|president|presidencia|chairs?|"
    r"chaired|que hace|what (?:does|do|did|will) .+ do)\b"
)
MIN_PREFIX = 5  # "presid" (preside, presidió) meets "president" (presidente)


def _parties(q: Query) -> list[Party]:
    seen: dict[tuple[str, str], Party] = {}
    for p in (*q.event.organisers, *q.event.hosts, *q.event.funders, *q.event.speakers):
        seen.setdefault((p.name.en, p.role.en if p.role else ""), p)
    return list(seen.values())


def _names_it(q: Query, party: Party) -> bool:
    """Whether the question names the party: a State in its name, an alias, or all its own words."""
    own = f" {' '.join(words(f'{party.name.en} {party.name.es}'))} "
    states = {" ".join(words(country_name(c, lang))) for c in q.countries for lang in ("en", "es")}
    if any(s and f" {s} " in own for s in states):
        return True
    if q.parties & (aliases(party.name.en) | aliases(party.name.es)):
        return True
    stems = {stem(w, q.lang) for w in words(party.name.get(q.lang))}
    return len(q.own) >= 2 and all(any(_meets(t, s) for s in stems) for t in q.own)


def _meets(term: str, key: str) -> bool:
    if term == key:
        return True
    n = min(len(term), len(key))
    return n >= MIN_PREFIX and term[:MIN_PREFIX] == key[:MIN_PREFIX] and key.startswith(term[: n - 1])


def party_roles(q: Query) -> Part | None:
    """The parties the question names, with their roles; None when it names none of them."""
    if not _ROLE.search(fold(q.text)):
        return None  # "how much does the EU give?", "who will speak for the EU?": not its role
    named = [p for p in _parties(q) if _names_it(q, p)]
    if not named or not any(p.role for p in named):
        return None
    return q.known(bullets(party_items(q, named)))
