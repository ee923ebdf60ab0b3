"""Words of everyday English and Spanish (wordfreq's lists), folded: a word found here is written as meant,
never "repaired" to a word the engine knows ("operador" is not a misspelt "moderador")."""

from __future__ import annotations

import threading
from functools import cache

from wordfreq import top_n_list

from bot.folding import fold

COMMON_WORDS = 25_000  # per language: down to words seen about once in a million (Zipf ≈ 3)
_LOADING = threading.Lock()


def common_words() -> frozenset[str]:
    """The most frequent words of both languages, folded (accents removed, lower case). Built once (0.3 s),
    in the worker thread that loads the place index as the bot starts (see places.index); a caller that
    needs it sooner waits for that build instead of starting another."""
    with _LOADING:
        return _load()


@cache
def _load() -> frozenset[str]:
    lists = [top_n_list(lang, COMMON_WORDS, wordlist="small") for lang in ("en", "es")]
    return frozenset(fold(w) for words in lists for w in words)
