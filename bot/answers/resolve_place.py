"""Resolvers for where and who: place and format, languages, contact, links, organisers, participants."""

from __future__ import annotations

import re

from bot.answers.audiences import MIN_SHARED, naming, shared, unlisted_kind
from bot.answers.claims import asks_signatories, claim, signed_claim
from bot.answers.countries import find_countries
from bot.answers.model import Part, Query
from bot.answers.resolve_funding import paying_parties
from bot.answers.resolve_time import party_items
from bot.countries import name as country_name
from bot.events.common import EventFormat
from bot.events.content import Signatory
from bot.folding import fold, words
from bot.present.event import place as place_name
from bot.present.info import bullets, contact_block, links_block

FORMAT_WORDS = ("FORMAT", "INPERSON", "REMOTE", "HYBRID")


def _format_line(q: Query) -> str:
    fmt = q.event.format
    if fmt is None:
        return q.r.t("answer-format-unknown")
    return q.r.t("answer-format", format=q.r.t(f"format-{fmt}"))


def _venue_lines(q: Query) -> tuple[list[str], bool]:
    """Venue lines, and whether the venue is still to be confirmed."""
    venue = q.event.venue
    if venue is None:
        return [], False
    lines = []
    if venue.name is not None:
        name = venue.name.get(q.lang)
        if venue.address:
            lines.append(q.r.t("info-venue-address", name=name, address=venue.address))
        else:
            lines.append(q.r.t("info-venue", name=name))
    else:
        lines.append(q.r.t("answer-venue-tbc"))
    if venue.note:
        lines.append(q.r.t("answer-plain", text=venue.note.get(q.lang)))
    return lines, venue.name is None


_HOURS = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|h)?\s*(?:to|a|-|–|hasta|until)\s*\d{1,2}\b|\d:\d\d")


def names_hours(text: str) -> bool:
    """Whether a question names hours ("9 to 12 in Quito"): its place is then a time zone, not a venue."""
    return bool(_HOURS.search(fold(text)))


def where(q: Query) -> Part:
    """City, venue and format, saying which of the things asked are not stated."""
    event, spot = q.event, place_name(q.event, q.lang)
    parts = [q.r.t("answer-where", place=spot)] if spot else []
    venue_lines, tbc = _venue_lines(q)
    parts += venue_lines
    parts.append(_format_line(q))
    missing = (
        (q.has("VENUE") and tbc)
        or (q.has(*FORMAT_WORDS) and event.format is None)
        or (q.has("PLACE") and not spot and event.format is not EventFormat.VIRTUAL)
        # "is it being held in Lima?" about an event whose information names no place
        or (
            q.named_place is not None
            and not spot
            and event.format is None
            and q.place is None
            and not names_hours(q.text)
        )
    )
    remote_only = q.has("REMOTE") and not q.has("INPERSON", "FORMAT", "HYBRID")
    verdict = None
    if remote_only and event.format is EventFormat.IN_PERSON:
        if q.has("CAN", "INVITE", "CONNECT") or not q.yes_no:
            parts.append(q.r.t("answer-remote-unknown"))  # "can I join remotely?": not said
            missing = True
        else:
            verdict = False  # "is it virtual?": no, in person
    elif q.yes_no and event.format is EventFormat.VIRTUAL and q.has("REMOTE") != q.has("INPERSON"):
        verdict = q.has("REMOTE")  # "was it held online?": yes; "was it in person?": no
    if missing and not spot and event.format is None:
        parts.insert(0, q.r.t("answer-where-unknown"))
    html = q.r.join(parts)
    return q.unknown(html) if missing else q.known(html, verdict)


def connect(q: Query) -> Part:
    """Connection details are never in the invitations' data: say so, with the format."""
    return q.unknown(q.r.join([q.r.t("answer-connect-unknown"), _format_line(q)]))


