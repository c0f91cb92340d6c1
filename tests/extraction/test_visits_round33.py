"""English visits, round 33: an official who makes a presentation to an audience in a place abroad is there; a
conference described by a place of the speaker's own country ('a conference on Tokyo financial markets') is not
known to be abroad for him, so a London dateline does not place him (own test sentences)."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import WIRE_PAD, WIRE_PUBLISHED, visits, wire_visits


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mexican Finance Minister Carlos Mendez made a presentation to creditor banks in New York on Tuesday on his "
         "country's financing needs.", [("Carlos Mendez", "US")]),
        ("Swedish Trade Minister Erik Lund made a presentation to Japanese businessmen in Tokyo on Monday.",
         [("Erik Lund", "JP")]),
        ("Mexican Finance Minister Carlos Mendez will make a presentation to creditor banks in New York next week.",
         [("Carlos Mendez", "US")]),
        # not a trip: an economist, or a presentation someone else plans
        ("Mexican economist Carlos Mendez made a presentation to creditor banks in New York on Tuesday.", []),
        ("Mexican Finance Minister Carlos Mendez said a presentation to banks in New York was planned by Argentina.",
         []),
    ],
)
def test_en_presentation_round33(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert wire_visits(run, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("LONDON, March 13 - Japanese Vice Finance Minister Toyoo Nakao told a conference on Tokyo financial markets "
         "he was ready to talk.", []),
        ("LONDON, March 13 - British Minister Michael Hale told a conference on Tokyo markets that Japan must open "
         "up.\nJapanese Vice Finance Minister Toyoo Nakao told the conference yesterday that talks were possible.", []),
        # guards: a conference on another place, or with no place, is still at the dateline
        ("LONDON, March 13 - Japanese Vice Finance Minister Toyoo Nakao told a conference on London financial "
         "markets he was ready to talk.", [("Toyoo Nakao", "GB")]),
        ("LONDON, March 13 - Japanese Vice Finance Minister Toyoo Nakao told a conference on world capital markets "
         "he was ready to talk.", [("Toyoo Nakao", "GB")]),
    ],
)
def test_en_own_place_conference_round33(run, body: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert visits(run(body + WIRE_PAD, published=WIRE_PUBLISHED)) == expected
