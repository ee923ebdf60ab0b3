"""Telegram lets a bot post 20 messages a minute in a group: which of the notices due for one organisers'
group to post now, and how, when more are due than that allows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

PACE = 20  # messages in any WINDOW, per group
WINDOW = timedelta(minutes=1)
DIGEST_SIZE = 20  # notices listed in one digest: one line each, well under Telegram's length limit


@dataclass(frozen=True)
class Due:
    """A notice waiting to be posted; `own`: it needs a post of its own (it carries buttons, or is edited
    or replied to later), so it is never listed in a digest."""

    id: int
    own: bool


def plan(due: Sequence[Due], budget: int, size: int = DIGEST_SIZE) -> list[list[int]]:
    """The posts to make now, at most `budget` of them, each a list of notice ids: one notice, or a digest
    of several. Within the budget every notice gets its own post; beyond it, the notices that need their
    own post keep it (oldest first) and the others are listed in digests, at least one of which is made.
    What does not fit waits for the next window: nothing is dropped."""
    if budget <= 0:
        return []
    if len(due) <= budget:
        return [[d.id] for d in due]
    own = [d.id for d in due if d.own]
    rest = [d.id for d in due if not d.own]
    digests = [rest[i : i + size] for i in range(0, len(rest), size)]
    digest_posts = min(len(digests), max(budget - len(own), 1))
    posts = [[i] for i in own[: budget - digest_posts]] + digests[:digest_posts]
    return sorted(posts, key=lambda ids: ids[0])
