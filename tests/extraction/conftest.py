"""Shared fixtures for the extraction core tests: one Extractor per session and small helpers."""

from __future__ import annotations

from datetime import datetime

import pytest

from streamer.extraction import Document, Extraction, Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def run(extractor: Extractor):  # type: ignore[no-untyped-def]
    def _run(body: str, published: datetime | None = datetime(2022, 5, 16, 9, 0), **kw: object) -> Extraction:
        return extractor.extract(Document(id="t", body=body, published=published, **kw))  # type: ignore[arg-type]

    return _run


def visits(x: Extraction) -> list[tuple[str, str]]:
    return sorted((e.traveler.name, e.destination.country) for e in x.events if e.type == "diplomatic_visit")


def speakers(x: Extraction) -> list[str]:
    return sorted({e.speaker.name for e in x.events if e.type == "statement"})
