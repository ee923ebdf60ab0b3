"""What the engine precomputes: per-event FAQ indexes and open points, event names, country names."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answers.concepts import Lexicon
from bot.answers.faq import FaqIndex
from bot.answers.passages import Passages
from bot.answers.refs import EventFinder
from bot.events.models import Event
from bot.folding import tokens, words

WEAK = frozenset({"Q_WHEN", "Q_WHO", "Q_HOW", "COUNT", "CAN", "THERE_IS", "STILL", "EXACT", "DATE"})


@dataclass(frozen=True)
class EventIndex:
    """One event's FAQ index, and the concepts each of its open points talks about."""

    event: Event
    faq: FaqIndex
    open_points: tuple[tuple[frozenset[str], int], ...]
    programme_links: tuple[int, ...]
    passages: Passages


def event_texts(event: Event) -> list[str]:
    """Every text of an event in both languages (for its vocabulary)."""
    found: list[str] = []

    def walk(value: object) -> None:
        """Collect the strings of a nested structure."""
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(event.model_dump(mode="json"))
    return found


def build_event_index(event: Event, lexicon: Lexicon) -> EventIndex:
    """Index an event: its FAQ, and the strong concepts of each open point."""
    points = []
    for i, point in enumerate(event.open_points):
        concepts = {h.concept for lang in ("es", "en") for h in lexicon.match(tokens(point.get(lang)))}
        points.append((frozenset(concepts - WEAK), i))
    programme = tuple(
        i
        for i, link in enumerate(event.links)
        if any(
            h.concept == "AGENDA"
            for lang in ("es", "en")
            for h in lexicon.match(tokens(link.label.get(lang)))
        )
    )
    return EventIndex(event, FaqIndex(event.faq, lexicon), tuple(points), programme, Passages(event))


class Indexes:
    """Per-event indexes, rebuilt when an event's data changes (events are immutable objects)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._events: dict[str, EventIndex] = {}
        self._finder: tuple[tuple[int, ...], EventFinder] | None = None

    def of(self, event: Event) -> EventIndex:
        """The index of an event, built on first use and whenever the event object changes."""
        found = self._events.get(event.key)
        if found is None or found.event is not event:
            vocab = {w for text in event_texts(event) for w in words(text)}
            titles = {w for text in (event.title.es, event.title.en) for w in words(text)}
            self.lexicon.extend(vocab, titles)
            found = build_event_index(event, self.lexicon)
            self._events[event.key] = found
        return found

    def finder(self, events: list[Event]) -> EventFinder:
        """The event-name scorer for this set of events."""
        ident = tuple(id(ev) for ev in events)
        if self._finder is None or self._finder[0] != ident:
            for ev in events:
                self.of(ev)
            self._finder = (ident, EventFinder(events, self.lexicon.vocabulary))
        return self._finder[1]
