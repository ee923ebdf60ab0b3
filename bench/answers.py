"""Benchmark of the answering engine on the labelled questions, against a plain BM25 baseline.

Run: .venv/bin/python bench/answers.py [--set questions|dev2|holdout|blind3…blind20|all] [--failures]

`--set` picks the labelled file in tests/answers/ (default: questions, the first labelled set; `all`
runs the three). `holdout` was written to measure generalisation and must never be used for tuning.

Prints accuracy on answerable questions per language and per topic, the honest-deferral rate on
unanswerable ones, in-process answer time (p50/p99), and the same figures for the baseline measured in
the same run: rank-bm25 over the FAQ texts, answering with the top FAQ answer, deferring (with the
event's contact) below a score threshold; the threshold most favourable to the baseline is reported.
"""

from __future__ import annotations

import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from rank_bm25 import BM25Okapi

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answers.engine import Engine  # noqa: E402
from bot.events.models import Event  # noqa: E402
from bot.events.registry import EventRegistry  # noqa: E402
from bot.i18n import I18n  # noqa: E402
from tests.support.scorer import LABELLED, Labelled, Outcome, Score, Tally, load, score  # noqa: E402

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)  # the test suite's clock
THRESHOLDS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
_WORD = re.compile(r"\w+")


def plain_tokens(text: str) -> list[str]:
    """The baseline's tokens: lower-cased words, nothing else."""
    return _WORD.findall(text.lower())


class Baseline:
    """Plain BM25 over each event's FAQ (question and answer, both languages)."""

    def __init__(self, events: dict[str, Event], threshold: float) -> None:
        self.events = events
        self.threshold = threshold
        self.models = {
            key: BM25Okapi(
                [plain_tokens(f"{e.question.en} {e.question.es} {e.answer.en} {e.answer.es}") for e in ev.faq]
            )
            for key, ev in events.items()
        }

    def __call__(self, q: Labelled) -> Outcome:
        event = self.events[q.event]
        scores = self.models[q.event].get_scores(plain_tokens(q.text))
        best = max(range(len(scores)), key=lambda i: scores[i])
        contact = event.contact.email or event.contact.url or ""
        if scores[best] < self.threshold:
            return Outcome("defer", q.lang, q.event, contact)
        return Outcome("answer", q.lang, q.event, event.faq[best].answer.get(q.lang))


def engine_system(engine: Engine, registry: EventRegistry, times: list[float]) -> object:
    """The engine as a scorer system, timing each answer."""
    events = registry.all()

    def run(q: Labelled) -> Outcome:
        """One timed answer."""
        event = registry.get(q.event)
        started = time.perf_counter()
        reply = engine.answer(q.text, event=event, events=events, lang=q.lang, now=NOW)
        times.append((time.perf_counter() - started) * 1000)
        return Outcome(reply.kind, reply.lang, reply.event_key, reply.html)

    return run


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def show(name: str, result: Score) -> None:
    """Print one system's figures."""
    print(f"\n== {name}")
    print(f"answerable questions correct : {result.answerable}")
    print(f"honest deferral (defer qs)   : {result.deferral}")
    for lang, tally in sorted(result.by_lang.items()):
        print(f"  {'all questions in ' + lang:<27}: {tally}")
    for topic, tally in sorted(result.by_topic.items()):
        print(f"  {'all questions, ' + topic:<27}: {tally}")
    for event, tally in sorted(result.by_event.items()):
        print(f"  {'all questions, ' + event:<27}: {tally}")
    for kind, tally in sorted(result.by_type.items()):
        print(f"  {'type ' + kind:<27}: {tally}")
    if result.lengths:
        print(
            f"reply length (visible chars) : p50 {percentile(result.lengths, 50):.0f}, "
            f"p95 {percentile(result.lengths, 95):.0f}, longest {max(result.lengths)}"
        )


def ratio(a: Tally, b: Tally) -> str:
    """How many times better `a` is than `b`."""
    return f"{a.rate / b.rate:.2f}x" if b.rate else "inf"


def measure_engine(
    questions: list[Labelled], registry: EventRegistry
) -> tuple[Score, list[float], float, int]:
    """Score the engine (five passes for timing), its first-use cost, and replies in the question's
    language when the user's app language is the other one."""
    started = time.perf_counter()
    engine = Engine(I18n(strict=True))
    events = registry.all()
    engine.answer("¿a qué hora empieza en Lima?", event=events[0], events=events, lang="es", now=NOW)
    first_use = time.perf_counter() - started
    times: list[float] = []
    system = engine_system(engine, registry, times)
    result = score(questions, system)
    for _ in range(4):
        score(questions, system)
    switched = 0
    for q in questions:
        other = "en" if q.lang == "es" else "es"
        reply = engine.answer(q.text, event=registry.get(q.event), events=events, lang=other, now=NOW)
        switched += reply.lang == q.lang
    return result, times, first_use, switched


def best_baseline(questions: list[Labelled], registry: EventRegistry) -> tuple[float, Score]:
    """The baseline at the threshold most favourable to it."""
    events = {ev.key: ev for ev in registry.all()}
    baselines = [(t, score(questions, Baseline(events, t))) for t in THRESHOLDS]
    return max(baselines, key=lambda b: b[1].answerable.right + b[1].deferral.right)


# Oldest first; the figure that counts is the first run on the newest.
SETS = (
    "questions",
    "dev2",
    "holdout",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
)


def chosen_sets() -> list[str]:
    """The labelled sets named by --set."""
    name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "questions"
    return list(SETS) if name == "all" else [name]


def main() -> None:
    """Measure the engine and the baseline on each chosen labelled set."""
    for name in chosen_sets():
        print(f"\n######## labelled set: tests/answers/{name}.toml")
        run(load(LABELLED / f"{name}.toml"))


def run(questions: list[Labelled]) -> None:
    """Measure the engine and the baseline on one labelled set, and print the figures."""
    registry = EventRegistry(ROOT / "events")
    result, times, first_use, switched = measure_engine(questions, registry)
    threshold, base = best_baseline(questions, registry)
    show("engine (bot.answers)", result)
    print(
        f"answer time in process       : p50 {percentile(times, 50):.2f} ms, "
        f"p99 {percentile(times, 99):.2f} ms ({len(times)} answers; "
        f"first use, incl. the place index: {first_use:.2f} s, not counted)"
    )
    print(
        f"reply in the question's language when the app is set to the other one: {switched}/{len(questions)}"
    )
    show(f"baseline: BM25 over FAQ texts (rank-bm25, defer below {threshold})", base)
    overall = (result.answerable.right + result.deferral.right) / len(questions)
    base_overall = (base.answerable.right + base.deferral.right) / len(questions)
    print("\n== engine vs baseline")
    print(
        f"answerable: {ratio(result.answerable, base.answerable)}   honest deferral: "
        f"{ratio(result.deferral, base.deferral)}   overall: {overall:.1%} vs {base_overall:.1%}"
    )
    if "--failures" in sys.argv:
        for q, out in result.failures:
            print(f"\n-- {q.id} [{q.expect}] {q.text!r} -> {out.kind} {out.lang} {out.event_key}")
            print(f"{out.html[:600]}\n   facts: {q.facts}")


if __name__ == "__main__":
    main()
