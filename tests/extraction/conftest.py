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


# One-line English test bodies in Reuters' style: padded so that they are long enough to be read as English,
# published in 1987 as the Reuters corpus is.
WIRE_PAD = " It was not clear what would happen next, and there was no word on the issue from the other side."
WIRE_PUBLISHED = datetime(1987, 3, 10, 9, 0)


def wire_speakers(run, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    return speakers(run(body + WIRE_PAD, published=WIRE_PUBLISHED))


def wire_visits(run, body: str, located: str | None = None) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED, located=located))


# One-line Indonesian test bodies: padded so that they are long enough to be read as Indonesian.
ID_PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


def id_speakers(run, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    return speakers(run(body + ID_PAD, language="id"))


# Padding with no name and no verb of saying, so that a one-sentence body is long enough for language detection.
SPEECH_PAD = {
    "id": " Hal itu juga sudah dibicarakan oleh banyak orang di sana dan mereka tidak akan menunggu lama untuk itu.",
    "en": " The matter has been discussed by many people there and they will not wait long for it.",
}


def speakers_of(run, text: str, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every statement's speaker, in event order, of a padded body in ``lang`` with no publication date."""
    r = run(text + SPEECH_PAD[lang], published=None, language=lang)
    return [e.speaker.name for e in r.events if e.type == "statement"]
