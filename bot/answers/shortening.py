"""Shortening a reply to about 700 visible characters: whole lines, the most telling first.

The yes/no and each answer's headline come first, then lines carrying the question's own words, then the
rest in order, a supporting quotation last; the whole section stays one button away.
"""

from __future__ import annotations

import re

from bot.answers.model import Query
from bot.folding import stem, words
from bot.text import Html

SHORT = 700  # visible characters of facts in a reply; the whole section is one button away
SLACK = 60
SCREENS = {"programme": "programme", "sponsorship": "sponsorship"}
_TAG = re.compile(r"<[^>]+>")
LATER = 3  # the rank of a later answer's lines after its headline


def _carries(line: str, q: Query) -> bool:
    return bool(q.own) and any(stem(w, q.lang) in q.own for w in words(_TAG.sub("", line)))


def role(intent: str) -> str:
    """How a part ranks when the reply is shortened: a quotation, or an answer."""
    return "quote" if intent == "passage" else "answer"


def _lines(blocks: list[tuple[str, str]], q: Query) -> list[tuple[str, int]]:
    """Each line with its rank: the yes/no and the first answer's headline (its first two lines), the
    rest of the first answer, the other answers' headlines and a quotation carrying the question's own
    words, the rest of the other answers, any other quotation; blocks separated by an empty line."""
    out: list[tuple[str, int]] = []
    answers = 0
    for html, role in blocks:
        if not html:
            continue
        if out:
            out.append(("", 3))
        for i, line in enumerate(html.split("\n")):
            if role == "quote":
                rank = 2 if _carries(line, q) else 4
            elif role == "head" or answers == 0:
                rank = int(i > 1)
            else:
                rank = 2 if i == 0 else 3
            out.append((line, rank))
        answers += role == "answer"
    return out


def shorten(blocks: list[tuple[str, str]], q: Query, limit: int = SHORT) -> tuple[Html, bool]:
    """The reply's lines up to about `limit` visible characters, whole lines so every tag stays closed:
    each block's headline, then lines carrying the question's own words, then the rest in order, and a
    supporting quotation last. Lines keep their order; whether anything was left out."""
    lines = _lines(blocks, q)
    if sum(len(_TAG.sub("", line)) + 1 for line, _ in lines) <= limit + SLACK:
        limit += SLACK  # "about" 700: a reply just over it is not cut for a few characters
    carries = [_carries(line, q) for line, _ in lines]
    asked = {stem(w, q.lang) for w in words(q.text) if len(w) > 3}
    for i in range(1, len(lines)):  # "Hosted by:" names what was asked ("hosted by…?"): so does what follows
        heading = _TAG.sub("", lines[i - 1][0]).strip()
        later = lines[i - 1][1] == lines[i][1] == LATER  # a heading inside a later answer, not the first
        if later and heading.endswith(":") and {stem(w, q.lang) for w in words(heading)} & asked:
            carries[i - 1] = carries[i] = True
            lines[i - 1 : i + 1] = [(line, min(rank, 2)) for line, rank in lines[i - 1 : i + 1]]
    order = sorted(range(len(lines)), key=lambda i: (lines[i][1], not carries[i], i))
    kept, size = set(), 0
    for i in order:
        seen = len(_TAG.sub("", lines[i][0]))
        if size + seen > limit and kept:
            continue
        kept.add(i)
        size += seen + 1
    kept -= {i for i in kept if _TAG.sub("", lines[i][0]).rstrip().endswith(":") and i + 1 not in kept}
    out = [line for i, (line, _) in enumerate(lines) if i in kept and (line.strip() or i - 1 in kept)]
    while out and not out[-1].strip():
        out.pop()
    return Html("\n".join(out)), any(lines[i][0].strip() for i in range(len(lines)) if i not in kept)
