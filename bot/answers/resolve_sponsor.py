"""Resolvers for taking part: sponsorship (who, what, how many, by when, how) and registration."""

from __future__ import annotations

import re

from bot.answers.audiences import asks_if_listed, unlisted_kind
from bot.answers.countries import find_countries
from bot.answers.model import Part, Query
from bot.answers.resolve_place import contact
from bot.answers.verdict import asked_number, group_size
from bot.countries import name as country_name
from bot.events.common import article_of
from bot.events.participation import Cover, RegistrationMeaning, Sponsorship
from bot.folding import fold, words
from bot.present import sponsorship as sp
from bot.present.info import contact_block
from bot.present.times import deadline

# Concepts naming something a sponsorship may pay for.
ITEMS = {
    "FLIGHT": Cover.ECONOMY_AIR_TRAVEL,
    "ACCOM": Cover.ACCOMMODATION,
    "MEALS": Cover.MEALS,
    "PERDIEM": Cover.DAILY_ALLOWANCE,
    "TRANSFER": Cover.LOCAL_TRANSPORT,
    "VISA": Cover.VISA_COSTS,
    "INSURANCE": Cover.TRAVEL_INSURANCE,
}


def _none(q: Query) -> Part:
    return q.unknown(q.r.t("info-sponsorship-none"))


def _policy(q: Query) -> Sponsorship | None:
    return q.event.sponsorship


def _funded(q: Query, s: Sponsorship) -> str:
    """ "Sponsorship is funded by the Council…": the funder with its article from the event file."""
    return q.r.t(
        "answer-sponsorship", funder=s.funder.get(q.lang), article=article_of(s.funder_article, q.lang)
    )


def overview(q: Query) -> Part:
    """Who may apply, what it covers, how many, by when and how."""
    s = _policy(q)
    if s is None:
        return _none(q)
    # who may apply last but one: its list of States and note on organisations are the longest lines, and a
    # short reply keeps the quota and the deadline before them ("sponsorship?")
    parts = [
        _funded(q, s),
        sp.coverage(q.r, s),
        q.r.t("info-sponsorship-max", n=s.max_per_state) if s.max_per_state else "",
        sp.deadline_block(q.r, q.event, s, q.now, q.mine),
        sp.eligibility(q.r, s),
        sp.how_to_apply(q.r, s),
    ]
    return q.known(q.r.join(parts))


def covers(q: Query) -> Part:
    """What it covers; each item asked about that is not listed is said to be not covered by the data."""
    s = _policy(q)
    if s is None:
        return _none(q)
    parts = [_funded(q, s), sp.coverage(q.r, s)]
    missing = [cover for concept, cover in ITEMS.items() if q.has(concept) and cover not in s.covers]
    for cover in missing:
        parts.append(q.r.t("answer-not-covered", item=sp.cover_name(q.r, cover)))
    if q.has("AMOUNT"):
        parts.append(q.r.t("answer-amount-unknown"))
    business = q.has("BUSINESS") and Cover.ECONOMY_AIR_TRAVEL in s.covers
    if business:
        parts.insert(0, q.r.t("answer-economy-only"))
    html = q.r.join(parts)
    asked = any(q.has(concept) for concept in ITEMS)
    paid = [c for concept, c in ITEMS.items() if q.has(concept) and c in s.covers]
    if q.has("TRANSFER") and Cover.LOCAL_TRANSPORT not in s.covers:
        # "¿pagan el traslado del aeropuerto al hotel?": the hotel is where the transfer goes, not an item
        paid = [c for c in paid if c not in (Cover.ACCOMMODATION, Cover.ECONOMY_AIR_TRAVEL)]
    if (missing and not paid) or q.has("AMOUNT"):
        # Only what is not listed was asked: the data may simply not say, so the organisers are asked.
        return q.unknown(html)
    return q.known(html, False if business else (True if asked and not missing else None))


