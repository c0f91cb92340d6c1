"""Language identification."""

from __future__ import annotations

import pytest

from streamer.extraction import Extractor


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Presiden mengatakan bahwa pemerintah akan terus bekerja sama dengan negara tetangga untuk menjaga stabilitas.", "id"),
        ("The minister said that the government would continue to work with its neighbours on the issue.", "en"),
        ("Der Minister sagte, dass die Regierung weiter mit den Nachbarn arbeiten werde.", "other"),
        ("12345 67890", "other"),
    ],
)
def test_language_detect(extractor: Extractor, body: str, lang: str) -> None:
    from streamer.extraction import Document

    assert extractor.extract(Document(id="x", body=body)).language == lang


def test_language_quick_decision_agrees_with_the_full_sample() -> None:
    """The first 500 characters decide alone only when the evidence is overwhelming."""
    import streamer.extraction.language as L
    from streamer.extraction.resources import load_resources

    profiles = {lang: r.stopwords for lang, r in load_resources().languages.items()}
    bodies = [
        ("Menteri itu mengatakan bahwa pemerintah akan terus bekerja sama dengan negara tetangga. " * 12, "id"),
        ("The minister said that the government would keep working with its neighbours on trade. " * 12, "en"),
        # English opening, Indonesian body: the opening is not overwhelming enough to cut the reading short.
        ("Jakarta Post Weekly Review Top Stories " * 14 + "dan yang di itu ini untuk dengan dari pada " * 30, "id"),
    ]
    for body, lang in bodies:
        quick = L.detect_language(body, profiles)
        saved, L._QUICK_CHARS = L._QUICK_CHARS, 10**9
        try:
            full = L.detect_language(body, profiles)
        finally:
            L._QUICK_CHARS = saved
        assert quick == full == lang


@pytest.mark.parametrize(
    "body",
    [
        "Presiden mengatakan bahwa pemerintah akan terus bekerja sama dengan negara tetangga. " * 20,
        "The minister said that the government would continue to work with its neighbours. " * 20,
        "Presiden_mengatakan bahwa pemerintah-akan terus 2017bekerja sama dengan negara tetangga. " * 3,
        "Presidén mengatakan bahwa pemerintah akan terus bekerja sama dengan negara tetangga. " * 20,
        "the the the " * 10 + "yang dan di " * 30,
    ],
)
def test_language_ascii_fast_path_counts_the_same_words(body: str) -> None:
    """ASCII text is split with bytes.translate instead of the regex: same words, same answer."""
    import re

    import streamer.extraction.language as L
    from streamer.extraction.resources import load_resources

    profiles = {lang: r.stopwords for lang, r in load_resources().languages.items()}
    low = body.lower()
    fast = L._words(low, 500)
    assert [w if isinstance(w, str) else w.decode() for w in fast] == re.findall(r"\w+", low[:500])
    assert [w if isinstance(w, str) else w.decode() for w in L._words(low)] == re.findall(r"\w+", low)
    regex_only = lambda low, end=None: L._WORD.findall(low) if end is None else L._WORD.findall(low, 0, end)  # noqa: E731
    for hint in (None, "id", "en"):
        fast_answer = L.detect_language(body, profiles, hint)
        words, L._words = L._words, regex_only
        try:
            assert L.detect_language(body, profiles, hint) == fast_answer
        finally:
            L._words = words
