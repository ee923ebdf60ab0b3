"""Several questions numbered in one message ("1) cuándo es 2) dónde 3) quién paga el viaje", "1- how many
days 2- is the field visit a full day 3- languages"): each is answered on its own, in order, and the replies
joined; when one of them cannot be answered from the event file, the reply defers (with the contact once)."""

from __future__ import annotations

import re

from bot.answers.model import Reply
from bot.answers.shortening import SHORT, SLACK
from bot.text import visible_length

# A number, then ")", ".", "-" or ":" (or nothing, in a list of three or more), then the question's words.
_MARK = re.compile(r"(?<![\w,./-])([1-9])\s*([).:-]?)\s+(?=[^\W\d_])")
MIN_MARKED = 2  # numbered with ")", ".", "-" or ":"
MIN_BARE = 3  # numbered with the figure alone ("1 cuántos días 2 hay visita 3 idiomas"): a longer list


def numbered_parts(text: str) -> list[str] | None:
    """The numbered questions of a message, in order (what comes before "1" is a greeting or a heading),
    or None when the message is not a numbered list of questions."""
    marks = list(_MARK.finditer(text))
    for first, mark in enumerate(marks):
        if mark.group(1) != "1":
            continue
        chain = [mark]
        for later in marks[first + 1 :]:
            if later.group(1) == str(len(chain) + 1) and bool(later.group(2)) == bool(mark.group(2)):
                chain.append(later)
        if len(chain) < (MIN_MARKED if mark.group(2) else MIN_BARE):
            continue
        ends = [m.start() for m in chain[1:]] + [len(text)]
        parts = [text[m.end() : end].strip(" ,;") for m, end in zip(chain, ends, strict=True)]
        if all(len(p) > 1 for p in parts):
            return parts
    return None


def joined_replies(replies: list[Reply], key: str) -> Reply | None:
    """The replies to numbered questions as one, in order, each by its first block (the answer proper, to
    keep the whole short): a deferral when any part defers, with the contact once, at the end; None when
    a part is about another event, asks which event, or its language differs from the others'."""
    if any(r.kind == "clarify" or r.event_key != key or r.lang != replies[0].lang for r in replies):
        return None
    deferred = [r for r in replies if r.kind == "defer"]
    tails = {r.html.rsplit("\n\n", 1)[-1] for r in deferred}
    shared = tails.pop() if len(tails) == 1 and all("\n\n" in r.html for r in deferred) else None
    bodies = [r.html.rsplit("\n\n", 1)[0] if r.kind == "defer" and shared else r.html for r in replies]
    bodies = [_first_block(body) for body in bodies]
    seen: set[str] = set()
    kept = []
    for body in bodies:  # a line one part already said (the sessions "as announced") is not said again
        lines = [x for x in body.split("\n") if x not in seen or not x.lstrip().startswith(("•", "="))]
        seen.update(lines)
        lines = [x for i, x in enumerate(lines) if not x.endswith(":") or lines[i + 1 : i + 2] != []]
        kept += [lines] if lines else []
    html = "\n\n".join([*("\n".join(ls) for ls in _shared_out(kept)), *([shared] if shared else [])])
    intents = tuple(i for r in replies for i in r.intents)
    kind = "defer" if deferred else "answer"
    return Reply(kind, replies[0].lang, key, intents, html, (), min(r.confidence for r in replies))


def _first_block(body: str) -> str:
    """A reply's first block, the answer proper (with the block after a bare "Yes." or "No.")."""
    blocks = body.split("\n\n")
    if len(blocks) > 1 and visible_length(blocks[0]) <= BARE_VERDICT:
        return "\n".join(blocks[:2])
    return blocks[0]


BARE_VERDICT = 4  # visible characters of a bare "Yes." / "Sí." / "No."


def _shared_out(parts: list[list[str]]) -> list[list[str]]:
    """The parts within a short reply: whole when they fit, else each cut to its share, the share a short
    part leaves going to the longer ones."""
    sizes = [sum(visible_length(line) + 1 for line in lines) for lines in parts]
    if sum(sizes) <= SHORT + SLACK:
        return parts
    budget, left = SHORT, sorted(range(len(parts)), key=lambda i: sizes[i])
    shares = {}
    for n, i in enumerate(left):
        shares[i] = min(sizes[i], budget // (len(left) - n))
        budget -= shares[i]
    return [_within(lines, shares[i]) for i, lines in enumerate(parts)]


def _within(lines: list[str], budget: int) -> list[str]:
    """A part's first lines within its share of a short reply (its first line always)."""
    out, used = lines[:1], visible_length(lines[0])
    for line in lines[1:]:
        used += visible_length(line) + 1
        if used > budget:
            break
        out.append(line)
    return out
