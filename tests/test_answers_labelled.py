"""Regression guard on the labelled questions (tests/answers/questions.toml and dev2.toml), in process.

The engine was built from concepts and the event data, then measured on this set (see bench/answers.py);
these thresholds keep it from regressing: answerable accuracy stays near the measured figure, every
unanswerable question is deferred honestly (kind "defer" and the event's contact, never a made-up fact).
How fast the engine answers is a figure, not a pass/fail: bench/answers.py prints p50/p99.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.events.registry import EventRegistry
from bot.i18n import I18n
from tests.conftest import EVENTS_DIR
from tests.support.scorer import LABELLED, QUESTIONS, Labelled, Outcome, Score, load, score

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
MIN_ANSWERABLE = 0.97  # measured 191/191; a margin for deliberate trade-offs, not for regressions
DEV2 = LABELLED / "dev2.toml"
MIN_DEV2_ANSWERABLE = 0.95  # measured 94/96 on the second development set (written independently)


def _measure(path: Path) -> Score:
    """Score the engine on one labelled file."""
    registry = EventRegistry(EVENTS_DIR)
    events = registry.all()
    engine = Engine(I18n(strict=True))

    def system(q: Labelled) -> Outcome:
        event = registry.get(q.event)
        assert event is not None
        reply = engine.answer(q.text, event=event, events=events, lang=q.lang, now=NOW)
        return Outcome(reply.kind, reply.lang, reply.event_key, reply.html)

    return score(load(path), system)


@pytest.fixture(scope="module")
def measured() -> Score:
    return _measure(QUESTIONS)


def test_the_labelled_set_is_the_one_described() -> None:
    questions = load()
    assert len(questions) == 245
    assert sum(q.expect == "defer" for q in questions) == 54


def test_answerable_questions_stay_accurate(measured: Score) -> None:
    failures = [f"{q.id}: {q.text}" for q, _ in measured.failures if q.expect == "answer"]
    assert measured.answerable.rate >= MIN_ANSWERABLE, failures


def test_every_unanswerable_question_is_deferred_with_the_contact(measured: Score) -> None:
    dishonest = [f"{q.id}: {q.text} -> {out.kind}" for q, out in measured.failures if q.expect == "defer"]
    assert dishonest == []
    assert measured.deferral.right == measured.deferral.total == 54


def test_the_second_development_set_stays_accurate_and_honest() -> None:
    result = _measure(DEV2)
    failures = [f"{q.id}: {q.text} -> {out.kind}" for q, out in result.failures]
    assert result.answerable.rate >= MIN_DEV2_ANSWERABLE, failures
    assert result.deferral.right == result.deferral.total, failures


HOLDOUT = LABELLED / "holdout.toml"
MIN_HOLDOUT_ANSWERABLE = 0.76  # measured 52/66 (78.8%) with the stricter scorer, issue 10
MIN_HOLDOUT_DEFERRAL = 0.85  # measured 29/34: five of its defer labels are answered (see the README)
BLIND3 = LABELLED / "blind3.toml"
MIN_BLIND3_ANSWERABLE = 0.86  # first run 124/216 (57.4%) before tuning; 191/216 (88.4%) after issue 10


def test_the_holdout_set_stays_accurate_and_honest() -> None:
    result = _measure(HOLDOUT)
    failures = [f"{q.id}: {q.text} -> {out.kind}" for q, out in result.failures]
    assert result.answerable.rate >= MIN_HOLDOUT_ANSWERABLE, failures
    assert result.deferral.rate >= MIN_HOLDOUT_DEFERRAL, failures


def test_the_third_blind_set_stays_accurate_and_honest() -> None:
    result = _measure(BLIND3)
    failures = [f"{q.id}: {q.text} -> {out.kind}" for q, out in result.failures]
    assert result.answerable.rate >= MIN_BLIND3_ANSWERABLE, failures
    assert result.deferral.right == result.deferral.total, failures


BLIND4 = LABELLED / "blind4.toml"
MIN_BLIND4_ANSWERABLE = (
    0.80  # first run 114/163 (69.9%), after issue 10's first round; 135/163 after its second
)
MIN_BLIND4_DEFERRAL = 0.92  # first run 36/39


def test_the_fourth_blind_set_holds_its_first_run() -> None:
    """The newest set: a floor at its first run (the next round of work starts from it)."""
    result = _measure(BLIND4)
    failures = [f"{q.id}: {q.text} -> {out.kind}" for q, out in result.failures]
    assert result.answerable.rate >= MIN_BLIND4_ANSWERABLE, failures
    assert result.deferral.rate >= MIN_BLIND4_DEFERRAL, failures


BLIND5 = LABELLED / "blind5.toml"
MIN_BLIND5_ANSWERABLE = 0.68  # first run 89/126 (70.6%) after issue 10's third round; not tuned on yet
MIN_BLIND5_DEFERRAL = 0.75  # first run 32/41


def test_the_fifth_blind_set_holds_its_first_run() -> None:
    """The newest set: a floor at its first run (the next round of work starts from it)."""
    result = _measure(BLIND5)
    failures = [f"{q.id}: {q.text} -> {out.kind}" for q, out in result.failures]
    assert result.answerable.rate >= MIN_BLIND5_ANSWERABLE, failures
    assert result.deferral.rate >= MIN_BLIND5_DEFERRAL, failures


BLIND6 = LABELLED / "blind6.toml"
MIN_BLIND6_ANSWERABLE = 0.70  # first run 124/171 (72.5%) after issue 10's third round; not tuned on yet
MIN_BLIND6_DEFERRAL = 0.92  # first run 36/38


def test_the_sixth_blind_set_holds_its_first_run() -> None:
    """The newest set: a floor at its first run (the next round of work starts from it)."""
    result = _measure(BLIND6)
    failures = [f"{q.id}: {q.text} -> {out.kind}" for q, out in result.failures]
    assert result.answerable.rate >= MIN_BLIND6_ANSWERABLE, failures
    assert result.deferral.rate >= MIN_BLIND6_DEFERRAL, failures
