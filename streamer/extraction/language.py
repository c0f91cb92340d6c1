"""Language identification by stopword profiles: fast, deterministic, and honest about 'other'."""

from __future__ import annotations

import re
from collections.abc import Mapping

_SAMPLE_CHARS = 1500
_QUICK_CHARS = 500
_WORD = re.compile(r"\w+")
MIN_HITS = 2
MIN_RATIO = 0.12


def detect_language(text: str, profiles: Mapping[str, frozenset[str]], hint: str | None = None) -> str:
    """The language whose stopwords cover the most words of the first characters, else 'other'.

    A language must cover at least MIN_RATIO of the words and MIN_HITS words; a feed hint only breaks ties.
    The first _QUICK_CHARS decide alone when the evidence is overwhelming (most articles); otherwise the
    whole sample is read.
    """
    low = text[:_SAMPLE_CHARS].lower()
    if len(low) > _QUICK_CHARS:
        words = _WORD.findall(low, 0, _QUICK_CHARS)
        counts = sorted(((sum(map(stop.__contains__, words)), lang) for lang, stop in profiles.items()), reverse=True)
        if counts and len(words) >= 40:
            top, lang = counts[0]
            second = counts[1][0] if len(counts) > 1 else 0
            if top >= 2 * MIN_RATIO * len(words) and top >= 4 * max(second, 1):
                return lang
    words = _WORD.findall(low)
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
