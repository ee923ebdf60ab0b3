"""Scoring replies against the labelled questions (tests/answers/; format: its README.md).

A reply to an `answer` question is correct when it is in the question's language, about the right
event, not a clarification, and every fact has an alternative in its visible text. A reply to a
`defer` question is an honest deferral when its kind is "defer" and it gives the contact (the facts).
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

LABELLED = Path(__file__).resolve().parent.parent / "answers"
QUESTIONS = LABELLED / "questions.toml"
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Labelled:
    """One labelled question."""

    id: str
    event: str
    lang: str
    topic: str
    text: str
    expect: str
    facts: list[list[str]]
    about: str | None
    tags: list[str]


@dataclass(frozen=True)
class Outcome:
    """What a system replied, reduced to what the scorer needs."""

    kind: str
    lang: str
    event_key: str
    html: str


def load(path: Path = QUESTIONS) -> list[Labelled]:
    """The labelled questions."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Labelled(
            q["id"],
            q["event"],
            q["lang"],
            q["topic"],
            q["text"],
            q["expect"],
            q["facts"],
            q.get("about"),
            q["tags"],
        )
        for q in data["q"]
    ]


def folded(text: str) -> str:
    """NFKD, combining marks removed, lower-cased (as the README specifies)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def visible(reply_html: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    return html.unescape(_TAG.sub("", reply_html))


def facts_present(q: Labelled, reply_html: str) -> bool:
    """Every fact has at least one alternative in the reply (leading/trailing spaces kept)."""
    text = folded(visible(reply_html))
    return all(any(folded(alt) in text for alt in fact) for fact in q.facts)


YES_NO = {"si", "si,", "yes", "no"}  # folded, stripped: a fact that is the answer to a yes/no question
_OPENING = re.compile(r"^[\W_]*(\w+)")


def question_type(q: Labelled) -> str:
    """The `type:` tag (when, where, yesno…), else "untyped"."""
    return next((t.removeprefix("type:") for t in q.tags if t.startswith("type:")), "untyped")


def opens_right(q: Labelled, reply_html: str) -> bool:
    """A yes/no question whose first fact is the yes or no word: the reply begins with that word (after
    any emoji or punctuation), not just contains it somewhere."""
    if question_type(q) != "yesno" or not q.facts:
        return True
    words = {folded(alt).strip() for alt in q.facts[0]}
    if not words <= YES_NO:
        return True
    opening = _OPENING.match(folded(visible(reply_html)))
    return opening is not None and opening.group(1) in {w.rstrip(",") for w in words}


def correct(q: Labelled, out: Outcome) -> bool:
    """Whether the reply is what the label asks for. An answerable question is never rightly deferred
    (small talk has no facts, so this is what checks it)."""
    if q.expect == "defer":
        return out.kind == "defer" and facts_present(q, out.html)
    right_event = out.event_key == (q.about or q.event)
    return (
        out.kind not in ("clarify", "defer")
        and out.lang == q.lang
        and right_event
        and facts_present(q, out.html)
        and opens_right(q, out.html)
    )


@dataclass
class Tally:
    """Correct / total, by any grouping."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one result."""
        self.right += ok
        self.total += 1

    @property
    def rate(self) -> float:
        """The share of correct results."""
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.rate:6.1%} ({self.right}/{self.total})"


@dataclass
class Score:
    """Accuracy on answerable questions, honest deferral on the others, and breakdowns."""

    answerable: Tally
    deferral: Tally
    by_lang: dict[str, Tally]
    by_topic: dict[str, Tally]
    failures: list[tuple[Labelled, Outcome]]
    by_event: dict[str, Tally] = field(default_factory=dict)
    by_type: dict[str, Tally] = field(default_factory=dict)
    lengths: list[int] = field(default_factory=list)  # visible characters of each reply


def score(questions: list[Labelled], system: Callable[[Labelled], Outcome]) -> Score:
    """Run `system` on every question and tally the results."""
    result = Score(Tally(), Tally(), {}, {}, [])
    for q in questions:
        out = system(q)
        ok = correct(q, out)
        (result.deferral if q.expect == "defer" else result.answerable).add(ok)
        result.by_lang.setdefault(q.lang, Tally()).add(ok)
        result.by_topic.setdefault(q.topic, Tally()).add(ok)
        result.by_event.setdefault(q.event, Tally()).add(ok)
        result.by_type.setdefault(question_type(q), Tally()).add(ok)
        result.lengths.append(len(visible(out.html)))
        if not ok:
            result.failures.append((q, out))
    return result
