"""Language identification by stopword profiles: fast, deterministic, and honest about 'other'."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

SAMPLE_CHARS: Final = 1500  # the head of an article the language is read from (the Extractor lowers it once for two stages)
_QUICK_CHARS: Final = 500
_WORD: Final = re.compile(r"\w+")
MIN_HITS: Final = 2
MIN_RATIO: Final = 0.12
# ASCII text (most articles): the words of \w+ are the runs of [A-Za-z0-9_], found by bytes.translate and
# split (C loops over bytes) instead of the regex engine (~40 ns a character).
_NON_WORD: Final = bytes(b if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b == 95) else 32 for b in range(256))
_BYTES_PROFILES: Final[dict[frozenset[str], frozenset[bytes]]] = {}
_NON_WORD_PUNCT: Final = ("“", "”", "‘", "’", "–", "—", "…")  # none matches \w


def _words(low: str, end: int | None = None) -> list[str] | list[bytes]:
    """The words (regex ``\\w+``) of ``low[:end]``: str words, or bytes words when the text is ASCII."""
    part = low if end is None else low[:end]
    if part.isascii():  # the part read only: a curly quote further on must not send it to the regex
        return part.encode().translate(_NON_WORD).split()
    # Curly quotes and dashes (no word characters) are most of the non-ASCII of wire text: as spaces they split
    # the same words, and the text is often ASCII then.
    for c in _NON_WORD_PUNCT:
        if c in part:
            part = part.replace(c, " ")
    if part.isascii():
        return part.encode().translate(_NON_WORD).split()
    return _WORD.findall(low) if end is None else _WORD.findall(low, 0, end)


def _is_word_char(c: str) -> bool:
    r"""Whether the regex engine's ``\w`` matches ``c`` (str patterns: ``isalnum()`` or ``_``)."""
    return c.isalnum() or c == "_"


def _profile(stop: frozenset[str], words: list[str] | list[bytes]) -> frozenset[str] | frozenset[bytes]:
    if not words or isinstance(words[0], str):
        return stop
    b = _BYTES_PROFILES.get(stop)
    if b is None:
        b = _BYTES_PROFILES[stop] = frozenset(w.encode() for w in stop if w.isascii())
    return b


def _hits(prof: frozenset[str] | frozenset[bytes], words: list[str] | list[bytes]) -> int:
    """How many of ``words`` are in ``prof`` (a compiled loop: sum(map(prof.__contains__, words)) called a
    method wrapper per word)."""
    n = 0
    for w in words:
        if w in prof:
            n += 1
    return n


def detect_language(text: str, profiles: Mapping[str, frozenset[str]], hint: str | None = None,
                    low_sample: str | None = None) -> str:
    """The language whose stopwords cover the most words of the first characters, else 'other'.

    A language must cover at least MIN_RATIO of the words and MIN_HITS words; a feed hint only breaks ties.
    The first _QUICK_CHARS decide alone when the evidence is overwhelming (most articles); otherwise the
    whole sample is read.
    """
    # (low_sample: the caller's text[:SAMPLE_CHARS].lower(), cut from the lowered text it already has)
    low = text[:SAMPLE_CHARS].lower() if low_sample is None else low_sample
    if len(low) > _QUICK_CHARS:
        words = _words(low, _QUICK_CHARS)
        head = {lang: _hits(_profile(stop, words), words) for lang, stop in profiles.items()}
        counts = sorted(((n, lang) for lang, n in head.items()), reverse=True)
        if counts and len(words) >= 40:
            top, lang = counts[0]
            second = counts[1][0] if len(counts) > 1 else 0
            if top >= 2 * MIN_RATIO * len(words) and top >= 4 * max(second, 1):
                return lang
        if not (_is_word_char(low[_QUICK_CHARS - 1]) and _is_word_char(low[_QUICK_CHARS])):
            # No word crosses the head's end: the sample's words are the head's, then the tail's (``\w+`` looks at
            # nothing outside its match, and a word's hits do not depend on it being str or bytes), so only the
            # tail is split and counted.
            tail = _words(low[_QUICK_CHARS:])
            total = len(words) + len(tail)
            if not total:
                return "other"
            best, best_hits = "other", 0
            for lang, stop in profiles.items():
                hits = head[lang] + _hits(_profile(stop, tail), tail)
                if hits > best_hits or (hits == best_hits and lang == hint):
                    best, best_hits = lang, hits
            if best_hits < MIN_HITS or best_hits / total < MIN_RATIO:
                return "other"
            return best
    words = _words(low)
    if not words:
        return "other"
    best, best_hits = "other", 0
    for lang, stop in profiles.items():
        hits = _hits(_profile(stop, words), words)
        if hits > best_hits or (hits == best_hits and lang == hint):
            best, best_hits = lang, hits
    if best_hits < MIN_HITS or best_hits / len(words) < MIN_RATIO:
        return "other"
    return best
