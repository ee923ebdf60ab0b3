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


# Later sets: (file, least share of answerable questions answered right, least share of honest deferrals).
# Each floor is what was measured, less a small margin; a blind set's first run is in tests/answers/runs/.
FLOORS = [
    ("holdout", 0.76, 0.85),  # 52/66 with the stricter scorer; five of its defer labels are answered (README)
    ("blind3", 0.86, 1.0),  # first run 124/216 (57.4%) before tuning; 191/216 (88.4%) after issue 10
    ("blind4", 0.80, 0.92),  # first run 114/163 (69.9%) after issue 10's first round; 136/163 after its third
    ("blind5", 0.68, 0.75),  # first run 89/126 (70.6%), 32/41 after issue 10's third round; not tuned on
    ("blind6", 0.70, 0.92),  # first run 124/171 (72.5%), 36/38 after issue 10's third round; not tuned on
    ("blind7", 0.94, 0.97),  # first run 119/177 (67.2%), 30/37 (81.1%); 172/177 (97.2%), 37/37 after tuning
    ("blind8", 0.93, 0.91),  # first run 127/172 (73.8%), 32/35 (91.4%); 165/172 (95.9%), 33/35 after tuning
    ("blind9", 0.83, 0.94),  # first run 147/181 (81.2%), 26/34 (76.5%); 153/181 (84.5%), 33/34 after tuning
    ("blind10", 0.89, 0.93),  # first run 153/203 (75.4%), 40/49 (81.6%); 185/203 (91.1%), 47/49 after tuning
    ("blind11", 0.77, 0.87),  # first run 115/163 (70.6%), 28/48 (58.3%); 132/163 (81.0%), 43/48 after tuning
    ("blind12", 0.94, 0.94),  # first run 176/218 (80.7%), 55/67 (82.1%); 211/218 (96.8%), 66/67 after tuning
    ("blind13", 0.73, 0.83),  # first run 119/171 (69.6%), 51/62 (82.3%); 130/171 (76.0%), 54/62 after tuning
    ("blind14", 0.68, 0.75),  # first run 117/169 (69.2%), 47/60 (78.3%) at the end of session 6; after
    # a short round in session 6 (mentions, acronym claims as questions): 120/169 (71.0%), 47/60 (78.3%)
    ("blind15", 0.74, 0.84),  # first run 116/149 (77.9%), 39/45 (86.7%) at the end of session 6
    ("blind16", 0.93, 0.95),  # first run 103/154 (66.9%), 41/46 (89.1%); 147/154, 45/46 after its round
    ("blind17", 0.80, 0.89),  # first run 110/153 (71.9%), 38/47 (80.9%); 126/153, 43/47 after its round
    ("blind18", 0.80, 0.78),  # first run 99/134 (73.9%), 37/46 (80.4%); 111/134, 37/46 after its round
    ("blind19", 0.83, 0.97),  # first run 97/117 (82.9%), 35/43 (81.4%); 100/117, 43/43 after its round
    ("blind20", 0.82, 0.88),  # first run 89/105 (84.8%), 32/35 (91.4%) after the blind19 round (session 7)
]


@pytest.mark.parametrize(("name", "answerable", "deferral"), FLOORS)
def test_every_later_set_stays_at_least_as_accurate_and_honest(
    name: str, answerable: float, deferral: float
) -> None:
    result = _measure(LABELLED / f"{name}.toml")
    failures = [f"{q.id}: {q.text} -> {out.kind}" for q, out in result.failures]
    assert result.answerable.rate >= answerable, failures
    assert result.deferral.rate >= deferral, failures
