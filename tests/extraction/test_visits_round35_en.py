"""English visits, round 35 (mined from real text): words put on air from a named place abroad place the speaker
there (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_visits as _visits


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In a radio interview with a Chilean station, transmitted from Madrid, Chilean Finance Minister Hernan "
         "Buchi said the talks had gone well.", [("Hernan Buchi", "ES")]),
        ("Speaking from Tokyo, Chilean Finance Minister Hernan Buchi said the banks were ready to help.",
         [("Hernan Buchi", "JP")]),
        ("In an interview broadcast from Paris, Chilean Finance Minister Hernan Buchi said the loan was agreed.",
         [("Hernan Buchi", "FR")]),
    ],
)
def test_en_round35_on_air_from_abroad(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body, None) == expected


@pytest.mark.parametrize(
    "body",
    [
        # his own capital is no trip abroad
        "Speaking from Santiago, Chilean Finance Minister Hernan Buchi said the banks were ready to help.",
        # a report sent from abroad by someone else does not move the official
        "A report transmitted from Madrid said Chilean Finance Minister Hernan Buchi would resign.",
    ],
)
def test_en_round35_on_air_negatives(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body, None) == []
