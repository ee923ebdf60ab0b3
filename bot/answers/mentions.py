"""Yes/no questions asking whether the invitation mentions a State ("aparece Colombia en la invitación?",
"is Norway mentioned anywhere?"): answered by whether the event's own texts name it, whatever role it
has there (a State mentioned in the background, not invited, is still mentioned)."""

from __future__ import annotations

import re

from bot.answers.model import Query
from bot.answers.passages import SENTENCE, event_texts
from bot.countries import name as country_name
from bot.events.models import Event
from bot.folding import fold, words

_MENTION = re.compile(
    r"\b(?:mention\w*|menciona\w*|mencion|aparece\w*|appear\w*|anywhere|en (?:algun|ningun) lado|"
    r"en (?:alguna|ninguna) parte|nombra\w*|refer\w* to)\b"
)

_NOT = re.compile(r"\b(?:no|nao|not|nor|ni|never|nunca|isn|aren|doesn|don)\b")


def asks_mention(text: str) -> bool:
    """Whether a question asks if something is mentioned ("se menciona…?", "any mention of…?")."""
    return bool(_MENTION.search(fold(text)))


def _said(event: Event, lang: str) -> list[str]:
    """Every sentence-like text of the event a State could be named in, signatories' roles included."""
    texts = [*event_texts(event, lang), *(s.role.get(lang) for s in event.signatories)]
    return [s.strip() for t in texts if t for s in SENTENCE.split(t) if s.strip()]


def _named_in(code: str, text: str) -> bool:
    folded = " ".join(words(text))
    return any(f" {' '.join(words(country_name(code, lang)))} " in f" {folded} " for lang in ("en", "es"))


def country_mention(q: Query) -> tuple[str, bool] | None:
    """For "is <State> mentioned?": the sentence naming it and yes, or no with the States not named."""
    # "Paraguay no aparece en la lista, ¿estamos invitados?" states the absence and asks something else
    if not (q.yes_no and q.countries and asks_mention(q.text)) or _NOT.search(fold(q.text)):
        return None
    texts = {lang: _said(q.event, lang) for lang in ("en", "es")}
    missing = [c for c in q.countries if not any(_named_in(c, t) for ts in texts.values() for t in ts)]
    if missing:
        names = ", ".join(country_name(c, q.lang) for c in missing)
        return q.r.join([q.r.t("answer-no"), q.r.t("answer-not-mentioned", names=names)]), False
    shown = next((t for t in texts[q.lang] if _named_in(q.countries[0], t)), None)
    if shown is None:
        return q.r.t("answer-yes"), True
    return q.r.join([q.r.t("answer-yes"), q.r.t("answer-passage", text=shown)]), True
