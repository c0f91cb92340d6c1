"""The first real article the service exists for (../shared/samples), against what the analyst wrote down.

The text is third-party, so it is read from ../shared at run time and never copied here; without ../shared
(a user's clone) the test is skipped.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from streamer.extraction import Document, Extractor

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "antara-2023-blinken-central-asia.txt"

pytestmark = pytest.mark.skipif(not SAMPLE.is_file(), reason="../shared/samples is not beside this checkout")


def test_shared_sample_yields_what_the_analyst_wrote_down(extractor: Extractor) -> None:
    published = datetime(2023, 2, 28, 15, 0, tzinfo=timezone(timedelta(hours=6)))  # a Tuesday, in Astana
    x = extractor.extract(Document(id="antara-blinken", body=SAMPLE.read_text(encoding="utf-8"), published=published))
    visits = {(e.traveler.name, e.destination.country): e for e in x.events if e.type == "diplomatic_visit"}
    assert set(visits) == {("Antony Blinken", "KZ"), ("Antony Blinken", "UZ")}
    assert visits[("Antony Blinken", "KZ")].destination.city == "Astana"
    assert visits[("Antony Blinken", "UZ")].destination.city == "Tashkent"
    assert {v.status for v in visits.values()} == {"ongoing"}
    met = {h.name for h in visits[("Antony Blinken", "KZ")].hosts}
    assert {"Mukhtar Tileuberdi", "Kassym-Jomart Tokayev"} <= met

    statements = [e for e in x.events if e.type == "statement"]
    assert {s.speaker.name for s in statements} == {"Antony Blinken", "US officials", "Kassym-Jomart Tokayev"}
    blinken = [s for s in statements if s.speaker.name == "Antony Blinken"]
    assert {s.kind for s in blinken} == {"direct", "reported"}
    assert any(s.addressee is not None and s.addressee.name == "Mukhtar Tileuberdi" for s in blinken)
    for event in x.events:
        for evidence in event.evidence:
            assert x.text[evidence.start:evidence.end] == evidence.sentence
