"""Language identification by stopword profiles: fast, deterministic, and honest about 'other'."""

from __future__ import annotations

import re
from collections.abc import Mapping

_SAMPLE_CHARS = 1500
_PUNCT = re.compile(r"[^\w ]")
MIN_HITS = 2
MIN_RATIO = 0.12


def detect_language(text: str, profiles: Mapping[str, frozenset[str]], hint: str | None = None) -> str:
    """The language whose stopwords cover the most words of the first characters, else 'other'.

    A language must cover at least MIN_RATIO of the words and MIN_HITS words; a feed hint only breaks ties.
    """
    words = _PUNCT.sub(" ", text[:_SAMPLE_CHARS].lower()).split()
    if not words:
        return "other"
    best, best_hits = "other", 0
    for lang, stop in profiles.items():
        hits = sum(map(stop.__contains__, words))
        if hits > best_hits or (hits == best_hits and lang == hint):
            best, best_hits = lang, hits
    if best_hits < MIN_HITS or best_hits / len(words) < MIN_RATIO:
        return "other"
    return best
