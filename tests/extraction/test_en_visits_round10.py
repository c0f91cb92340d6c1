"""English visits, round 10: wire phrasings of official travel and their near misses (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD as _PAD, WIRE_PUBLISHED as _PUB, wire_visits as _visits


@pytest.mark.parametrize(
    ("body", "located", "expected"),
    [
        # a trip noun split from "to (the)" by a time word; the cancellation is read before it
        ("Chilean Finance Minister Hernan Buchi has called off a trip next week to the Netherlands, aides said.", None,
         [("Hernan Buchi", "NL")]),
        ("Chilean Finance Minister Hernan Buchi will make a visit tomorrow to Japan, aides said.", None,
         [("Hernan Buchi", "JP")]),
        # "before leaving X": the traveler was in the place he left
        ("Chilean Finance Minister Hernan Buchi told the agency before leaving Madrid that the deal was close.", None,
         [("Hernan Buchi", "ES")]),
        # a common misspelling of "visited"
        ("Chilean Finance Minister Hernan Buchi also visted Peru and Bolivia.", None,
         [("Hernan Buchi", "BO"), ("Hernan Buchi", "PE")]),
        # an official title of a named state in apposition after the name (rank word first) makes the official
        ("Peter Halloran, deputy Chilean finance minister and head of the delegation to the talks, told Reuters on her "
         "return from Paris that Chile would pay.", None, [("Peter Halloran", "FR")]),
    ],
)
def test_en_round10_trip_phrasings(run, body: str, located: str | None, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body, located) == expected


@pytest.mark.parametrize(
    ("body", "located"),
    [
        # leaving a company or a job is no trip
        ("Chilean Finance Minister Hernan Buchi worked at a bank before leaving Citibank in 1985.", None),
        # leaving his own capital is no trip abroad
        ("Chilean Finance Minister Hernan Buchi said before leaving Santiago that Chile would pay.", None),
        # a trip noun with a time word but no place
        ("Chilean Finance Minister Hernan Buchi cancelled a trip tomorrow to attend the debate.", None),
        # a title in apposition without a state is not an office of state
        ("Peter Halloran, deputy president of the growers association, told Reuters on her return from Paris that "
         "prices would rise.", None),
    ],
)
def test_en_round10_near_misses(run, body: str, located: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body, located) == []


def test_en_round10_apposition_title_is_the_named_person(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Peter Halloran, assistant U.S. trade representative, said the talks would resume." + _PAD, published=_PUB,
            located="WASHINGTON, March 3 -")
    person = next(e for e in x.entities if e.type == "PERSON")
    assert person.name == "Peter Halloran" and person.country == "US" and person.role == "trade representative"


def test_en_round10_called_off_is_a_cancellation(run) -> None:  # type: ignore[no-untyped-def]
    x = run("Chilean Finance Minister Hernan Buchi has called off a trip next week to the Netherlands, aides said." + _PAD,
            published=_PUB)
    assert [e.status for e in x.events if e.type == "diplomatic_visit"] == ["cancelled"]
