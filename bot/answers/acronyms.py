"""Acronyms an event's texts use, and what they stand for ("CRPD", "SRAAP", "HI", "APMBC").

Decision: an acronym means what the event's own texts say it means, and nothing else. It is defined
there as "Long Name (ACR)" (the long name's words give the letters, small words skipped, "Instituto"
may give "IN"), or it is the initials of a name the texts write out ("APMBC": "Anti-Personnel Mine Ban
Convention"). "What does CRPD stand for?", "¿Qué significa SRAAP?", "What is HI?" are answered with the
long name; an acronym the texts do not explain is not guessed.
"""

from __future__ import annotations

import re

from bot.events.models import Event
from bot.folding import words, words_of

_DEFINED = re.compile(r"\(([A-Z][A-Z&]{1,8})s?\b[^)]*\)")
_SENTENCE_END = re.compile(r"[.;:!?]\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
SMALL = frozenset(
    words_of("of the on with and for in to at by a an de la las los el del y e en sobre con para a al")
)
_TOKEN = re.compile(r"\b[A-Z][A-Z&]{1,7}s?\b")
_MEANING = re.compile(
    r"(?i:\b(?:stand|stands|standing|mean|means|meaning|significa|significan|significado|quiere decir|"
    r"quieren decir|siglas|sigla|acronym|acronimo|acrónimo|abbreviation)\b)"
    r"|^\W*(?i:what|que|qué|q|who|quien|quién|quienes|quiénes)(?:\s+(?i:is|es|are|son|was|era))?(?:'s)?"
    r"\s+(?:(?i:the|el|la|los|las)\s+)?[A-Z][A-Z&]{1,7}s?"
    # "¿qué es HI, que sale en el texto?", "what is the CRPD mentioned in the invitation?"
    r"(?:\W+(?i:q|que|that|which|mentioned|mencionad[oa]s?|from|"
    r"(?:in|en)\s+(?:the|el|la|los|las|this|este|esta|that|ese|esa|my|mi))\b.*)?\W*$"
)


def _match_back(letters: str, words: list[str]) -> int | None:
    """How many of the last words spell `letters` (the last word gives the last letter); None if not."""
    k = len(letters)
    used = 0
    for word in reversed(words):
        used += 1
        if k == 0:
            break
        low = word.lower()
        if low in SMALL or word == "&":
            continue
        for size in (1, 2, 3):
            chunk = letters[max(k - size, 0) : k].lower()
            if len(chunk) == size and chunk[0] == low[0] and _subsequence(chunk[1:], low[1:]):
                k -= size
                break
        else:
            return None
        if k == 0:
            return used
    return used if k == 0 else None


def _subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in part)


def _pieces(text: str) -> list[tuple[str, int]]:
    """Words (hyphenated ones split) with their start offsets."""
    return [(m.group(0), m.start()) for m in _WORD.finditer(text)]


def _localized(value: object, lang: str | None, out: list[tuple[str | None, str]]) -> None:
    if isinstance(value, str):
        out.append((lang, value))
    elif isinstance(value, dict):
        for key, item in value.items():
            _localized(item, key if key in ("en", "es") else lang, out)
    elif isinstance(value, list | tuple):
        for item in value:
            _localized(item, lang, out)


_CACHE: dict[int, tuple[Event, tuple[tuple[str | None, str], ...], dict[str, dict[str, str]]]] = {}


def _texts(event: Event) -> tuple[tuple[str | None, str], ...]:
    return _cached(event)[1]


def defined(event: Event) -> dict[str, dict[str, str]]:
    """Acronym -> language -> long name, from the "Long Name (ACR)" the event's texts write."""
    return _cached(event)[2]


def _cached(event: Event) -> tuple[Event, tuple[tuple[str | None, str], ...], dict[str, dict[str, str]]]:
    """The event's texts and acronyms, computed once per event object."""
    found = _CACHE.get(id(event))
    if found is None or found[0] is not event:
        out: list[tuple[str | None, str]] = []
        _localized(event.model_dump(mode="json"), None, out)
        texts = tuple(out)
        found = _CACHE[id(event)] = (event, texts, _definitions(texts))
    return found


def _definitions(texts: tuple[tuple[str | None, str], ...]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for lang, text in texts:
        for m in _DEFINED.finditer(text):
            acronym = m.group(1)
            before = _pieces(text[max(0, m.start() - 160) : m.start()])
            used = _match_back(acronym, [w for w, _ in before])
            if used is None and m.start() <= 160 and not _SENTENCE_END.search(text[: m.start()]):
                used = len(before)  # a name field, "Veterans … Institute (INABVE, in Spanish)": all of it
            if not used:
                continue
            offset = max(0, m.start() - 160) + before[-used][1]
            long = text[offset : m.start()].strip(" ,;:")
            for code in (lang,) if lang else ("en", "es"):
                found.setdefault(acronym, {}).setdefault(code, long)
    return found


def _spelled(acronym: str, event: Event, lang: str) -> str | None:
    """A capitalised name in the event's texts whose initials are the acronym ("APMBC")."""
    letters = acronym.lower()
    for code, text in _texts(event):
        if code not in (None, lang):
            continue
        pieces = _pieces(text)
        for i, (word, start) in enumerate(pieces):
            if word[0].lower() != letters[0] or not word[0].isupper():
                continue
            k, j = 0, i
            while j < len(pieces) and k < len(letters):
                w = pieces[j][0]
                size = len(w) if w.isupper() and len(w) <= 3 else 1  # "AP Mine Ban Convention"
                if w[0].isupper() and w[:size].lower() == letters[k : k + size]:
                    k += size
                elif w.lower() not in SMALL or k == 0:
                    break
                j += 1
            if k == len(letters) and j - i > 1:
                end = pieces[j - 1][1] + len(pieces[j - 1][0])
                return text[start:end]
    return None


def long_name(acronym: str, event: Event, lang: str) -> str | None:
    """What an acronym stands for in this event's texts, in `lang` when they say it in that language."""
    acronym = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    names = defined(event).get(acronym)
    if names:
        return names.get(lang) or next(iter(names.values()))
    return _spelled(acronym, event, lang) or _spelled(acronym, event, "en" if lang == "es" else "es")


def asked_meaning(text: str, event: Event, lang: str) -> list[tuple[str, str]]:
    """For "what does CRPD stand for?", "¿qué significa SRAAP?", "What is HI?": each acronym asked about
    and its long name (empty when the question asks no meaning, or the texts do not explain it)."""
    if not _MEANING.search(text.strip()):
        return []
    out = []
    for token in dict.fromkeys(_TOKEN.findall(_OFFSETS.sub(" ", text))):
        name = long_name(token, event, lang)
        if name is not None:
            out.append((token, name))
    return out


_OFFSETS = re.compile(r"\b(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}")  # "GMT+1": a time zone, not an acronym
_KINDS = frozenset(words_of("dialogo debate dialogue conferencia conference"))


def own_acronyms(event: Event) -> frozenset[str]:
    """The folded acronyms naming the event itself ("rsd": "Regional Stakeholder Dialogue", which its
    title begins with): they name the subject of every sentence, so they tell no sentence apart."""
    texts = [event.title.en, event.title.es]
    texts += [event.short_title.en, event.short_title.es] if event.short_title else []
    titles = " ".join(" ".join(words(t)) for t in texts)
    out = set()
    for acronym, names in defined(event).items():
        for name in names.values():
            said = words(name)
            if set(said) & _KINDS and " ".join(said) in titles:
                out.add(acronym.lower())
    return frozenset(out)
