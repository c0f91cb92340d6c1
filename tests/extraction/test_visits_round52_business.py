"""Visits (round 52): an official doing official business in a named foreign city -- presiding, chairing, negotiating,
speaking at or opening something there (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ID_PAD, visits, wire_visits as _visits


def _id_visits(run, body: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return visits(run(body + ID_PAD, language="id"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Argentine Economy Minister Juan Sourrouille presided over the meeting in Geneva on Tuesday.",
         [("Juan Sourrouille", "CH")]),
        ("Argentine Economy Minister Juan Sourrouille chaired the conference in Geneva on Tuesday.",
         [("Juan Sourrouille", "CH")]),
        ("Argentine Economy Minister Juan Sourrouille opened the Argentine pavilion in Venice on Tuesday.",
         [("Juan Sourrouille", "IT")]),
        ("Argentine Economy Minister Juan Sourrouille negotiated with creditor banks in New York last week.",
         [("Juan Sourrouille", "US")]),
        ("Peruvian Trade Minister Carla Ferreyros, chairing the coffee producers' session in London, said prices "
         "would recover.", [("Carla Ferreyros", "GB")]),
        ("Peruvian Trade Minister Carla Ferreyros, speaking at the coffee producers' session in London, said prices "
         "would recover.", [("Carla Ferreyros", "GB")]),
    ],
)
def test_en_official_business_in_a_foreign_city(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Peruvian Trade Minister Carla Ferreyros chaired a cabinet meeting in Lima on Tuesday.",  # at home
        "Peruvian Trade Minister Carla Ferreyros negotiated with U.S. officials by telephone on Tuesday.",
        "Peruvian Trade Minister Carla Ferreyros opened the way for new loans from banks in New York.",
        "Peru's biggest miner chaired the industry meeting in Geneva on Tuesday.",  # no official
    ],
)
def test_en_no_visit_without_a_foreign_place_or_an_official(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Menteri Perdagangan Enggartiasto Lukita berunding dengan mitranya di Jenewa, Swiss, Sabtu (13/5).",
         [("Enggartiasto Lukita", "CH")]),
        ("Menteri Perdagangan Enggartiasto Lukita memimpin perundingan di Jenewa, Swiss, Sabtu (13/5).",
         [("Enggartiasto Lukita", "CH")]),
        ("Menteri Perdagangan Enggartiasto Lukita berpidato di Markas Besar PBB di New York, Sabtu (13/5).",
         [("Enggartiasto Lukita", "US")]),
    ],
)
def test_id_official_business_in_a_foreign_city(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _id_visits(run, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Menteri Perdagangan Enggartiasto Lukita berpidato di Istana Negara, Jakarta, Sabtu (13/5).",  # domestic
        "Menteri Perdagangan Enggartiasto Lukita memimpin perundingan di Surabaya, Sabtu (13/5).",
    ],
)
def test_id_domestic_business_is_no_visit(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _id_visits(run, body) == []