def eligible(q: Query) -> Part:
    """Whether the States named may apply (States not listed: ask the organisers), or who may."""
    s = _policy(q)
    if s is None:
        return _none(q)
    if not q.countries:
        most = [q.r.t("info-sponsorship-max", n=s.max_per_state)] if s.max_per_state else []
        html = q.r.join([sp.eligibility(q.r, s), *most])
        # "¿puede ser patrocinado un funcionario provincial?": the invitation does not say
        return q.unknown(html) if q.yes_no and unlisted_kind(q.text, q.event) else q.known(html)
    parts, missing = [], False
    most = q.r.t("info-sponsorship-max", n=s.max_per_state) if s.max_per_state else ""
    for code in q.countries:
        name = country_name(code, q.lang)
        if code in s.eligible_states:
            parts.append(q.r.t("answer-state-eligible", state=name))
            parts += _listed_as(q, code) if len(q.countries) == 1 and q.yes_no else []
        else:
            parts.append(q.r.t("answer-state-not-listed", state=name, states=sp.states(q.r, s)))
            missing = True
    html = q.r.join(parts if missing else [*parts, most])
    listing = missing and q.yes_no and asks_if_listed(q.text, q.has("LISTED"))
    return q.known(html, False) if listing else q.unknown(html) if missing else q.known(html, True)


def _listed_as(q: Query, code: str) -> list[str]:
    """The lines of the encouraged list that name a State ("…, which declared completion of Article 5")."""
    who = q.event.participants
    lines = [x.get(q.lang) for x in who.encouraged] if who else []
    return [q.r.t("answer-state-listed-as", text=x) for x in lines if code in find_countries(words(x))]


def nominations(q: Query) -> Part:
    """How many officials, for which roles, and the extra nomination subject to availability."""
    s = _policy(q)
    if s is None:
        return _none(q)
    if not s.max_per_state and not s.slots:
        return q.unknown(q.r.t("answer-nominations-unknown"))
    spare = any(slot.subject_to_availability for slot in s.slots)
    extra = q.has("THIRD") and spare
    group = group_size(q.text)
    wanted = group or asked_number(q.text)
    # "can we get 2 sponsored?" (not "do both nominations have to be women?", nor "can all 4 of us attend?":
    # attending is not limited)
    sponsored = q.has("SPONSOR", "FUND", "PAY", "COVER", "NOMINATE")
    both = re.search(r"\b(?:both|ambos|ambas)\b", fold(q.text)) is not None
    asks_count = sponsored and (not both or q.has("CAN", "COUNT"))  # "para hasta dos funcionarios, ¿no?"
    within = asks_count and wanted is not None and s.max_per_state is not None and wanted <= s.max_per_state
    # "can all 4 of us be sponsored?": no, past the quota and the extra nomination subject to availability
    most = s.max_per_state
    beyond = sponsored and group is not None and most is not None and group > most + spare
    parts = [sp.nominations(q.r, s)]
    unlimited = not q.has("SPONSOR", "FUND", "PAY", "COVER", "NOMINATE", "THIRD")
    if unlimited:
        # "How many people can Colombia send?": the invitation limits sponsorship, not attendance.
        parts.insert(0, q.r.t("answer-attendance-unlimited"))
    attend = unlimited and group is not None and q.has("CAN")  # "we are 4, can we all attend?": yes
    return q.known(q.r.join(parts), False if beyond else True if extra or within or attend else None)


def sponsorship_deadline(q: Query) -> Part:
    """The deadline, the time left or 'closed', and how to apply."""
    s = _policy(q)
    if s is None:
        return _none(q)
    return q.known(q.r.join([sp.deadline_block(q.r, q.event, s, q.now, q.mine), sp.how_to_apply(q.r, s)]))


def apply(q: Query) -> Part:
    """How to apply, and by when."""
    s = _policy(q)
    if s is None:
        return _none(q)
    return q.known(q.r.join([sp.how_to_apply(q.r, s), sp.deadline_block(q.r, q.event, s, q.now, q.mine)]))


def submit(q: Query) -> Part:
    """Where to send a confirmation, nomination or request: how to apply, else how to register; the e-mail
    address to send it to, when asked for and the invitation gives none, is not known."""
    if q.event.contact.email is None and q.has("CONTACT"):
        return contact(q)  # "¿cuál es el correo para mandar dudas?"
    if q.event.sponsorship is not None:
        return apply(q)
    if q.event.registration is not None:
        return registration(q)
    return q.known(contact_block(q.r, q.event))


def organisations(q: Query) -> Part:
    """Sponsorship for organisations (usually by invitation)."""
    s = _policy(q)
    if s is None:
        return _none(q)
    if s.organisations is None:
        return q.unknown(q.r.t("answer-ngo-unknown"))
    if _ONLY.search(fold(q.text)) and s.eligible_states:
        # "¿no es que el patrocinio es solo para ONG?": no, States listed may request it too
        most = [q.r.t("info-sponsorship-max", n=s.max_per_state)] if s.max_per_state else []
        return q.known(q.r.join([sp.eligibility(q.r, s), *most]), False)
    each, more = s.organisations.participants_per_organisation, _MORE.search(fold(q.text))
    # "¿puede nominar a más de un participante?": no, one per organisation
    verdict = (asked_number(more.group(0)) or 1) < each if q.yes_no and more and each else None
    return q.known(q.r.join([sp.organisations(q.r, s), sp.coverage(q.r, s)]), verdict)


