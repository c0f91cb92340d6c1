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
