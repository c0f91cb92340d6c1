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
