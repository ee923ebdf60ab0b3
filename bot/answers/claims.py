"""Claims about who does what, checked against the event: "lo organiza Colombia?", "is the EU paying?",
"Colombia modera el debate?", and the people the invitation names ("who is Luis Almagro?").

An organisation is named by its name, the acronym in its brackets ("(OAS)") or its initials ("EU");
a State by its name. A claim holds when every organisation or State it names is among the parties
asked about (and, when a role is named, has that role).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.countries import name as country_name
from bot.events.content import Party, Signatory
from bot.events.models import Event
from bot.folding import fold, words

_ACRONYM = re.compile(r"\(([A-Z]{2,8})\b")
_CAPS = re.compile(r"^[A-ZÁÉÍÓÚÑ]")
# Roles the invitations give speakers, by the stems a question and a role share.
ROLES = (("moder",), ("inaugur", "abre", "open"), ("conclu", "clos", "cierr"))
_SIGN = re.compile(r"\b(?:firm|sign)")
MIN_NAME = 4  # letters of a person's name word that can stand for them ("Almagro", "Ruan")


@lru_cache(maxsize=1024)
def aliases(name: str) -> frozenset[str]:
    """Folded ways to name an organisation: its name without brackets, its acronym, its initials."""
    plain = re.sub(r"\s*\([^)]*\)", "", name)
    out = {" ".join(words(plain))}
    found = _ACRONYM.search(name)
    if found:
        out.add(found.group(1).lower())
    capitals = [w for w in plain.split() if _CAPS.match(w)]
    if 2 <= len(capitals) <= 3 and len(capitals) == len([w for w in plain.split() if len(w) > 3]):
        out.add(fold("".join(w[0] for w in capitals)))
    return frozenset(out)


def party_names(party: Party) -> frozenset[str]:
    return aliases(party.name.en) | aliases(party.name.es)


def parties_of(event: Event) -> list[Party]:
    return [*event.organisers, *event.hosts, *event.funders, *event.speakers]


def party_aliases(event: Event) -> frozenset[str]:
    """Every alias of the organisations an event names (organisers, hosts, funders, speakers)."""
    return frozenset(a for p in parties_of(event) for a in party_names(p))


_KNOWN: dict[tuple[int, ...], frozenset[str]] = {}


def _vocabulary(events: Sequence[Event]) -> frozenset[str]:
    """Every alias of every event's parties (kept per set of events: events are not hashable)."""
    ident = tuple(id(ev) for ev in events)
    if ident not in _KNOWN:
        _KNOWN.clear()
        _KNOWN[ident] = frozenset(a for ev in events for p in parties_of(ev) for a in party_names(p))
    return _KNOWN[ident]


def named_parties(raw: list[str], events: Sequence[Event]) -> frozenset[str]:
    """The organisations' aliases a question names (folded words of the question)."""
    joined = f" {' '.join(raw)} "
    return frozenset(a for a in _vocabulary(events) if f" {a} " in joined)


def _role_stems(text: str) -> list[tuple[str, ...]]:
    folded = fold(text)
    return [stems for stems in ROLES if any(s in folded for s in stems)]


def _has(party: Party, alias: str | None, country: str | None) -> bool:
    if alias is not None:
        return alias in party_names(party)
    names = {" ".join(words(country_name(country or "", lang))) for lang in ("en", "es")}
    own = f" {' '.join(words(f'{party.name.en} {party.name.es}'))} "
    return any(f" {n} " in own for n in names if n)


def claim(text: str, named: Iterable[str], countries: Iterable[str], parties: Sequence[Party]) -> bool | None:
    """Whether everyone a yes/no question names is among `parties` in the role it names (None: it
    names no one)."""
    subjects = [(a, None) for a in named] + [(None, c) for c in countries]
    if not subjects:
        return None
    matched: set[str] = set()
    roles: list[tuple[str, ...]] = []
    for alias, country in subjects:
        roles = _roles_of(text, alias, country)
        doing = [p for p in parties if _has(p, alias, country) and _in_roles(p, roles)]
        if not doing:
            return False
        matched |= {p.name.en for p in doing}
    if asks_only(text):  # "organised only by the OAS?": no, when others (in the role named) are too
        return {p.name.en for p in parties if _in_roles(p, roles)} <= matched
    return True


def _in_roles(party: Party, roles: list[tuple[str, ...]]) -> bool:
    """Whether a party has every role named (any party, when none is)."""
    said = fold(party.role.en + " " + party.role.es) if party.role else ""
    return not roles or (bool(said) and all(any(s in said for s in r) for r in roles))


# "just to check", "solo para confirmar", "I just want to know": no claim that something is the only one
_ONLY = re.compile(
    r"\b(?:only|sola|solos|solas|solamente|unicamente|exclusivamente|solo(?! (?:para|quiero|queria|una|por|"
    r"a modo|como|tengo|me)))\b"
)


