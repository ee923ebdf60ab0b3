"""Intents: which combinations of concepts ask for what, and choosing the intents of a question.

A rule needs one concept from each of its groups; it also "absorbs" qualifiers said in the same clause
("cuándo cierra el patrocinio": Q_WHEN goes with the deadline, not with the event's dates). Rules are
tried best-scoring first; a rule is taken when it adds a concept no rule taken before has used, so a
question with two needs ("¿cuándo es y hay traducción?") gets two intents.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answers.concepts import Hit
from bot.folding import words_of

PLACE_FOUND = "@PLACE"  # a place or UTC offset named in a question about times
COUNTRY_FOUND = "@COUNTRY"  # a country named (sponsorship eligibility)
PERSON_FOUND = "@PERSON"  # a person the invitation names (a signatory)
MIN_SCORE = 0.8

TIMEISH = frozenset(
    {"Q_WHEN", "DATE", "TIME", "START", "END", "EXACT", "STATUS", "SESSIONS", "ZONE", "COUNT"}
)
ITEMS = frozenset(
    {"BUSINESS", "FLIGHT", "ACCOM", "MEALS", "PERDIEM", "TRANSFER", "INSURANCE", "VISA", "EXPENSES", "TRAVEL"}
)
ASKS = frozenset({"Q_WHO", "Q_HOW", "CAN", "THERE_IS", "STILL", "COUNT"})


@dataclass(frozen=True)
class Rule:
    """`intent` when every group of `needs` has a concept in the question."""

    intent: str
    topic: str
    needs: tuple[frozenset[str], ...]
    absorbs: frozenset[str] = frozenset()
    bonus: float = 0.0
    unless: frozenset[str] = frozenset()  # concepts that rule it out


def rule(
    intent: str, topic: str, *needs: str, absorbs: str = "", bonus: float = 0.0, unless: str = ""
) -> Rule:
    """A rule from space-separated concept names (one string per group)."""
    groups = tuple(frozenset(n.split()) for n in needs)
    return Rule(intent, topic, groups, frozenset(absorbs.split()), bonus, frozenset(unless.split()))


RULES: tuple[Rule, ...] = (
    rule(
        "schedule", "programme", "Q_WHEN DATE TIME START END STATUS SESSIONS ZONE", absorbs=" ".join(TIMEISH)
    ),
    rule("duration", "programme", "DURATION", absorbs="COUNT DATE TIME Q_WHEN SESSIONS", bonus=0.3),
    rule(
        "time_in_place",
        "programme",
        "TIME START END ZONE",
        PLACE_FOUND,
        absorbs=" ".join(TIMEISH) + " PLACE",
        bonus=0.5,
    ),
    rule("agenda", "programme", "AGENDA GUIDING", absorbs="SESSIONS DOCS PLACE LINK"),
    rule("speakers", "programme", "SPEAKER PANEL", absorbs="Q_WHO"),
    rule("field_visit", "programme", "FIELD", absorbs="Q_WHEN DATE PLACE VENUE THERE_IS", bonus=0.3),
    rule("purpose", "general", "PURPOSE"),
    rule("where", "logistics", "PLACE VENUE", absorbs="Q_WHEN"),
    rule("format", "logistics", "FORMAT INPERSON REMOTE HYBRID", absorbs="CAN INVITE PLACE"),
    rule("connect", "logistics", "CONNECT", absorbs="LINK REMOTE FORMAT CAN", bonus=0.3),
    rule("languages", "logistics", "LANGUAGE INTERP SIGN", absorbs="THERE_IS"),
    rule("accessibility", "logistics", "ACCESS", absorbs="THERE_IS"),
    rule("contact", "general", "CONTACT", absorbs="Q_WHO LINK"),
    rule("links", "general", "LINK DOCS", absorbs="Q_WHERE"),
    rule("organisers", "general", "ORGANISE", absorbs="Q_WHO DOCS"),
    rule("funders", "general", "FUND", absorbs="Q_WHO"),
    rule("funders", "general", "Q_WHO", "PAY", bonus=0.2),
    # "who is funding the sponsorships?", "Embajada de Canadá: ¿quién financia?": who funds, not who may
    rule("funders", "general", "Q_WHO", "FUND", absorbs="SPONSOR PAY " + COUNTRY_FOUND, bonus=1.3),
    rule("person", "general", PERSON_FOUND, absorbs="Q_WHO ORGANISE DOCS NAME", bonus=0.6),
    # "who are the donors?"; "we're a donor." only says who asks
    rule("funders", "general", "DONOR", "Q_WHO THERE_IS", bonus=-0.1),
    rule("participants", "registration", "INVITE", absorbs="Q_WHO CAN NGO STATE DONOR PEOPLE ENCOURAGE"),
    rule("participants", "registration", "ENCOURAGE", absorbs="Q_WHO NGO STATE PEOPLE", bonus=0.7),
    rule("participants", "registration", "NGO DONOR", "DOCS", absorbs="Q_WHO STATE", bonus=0.3),
    rule(
        "participants", "registration", "LISTED", COUNTRY_FOUND, absorbs="STATE ENCOURAGE INVITE", bonus=0.3
    ),
    rule("observers", "registration", "OBSERVER", absorbs="CAN INVITE STATE Q_WHO", bonus=0.5),
    rule("open_points", "general", "UNKNOWN_Q"),
    rule("title", "general", "NAME", bonus=0.2),
    rule("invitation_date", "general", "DOCS", "SENT Q_WHEN DATE", bonus=0.5),
    rule("invitation_date", "general", "DATED", absorbs="DOCS SENT Q_WHEN DATE", bonus=0.5),
    rule("preparation", "programme", "PRESENTATION", absorbs="CAN NOMINATE INVITE"),
    rule("unknown_attendance", "general", "COUNT", "INVITE", bonus=0.5, unless="NOMINATE SPONSOR"),
    rule(
        "unknown_total",
        "general",
        "COUNT",
        "TOTAL",
        "PEOPLE REGISTER SPONSOR NOMINATE INVITE",
        bonus=1.5,
        absorbs="PEOPLE REGISTER SPONSOR NOMINATE INVITE THERE_IS",
        unless="STATE EACH",
    ),
    rule("sponsorship", "sponsorship", "SPONSOR", absorbs="THERE_IS CAN INVITE TRAVEL FUND"),
    rule("sp_travel", "sponsorship", "FUND PAY", "TRAVEL INVITE THERE_IS", absorbs="Q_WHO", bonus=0.2),
    rule(
        "sp_covers",
        "sponsorship",
        "COVER PAY EXPENSES SELFPAY",
        "SPONSOR " + " ".join(ITEMS),
        absorbs="Q_WHO THERE_IS FUND AMOUNT",
        bonus=0.3,
    ),
    rule("sp_covers", "sponsorship", "FLIGHT MEALS EXPENSES BUSINESS", absorbs="THERE_IS TRAVEL"),
    # "¿el pasaje del patrocinio es en clase económica?": an item of the sponsorship, not the overview
    rule("sp_covers", "sponsorship", "SPONSOR", "FLIGHT BUSINESS MEALS", bonus=0.1),
    rule(
        "sp_eligible",
        "sponsorship",
        "SPONSOR",
        "ELIGIBLE Q_WHO CAN STATE " + COUNTRY_FOUND,
        absorbs="APPLY INVITE",
        bonus=0.2,
    ),
    rule("sp_eligible", "sponsorship", "ELIGIBLE", absorbs="Q_WHO CAN APPLY"),
    rule(
        "sp_eligible",
        "sponsorship",
        "FUND",
        "APPLY ELIGIBLE " + COUNTRY_FOUND,
        absorbs="CAN Q_WHO",
        bonus=0.3,
    ),
    rule(
        "sp_nominations",
        "sponsorship",
        "SPONSOR NOMINATE",
        "COUNT THIRD PROFILE PEOPLE",
        absorbs="CAN Q_WHO",
        bonus=0.3,
    ),
    rule("sp_nominations", "sponsorship", "NOMINATE THIRD", absorbs="CAN COUNT Q_WHO PROFILE"),
    rule(
        "sp_nominations",
        "sponsorship",
        "SEND",
        "PEOPLE NOMINATE THIRD COUNT",
        absorbs="CAN STATE Q_WHO PLACE SPONSOR",
        bonus=0.3,
    ),
    rule(
        "submit",
        "registration",
        "SEND",
        "PLACE Q_WHO CONTACT",
        absorbs="NOMINATE APPLY REGISTER DOCS SPONSOR Q_HOW",
        bonus=0.5,
    ),
    rule("sp_deadline", "sponsorship", "SPONSOR", "DEADLINE Q_WHEN STILL", absorbs="APPLY DATE", bonus=0.4),
    rule("sp_apply", "sponsorship", "SPONSOR", "APPLY Q_HOW", absorbs="CONTACT", bonus=0.2),
    rule("sp_ngo", "sponsorship", "SPONSOR", "NGO", absorbs="CAN APPLY", bonus=0.5),
    rule("sp_ngo", "sponsorship", "NGO", "PAY COVER FUND", "TRAVEL FLIGHT ACCOM EXPENSES", bonus=0.5),
    rule("registration", "registration", "REGISTER", absorbs="Q_HOW APPLY LINK CAN PLACE"),
    rule("reg_deadline", "registration", "REGISTER", "DEADLINE Q_WHEN STILL", absorbs="DATE", bonus=0.4),
    rule("deadline", "registration", "DEADLINE", absorbs="Q_WHEN DATE STILL APPLY"),
    rule("floor", "registration", "FLOOR", absorbs="CAN REGISTER PLACE SEND"),
    rule("perdiem_amount", "sponsorship", "AMOUNT COUNT", "PERDIEM", absorbs="PAY", bonus=0.5),
    rule("unknown_fee", "logistics", "SELFPAY", absorbs="REGISTER INVITE THERE_IS CAN", bonus=0.3),
    rule("unknown_companion", "logistics", "BRING", "PEOPLE COMPANION", absorbs="CAN", bonus=0.5),
    rule(
        "unknown_share",
        "logistics",
        "SHARE",
        "DOCS PRESENTATION RECORDING",
        absorbs="THERE_IS AFTER",
        bonus=0.3,
    ),
    rule("unknown_publish", "general", "PUBLISH", absorbs="CAN DOCS AGENDA LINK CONTACT SHARE", bonus=1.0),
    rule("unknown_share", "logistics", "SEND", "DOCS PRESENTATION", "AFTER", bonus=0.3),
    *(
        rule(f"unknown_{c.lower()}", "logistics", c, absorbs="THERE_IS CAN Q_HOW PLACE")
        for c in words_of(
            "ACCOM VISA DRESS TRANSFER RECORDING PARKING HEALTH COMPANION CERTIFICATE WEATHER SECURITY MONEY "
            "DIET WIFI FEE PERDIEM INSURANCE BRING SELFFUND DONATE BOOKING ARRIVAL PLEDGE"
        )
    ),
    rule("clearance_deadlines", "general", "CLEARANCE_DEADLINE", absorbs="Q_WHEN DATE PURPOSE COUNT"),
    rule("greet", "chat", "GREET"),
    rule("thanks", "chat", "THANKS"),
    rule("help", "chat", "HELP"),
    rule("complaint", "chat", "COMPLAIN"),
)


@dataclass(frozen=True)
class Chosen:
    """An intent picked for a question, with its score."""

    intent: str
    topic: str
    score: float


def _together(r: Rule, hits: list[Hit]) -> list[Hit] | None:
    """The hits satisfying the rule's groups within one clause (a wildcard hit, clause -1, fits any)."""
    per_group = [[h for h in hits if h.concept in group] for group in r.needs]
    if any(not found for found in per_group):
        return None
    if len(per_group) == 1:
        return per_group[0]
    everywhere = {h.clause for h in hits}
    shared = set(everywhere)
    for found in per_group:
        clauses = everywhere if any(h.clause < 0 for h in found) else {h.clause for h in found}
        shared &= clauses
    if not shared:
        return None
    return [h for found in per_group for h in found if h.clause in shared or h.clause < 0]


