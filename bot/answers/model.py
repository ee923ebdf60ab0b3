"""What the engine returns, and what each resolver is given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from bot.events.content import Signatory
from bot.events.models import Event
from bot.present.render import Renderer
from bot.text import Html

Kind = Literal["answer", "defer", "clarify"]


@dataclass(frozen=True)
class Reply:
    """The engine's answer to one question, structured so tests and the bench need not parse prose.

    kind: "answer" (facts from the event), "defer" (not in the event data: contact given, the question
    may be passed to the organisers) or "clarify" (which event? `options` holds the candidate keys).
    """

    kind: Kind
    lang: str
    event_key: str
    intents: tuple[str, ...]
    html: str
    options: tuple[str, ...] = ()
    confidence: float = 0.0
    more: str | None = None  # the menu screen holding the whole section, when the reply was shortened


@dataclass(frozen=True)
class Part:
    """One resolver's contribution: known facts, or an honest 'not in the event data'."""

    known: bool
    html: Html
    verdict: bool | None = None  # the answer to a yes/no question, when this part settles it


@dataclass
class Query:
    """A question as resolvers see it: the event, the concepts asked, places and countries named."""

    r: Renderer
    event: Event
    now: datetime
    mine: str | None
    concepts: set[str]
    place: str | None = None
    countries: list[str] = field(default_factory=list)
    programme_links: tuple[int, ...] = ()
    text: str = ""  # the question as written
    yes_no: bool = False  # it asks yes or no ("incluye las comidas?")
    named_place: list[str] | None = None  # folded words of a place it names ("tegucigalpa")
    own: frozenset[str] = frozenset()  # stems of its own words, outside the lexicon ("riesgo", "sraap")
    parties: frozenset[str] = frozenset()  # organisations it names, as aliases ("oas", "union europea")
    people: list[Signatory] = field(default_factory=list)  # signatories it names ("who is Almagro?")
    events: list[Event] = field(default_factory=list)  # every event, for premises about another one

    @property
    def lang(self) -> str:
        """The reply's language."""
        return self.r.lang

    def has(self, *names: str) -> bool:
        """Whether the question mentions any of these concepts."""
        return any(n in self.concepts for n in names)

    def known(self, html: str, verdict: bool | None = None) -> Part:
        """A part made of facts (and, for a yes/no question, the answer they give)."""
        return Part(True, Html(html), verdict if self.yes_no else None)

    def unknown(self, html: str) -> Part:
        """A part saying what the event data does not tell."""
        return Part(False, Html(html))


Resolver = Callable[[Query], Part]