_MORE = re.compile(r"\b(?:mas de|more than)\s+(?:un|una|uno|one|two|dos|[1-9])\b")


_ONLY = re.compile(
    r"\b(?:solo|solamente|unicamente|only|just|exclusively|exclusivamente)\s+(?:(?:para|for|a|to)\s+)?"
    r"(?:(?:las|los|the)\s+)?(?:ong|ongs|ngo|ngos|organizaciones|organisations|organizations|sociedad civil|"
    r"civil society)\b"
)


def registration(q: Query) -> Part:
    """How to register (the invitation's way, and this bot), and until when."""
    reg = q.event.registration
    if reg is None:
        return q.unknown(q.r.join([q.r.t("answer-registration-unknown"), contact_block(q.r, q.event)]))
    parts = [q.r.t("answer-plain", text=reg.note.get(q.lang))] if reg.note else []
    if reg.url and not any(reg.url in p for p in parts):
        parts.append(q.r.t("answer-registration-url", url=reg.url))
    if reg.counts_as is RegistrationMeaning.NOTICE and not reg.url:
        parts.insert(0, _invitation_step(q))
    if reg.closes is not None:
        parts.append(
            q.r.t("answer-registration-closes", when=deadline(q.r, q.event, reg.closes, q.now, q.mine))
        )
    is_open = q.event.registration_open(q.now)
    parts.append(q.r.t("answer-registration-bot" if is_open else "answer-registration-closed"))
    return q.known(q.r.join(parts), _organisations_may(q))


def _organisations_may(q: Query) -> bool | None:
    """ "We are an NGO, can we register?": yes when the invitation invites organisations (its words)."""
    who = q.event.participants
    if not (q.yes_no and q.has("CAN") and q.has("NGO")) or who is None or _NOT_ASKED.search(fold(q.text)):
        return None
    return True if any("organi" in fold(x.get(q.lang)) for x in who.invited) else None


_NOT_ASKED = re.compile(
    r"(?:not|no|sin|without|only|solo|solamente|deadline|plazo|until|hasta|still|todavia|aun)"
)


def _invitation_step(q: Query) -> str:
    """How the invitation itself asks for the confirmation (registering here only lets organisers know)."""
    s = _policy(q)
    email = q.event.contact.email
    if s is not None and email and email in s.how_to_apply.get(q.lang):
        return q.r.t("answer-plain", text=s.how_to_apply.get(q.lang))
    return q.r.t("answer-registration-email", email=email or "")


def registration_deadline(q: Query) -> Part:
    """The registration deadline, when the invitation gives one."""
    reg = q.event.registration
    if reg is None or reg.closes is None:
        return q.unknown(q.r.t("answer-registration-deadline-unknown"))
    when = deadline(q.r, q.event, reg.closes, q.now, q.mine)
    return q.known(q.r.t("answer-registration-closes", when=when))


def any_deadline(q: Query) -> Part:
    """'The deadline': sponsorship's if there is one, plus registration's when it is given."""
    s = _policy(q)
    reg = q.event.registration
    parts = []
    if s is not None:
        parts.append(sp.deadline_block(q.r, q.event, s, q.now, q.mine))
    if reg is not None and reg.closes is not None and (s is None or reg.closes != s.deadline):
        parts.append(
            q.r.t("answer-registration-closes", when=deadline(q.r, q.event, reg.closes, q.now, q.mine))
        )
    if not parts:
        return q.unknown(q.r.t("answer-registration-deadline-unknown"))
    return q.known(q.r.join(parts))


def floor(q: Query) -> Part:
    """Taking the floor or submitting a question: what registration offers."""
    reg = q.event.registration
    choices = [question for question in reg.questions if question.options] if reg else []
    if reg is None or not choices:
        return q.unknown(q.r.t("answer-floor-unknown"))
    parts = [q.r.t("answer-plain", text=reg.note.get(q.lang))] if reg.note else []
    for question in choices:
        parts.append(q.r.t("answer-plain", text=question.prompt.get(q.lang)))
    return q.known(q.r.join(parts), True)