def _score(r: Rule, hits: list[Hit], weights: dict[str, float]) -> tuple[float, list[Hit]] | None:
    """The rule's score and the hits it uses, or None when its groups are not met in one clause."""
    used = _together(r, hits)
    if used is None or any(h.concept in r.unless for h in hits):
        return None
    total = r.bonus
    for group in r.needs:
        total += max(weights.get(h.concept, 1.0) for h in used if h.concept in group)
    clauses = {h.clause for h in used}
    absorbed = [
        h for h in hits if h.concept in r.absorbs and (h.clause in clauses or h.clause < 0) and h not in used
    ]
    total += 0.3 * len({h.concept for h in absorbed})
    return total, used + absorbed


def choose(hits: list[Hit], weights: dict[str, float]) -> list[Chosen]:
    """The intents of a question, best first; chat intents only when nothing else was asked."""
    scored = []
    for r in RULES:
        found = _score(r, hits, weights)
        if found is not None and found[0] >= MIN_SCORE:
            scored.append((found[0], r, found[1]))
    scored.sort(key=lambda item: -item[0])
    taken: list[Chosen] = []
    consumed: set[int] = set()
    for score, r, used in scored:
        needed = {id(h) for h in used if any(h.concept in g for g in r.needs)}
        if needed <= consumed or any(c.intent == r.intent for c in taken):
            continue
        taken.append(Chosen(r.intent, r.topic, score))
        consumed |= {id(h) for h in used}
    serious = [c for c in taken if c.topic != "chat"]
    return serious or taken