def asks_only(text: str) -> bool:
    """Whether a question asks if something is the only one ("in English only?", "¿solo la OEA?")."""
    return bool(_ONLY.search(fold(text)))


_PARTS = re.compile(r"\s*(?:[,;]|\by\b|\band\b|\be\b)\s*")


def _roles_of(text: str, alias: str | None, country: str | None) -> list[tuple[str, ...]]:
    """The roles a question gives one party: those of the part naming it ("lo modera Tailandia y las
    conclusiones son de Colombia": Thailand moderates, Colombia concludes), else the question's."""
    names = (
        {alias} if alias else {" ".join(words(country_name(country or "", lang))) for lang in ("en", "es")}
    )
    for part in _PARTS.split(fold(text)):
        if any(n and n in part for n in names) and (roles := _role_stems(part)):
            return roles
    return _role_stems(text)


_SIGNED_BY = re.compile(r"\b(?:signed by|signs it|firmad[oa]s? por|(?:la|lo) firman?|firmo)\s+([^?.!;]+)")
_CHUNKS = re.compile(r",|\band\b|\by\b|\be\b")
_FILLER = frozenset(  # "un" is kept: "the UN"
    words(
        "the a an of by el la los las de del por himself herself personally mismo misma personalmente "
        "right correct verdad cierto no too also tambien isn t it invitation invitacion letter carta"
    )
)
# Bodies a question may say signed: naming one that no signatory belongs to is a "no"
_BODIES = frozenset(words("un onu oas oea eu ue isu undp pnud icrc cicr unmas unicef who oms"))


def signed_claim(text: str, people: Sequence[Signatory]) -> bool | None:
    """ "Isn't it signed by the Secretary-General of the UN?": no, when a body it names is no signatory's;
    yes when each person it names ("Almagro and Cabrera") is a signatory by name, role or organisation;
    None when it cannot tell (a role written otherwise)."""
    found = _SIGNED_BY.search(fold(text))
    if not found:
        return None
    owns = [_signatory_words(person) for person in people]
    chunks = [set(words(c)) - _FILLER for c in _CHUNKS.split(found.group(1))]
    chunks = [c for c in chunks if c]
    if not chunks:
        return None
    if any(c & _BODIES and not any(c & _BODIES <= own for own in owns) for c in chunks):
        return False
    return True if all(any(c <= own for own in owns) for c in chunks) else None


def _signatory_words(person: Signatory) -> set[str]:
    org = person.organisation
    said = f"{person.name} {person.role.en} {person.role.es} {org.en + ' ' + org.es if org else ''}"
    short = aliases(org.en) | aliases(org.es) if org else frozenset()
    return set(words(said)) | {a for a in short if " " not in a} | (_initials(org.en) if org else set())


def _initials(name: str) -> set[str]:
    """Acronyms of runs of two to four capitalised words ("Implementation Support Unit": isu)."""
    caps = name.split()
    out = set()
    for size in (2, 3, 4):
        for i in range(len(caps) - size + 1):
            run = caps[i : i + size]
            if all(_CAPS.match(w) for w in run):
                out.add(fold("".join(w[0] for w in run)))
    return out


def asks_signatories(text: str) -> bool:
    """Whether a question is about who signed the invitation."""
    return bool(_SIGN.search(fold(text)))


_AGENT = re.compile(
    r"\b(?:by|por|(?:lo|la) (?:organiza|financia|acoge|patrocina|convoca)n?) (?:the |el |la |los |las )?"
    r"((?:ministry|ministerio|secretariat|secretaria|government|"
    r"gobierno|department|departamento|agency|agencia|office|oficina|embassy|embajada|institute|instituto)"
    r"(?: (?:of|de|del|for|para|de la|of the) [a-z]+(?: [a-z]+)?)?)"
)


def unknown_agents(text: str, event: Event) -> frozenset[str]:
    """Bodies a question names as doing something ("hosted by the Ministry of Defence", "organizado por
    el Ministerio de Defensa") that none of the event's parties is. Decision: they are kept as named
    parties with no match, so a yes/no claim about them is answered no (with the right parties)."""
    own = " ".join(words(" ".join(f"{p.name.en} {p.name.es}" for p in parties_of(event))))
    out = set()
    for m in _AGENT.finditer(fold(text)):
        body = " ".join(words(m.group(1)))
        if f" {body} " not in f" {own} " and " " in body:
            out.add(f"?{body}")
    known = {a for p in parties_of(event) for a in party_names(p)}
    # "¿los patrocinios los paga la ONU?": a well-known body none of the event's parties is
    out |= {f"?{b.lower()}" for b in _KNOWN_BODIES.findall(text) if b.lower() not in known}
    return frozenset(out)


_KNOWN_BODIES = re.compile(r"\b(ONU|UN|PNUD|UNDP|UNICEF|CICR|ICRC|OTAN|NATO|BID|IDB)\b")