def contact(q: Query) -> Part:
    """Whom to contact; an e-mail address the question names is checked against the event's."""
    named = {m.lower() for m in _EMAIL.findall(q.text)}
    own = (q.event.contact.email or "").lower()
    folded = fold(q.text)
    if not own and _ASKS_EMAIL.search(folded) and not _IN_EMAIL.search(folded):
        return q.unknown(contact_block(q.r, q.event))  # "Is there an e-mail I can write to?": none is given
    return q.known(contact_block(q.r, q.event), (own in named) if named and own else None)


_ASKS_EMAIL = re.compile(r"\b(?:e ?mail|correo|mail|email address|direccion de correo)\b")
# "no lo encuentro en el correo": the mail received, not an address asked for
_IN_EMAIL = re.compile(r"\b(?:en el|en mi|en su|in the|in my|in your|por|by) (?:e ?mail|correo|mail)\b")


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def links(q: Query) -> Part:
    """The event's links and contact."""
    return q.known(q.r.join([links_block(q.r, q.event), contact_block(q.r, q.event)], "\n\n"))


def organisers(q: Query) -> Part:
    """Who organises and who hosts (and whether those the question names do)."""
    event = q.event
    parts = [q.r.t("answer-organisers"), bullets([p.name.get(q.lang) for p in event.organisers])]
    if event.hosts:
        parts += [q.r.t("answer-hosts"), bullets([p.name.get(q.lang) for p in event.hosts])]
    if event.signatories and asks_signatories(q.text):
        parts[0:0] = [signatories(q, event.signatories)]
    elif event.signatories:
        names = [s.name for s in event.signatories]
        parts.append(q.r.t("answer-signed", names=", ".join(names)))
    signed = signed_claim(q.text, event.signatories) if event.signatories else None
    parties = [*event.organisers, *event.hosts]
    # "Isn't the ISU hosting it with EU money?": the EU as a funder, the ISU as a host
    paying = paying_parties(q)
    verdict = signed if signed is not None else claim(q.text, q.parties - paying, q.countries, parties)
    if paying and verdict is not False:
        verdict = claim(q.text, paying, [], event.funders) if event.funders else None
    if paying and event.funders:
        parts += [q.r.t("answer-funders"), bullets(party_items(q, event.funders))]
    return q.known(q.r.join(parts), verdict)


def signatories(q: Query, people: list[Signatory]) -> str:
    """The signatories with their roles."""
    items = [
        q.r.t(
            "answer-signatory-of",
            name=s.name,
            role=s.role.get(q.lang),
            organisation=s.organisation.get(q.lang),
        )
        if s.organisation
        else q.r.t("answer-signatory", name=s.name, role=s.role.get(q.lang))
        for s in people
    ]
    return q.r.join([q.r.t("answer-signatories"), bullets(items)])


def person(q: Query) -> Part:
    """Who a person the question names is: a signatory's role; "Almagro signs as OAS President, yes?" is
    no when a title it gives is not in the role."""
    if not q.people:
        return q.known(q.r.t("answer-dont-know"), True)
    titles = {w for w in words(fold(q.text)) if w in _TITLES}
    held = [{w for lang in ("en", "es") for w in words(fold(s.role.get(lang)))} for s in q.people]
    verdict = not titles or any(titles <= own for own in held)
    return q.known(signatories(q, q.people), verdict)


# Titles a claim on a signatory's role may give ("as OAS President", "¿firma como ministro?").
_TITLES = frozenset(
    [
        "president",
        "presidente",
        "presidenta",
        "chair",
        "chairperson",
        "director",
        "directora",
        "minister",
        "ministro",
        "ministra",
        "viceminister",
        "viceministro",
        "viceministra",
        "vice",
        "secretary",
        "secretario",
        "secretaria",
        "general",
        "ambassador",
        "embajador",
        "embajadora",
        "coordinator",
        "coordinador",
        "coordinadora",
        "envoy",
        "enviado",
        "enviada",
        "head",
        "jefe",
        "jefa",
        "chief",
        "acting",
        "interino",
        "interina",
        "deputy",
        "adjunto",
        "adjunta",
    ]
)


