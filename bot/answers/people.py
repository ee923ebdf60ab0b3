"""The invitation's signatories a question names: by a word of their name ("Almagro", "Ruan"), or by their
role and organisation together ("¿cómo se llama el director de la ISU?")."""

from __future__ import annotations

import re

from bot.answers.claims import MIN_NAME, aliases, parties_of, party_names
from bot.events.content import Party, Signatory
from bot.events.models import Event
from bot.folding import words


def named_people(raw: list[str], event: Event, common: frozenset[str]) -> list[Signatory]:
    """The invitation's signatories a question names by a word of their name."""
    present = set(raw)
    out = []
    for person in event.signatories:
        own = {w for w in words(person.name) if len(w) >= MIN_NAME and w not in common}
        if own & present:
            out.append(person)
    return out or _by_role(raw, event)


def _by_role(raw: list[str], event: Event) -> list[Signatory]:
    """ "¿Cómo se llama el director de la ISU?": the one signatory whose role and organisation (its name,
    acronym or initials) the question both name."""
    joined = f" {' '.join(raw)} "
    found = [
        person
        for person, roles, bodies in _roles(event)
        if roles & set(raw) and any(f" {b} " in joined for b in bodies)
    ]
    return found if len(found) == 1 else []


_ROLES: dict[int, tuple[Event, list[tuple[Signatory, set[str], set[str]]]]] = {}


def _roles(event: Event) -> list[tuple[Signatory, set[str], set[str]]]:
    """Each signatory with the words of their role and the names of their organisation, once per event
    (kept while the event object is the same)."""
    cached = _ROLES.get(id(event))
    if cached is not None and cached[0] is event:
        return cached[1]
    out = []
    for person in event.signatories:
        roles = {w for lang in ("en", "es") for w in words(person.role.get(lang)) if len(w) >= MIN_NAME}
        bodies = (
            aliases(person.organisation.en) | aliases(person.organisation.es)
            if person.organisation
            else set()
        )
        bodies |= {a for p in parties_of(event) if _same(p, person) for a in party_names(p)}
        out.append((person, roles, bodies))
    _ROLES[id(event)] = (event, out)
    return out


def _same(party: Party, person: Signatory) -> bool:
    """Whether a party is the signatory's organisation: the first three words of its name (without its
    brackets) are in the organisation's name ("Implementation Support Unit")."""
    if person.organisation is None:
        return False
    for lang in ("en", "es"):
        head = " ".join(words(re.sub(r"\s*\([^)]*\)", "", party.name.get(lang)))[:3])
        if head and f" {head} " in f" {' '.join(words(person.organisation.get(lang)))} ":
            return True
    return False
