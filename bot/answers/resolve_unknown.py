"""Practical matters the event data does not settle (hotel, visa, dress code...), and small talk."""

from __future__ import annotations

from bot.answers.model import Part, Query, Resolver
from bot.events.participation import Cover
from bot.present import sponsorship as sp

# Concept -> the message saying the event's information does not cover it.
UNKNOWN_TOPICS = {
    "ACCOM": "answer-unknown-hotel",
    "VISA": "answer-unknown-visa",
    "DRESS": "answer-unknown-dress",
    "TRANSFER": "answer-unknown-transfer",
    "RECORDING": "answer-unknown-recording",
    "PARKING": "answer-unknown-parking",
    "HEALTH": "answer-unknown-health",
    "COMPANION": "answer-unknown-companion",
    "CERTIFICATE": "answer-unknown-certificate",
    "WEATHER": "answer-unknown-weather",
    "SECURITY": "answer-unknown-security",
    "MONEY": "answer-unknown-money",
    "DIET": "answer-unknown-diet",
    "WIFI": "answer-unknown-wifi",
    "FEE": "answer-unknown-fee",
    "PERDIEM": "answer-unknown-perdiem",
    "INSURANCE": "answer-unknown-insurance",
    "ATTENDANCE": "answer-unknown-attendance",
    "TOTAL": "answer-unknown-total",
    "BRING": "answer-unknown-bring",
    "SHARE": "answer-unknown-share",
    "PUBLISH": "answer-unknown-publish",
    "SELFFUND": "answer-unknown-selffund",
    "DONATE": "answer-unknown-donate",
    "GROUP": "answer-unknown-group",
    "BOOKING": "answer-unknown-booking",
    "ARRIVAL": "answer-unknown-arrival",
    "PLEDGE": "answer-unknown-pledges",
}


def unknown_topic(concept: str) -> Resolver:
    """A resolver that says the event data does not cover `concept`, adding what it does say nearby."""

    def resolve(q: Query) -> Part:
        """Not in the event data; what the data says nearby."""
        parts = [q.r.t(UNKNOWN_TOPICS[concept])]
        s = q.event.sponsorship
        if s is not None and concept == "ACCOM" and Cover.ACCOMMODATION in s.covers:
            parts.append(q.r.t("answer-hotel-sponsored"))
        elif s is not None and concept in ("PERDIEM", "INSURANCE"):
            parts.append(sp.coverage(q.r, s))
        return q.unknown(q.r.join(parts))

    resolve.__name__ = f"unknown_{concept.lower()}"
    return resolve


def greet(q: Query) -> Part:
    """Hello: say what can be asked."""
    return q.known(q.r.t("answer-greet", title=q.event.display_title(q.lang)))


def thanks(q: Query) -> Part:
    """You are welcome."""
    return q.known(q.r.t("answer-thanks"))


def complaint(q: Query) -> Part:
    """ "this bot is useless": sorry, and what can be asked."""
    return q.known(q.r.join([q.r.t("answer-complaint"), q.r.t("answer-help")]))


def help_me(q: Query) -> Part:
    """What can be asked."""
    return q.known(q.r.t("answer-help"))