_ONLY_KIND = re.compile(
    r"\b(?:solo|solamente|unicamente|only|just|exclusively|exclusivamente)\s+(?:(?:para|for|a|to)\s+)?"
    r"(?:(?:las|los|the)\s+)?(states|estados|gobiernos|governments|ong|ongs|ngo|ngos|organizaciones|"
    r"organisations|organizations)\b"
)


def participants(q: Query) -> Part:
    """Who is invited, who is particularly encouraged, and to whom the invitation is addressed."""
    who = q.event.participants
    parts = []
    verdict = True
    if who is not None:
        parts += [q.r.t("answer-plain", text=x.get(q.lang)) for x in who.invited]
        if who.encouraged:
            items = [x.get(q.lang) for x in who.encouraged]
            # "¿qué países se alienta especialmente?": that list is the answer, so it comes first.
            named = [country_name(c, q.lang) for c in q.countries]
            listed = any(fold(n) in fold(" ".join(items)) for n in named)
            # "Is Mexico among those particularly encouraged?": no, and who is invited is the correction
            # "Is Mexico one of the States listed in the annex?" (not "can we attend, though not listed?")
            asked_listed = q.has("ENCOURAGE") or (q.has("LISTED") and not q.has("CAN", "INVITE"))
            if named and asked_listed and not listed:
                verdict = False
            # "an association in Nicaragua: can organisations take part?": the State says who asks
            scores = [shared(q.text, q.lang, x, states=False) for x in items]
            lines = [x for x, n in zip(items, scores, strict=True) if n >= MIN_SHARED]  # "…que informan…"
            best = [x for x, n in zip(items, scores, strict=True) if n == max(scores)] if lines else []
            if named and lines and q.yes_no:
                # "Does it say Peru completed clearance before joining?": no, that line names El Salvador
                verdict = set(q.countries) <= {c for x in best for c in find_countries(words(x))}
            first = q.has("ENCOURAGE") or (listed and not q.has("NGO")) or bool(lines)
            at = 0 if first and (verdict or lines) else len(parts)
            shown = naming(items, q.countries, best if verdict is False else [])
            parts[at:at] = [q.r.t("answer-encouraged"), bullets(shown)]
        if who.note:
            parts.append(q.r.t("answer-plain", text=who.note.get(q.lang)))
        only = _ONLY_KIND.search(fold(q.text)) if q.yes_no else None
        if only and re.search(r"\b(?:or|o)\b", fold(q.text)[: only.start()]):
            only = None  # "can NGOs attend, or only States?": a choice, not a claim
        others = "organi" if only and only.group(1)[0] in "eg" else "stat"  # "were only States invited?"
        if only:  # no: organisations were invited too (or States, for "only NGOs"); else not said
            verdict = False if others in fold(" ".join(f"{x.en} {x.es}" for x in who.invited)) else None
    to_whom = q.has("DOCS") or _ADDRESSED.search(fold(q.text)) is not None
    if q.event.addressees and (not parts or to_whom or q.has("NGO", "STATE")):
        addressed = [q.r.t("answer-addressees"), bullets([a.get(q.lang) for a in q.event.addressees])]
        # "¿a quién está dirigida la invitación?": the addressees are the answer, so they come first
        parts = [*addressed, *parts] if to_whom else [*parts, *addressed]
    if not parts:
        return q.unknown(q.r.t("answer-participants-unknown"))
    if q.yes_no and unlisted_kind(q.text, q.event):
        return q.unknown(q.r.join(parts))  # "¿puedo asistir como académica?": the list does not say
    return q.known(q.r.join(parts), verdict)


_ADDRESSED = re.compile(r"\b(?:dirig\w*|addressed|addressees?|destinatari[oa]s?)\b")


def open_points(q: Query) -> Part:
    """What the event's information says is not known yet."""
    points = [p.get(q.lang) for p in q.event.open_points]
    if not points:
        return q.known(q.r.t("answer-open-none"))
    return q.known(q.r.join([q.r.t("answer-open-points"), bullets(points)]))
