"""Words of everyday English and Spanish, folded: a word found here is written as meant, never "repaired"
to a word the engine knows ("operador" is not a misspelt "moderador").

The list is shipped with the bot (common_words.txt.gz, about 43,000 words in 115 KB), built from wordfreq's
lists by `python -m bot.answers.common_words` (a test checks it is what wordfreq gives): importing wordfreq
in the bot would cost 20 MB of memory, the list held as a set about 6, and held in a marisa trie (read from
the file, as the place index is) under 1.
"""

from __future__ import annotations

import gzip
import threading
from functools import cache
from pathlib import Path

import marisa_trie

from bot.folding import fold

WORDS_FILE = Path(__file__).with_name("common_words.txt.gz")
COMMON_WORDS = 25_000  # per language: down to words seen about once in a million (Zipf ≈ 3)
_LOADING = threading.Lock()


def common_words() -> marisa_trie.Trie:
    """The most frequent words of both languages, folded. Loaded once, in the worker thread that loads
    the place index as the bot starts (see places.index); a caller that needs it sooner waits for that."""
    with _LOADING:
        return _load()


@cache
def _load() -> marisa_trie.Trie:
    return marisa_trie.Trie(gzip.decompress(WORDS_FILE.read_bytes()).decode().split("\n"))


def build() -> str:
    """The shipped list's text, from wordfreq (a development dependency): sorted, one word a line."""
    from wordfreq import top_n_list

    lists = [top_n_list(lang, COMMON_WORDS, wordlist="small") for lang in ("en", "es")]
    # only words the engine would try to repair (four letters or more, not numbers)
    return "\n".join(sorted({fold(w) for words in lists for w in words if len(w) >= 4 and not w.isdigit()}))


if __name__ == "__main__":
    WORDS_FILE.write_bytes(gzip.compress(build().encode(), mtime=0))
    print(f"wrote {WORDS_FILE}")
