"""English statements (round 47, from the dev-holdout-5 review): a quotation then 'a spokesman for <body> told', a
possessive body's own spokesman, an outlet whose name ends in 'News', a name whose appositive runs unclosed up to
the verb, a legal form set off by a comma, and 'the group' after a members' body; sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # '"...," a spokesman for the <body> told Reuters': the body speaks the quotation
        ('Norland denied breaking the accord. "We keep every clause of the deal, but there are problems," a '
         'spokesman for the Norland Fisheries Ministry told Reuters.', ["Norland", "Norland Fisheries Ministry"]),
        ('Exports fell again. "Nobody expects a quick recovery in the market," a spokeswoman for Calder Mills Corp '
         'said.', ["Calder Mills Corp"]),
        # "<Body>'s spokesman said": the body itself, also an international one
        ("The International Coffee Organization (ICO) met in London. ICO's spokesman said the quotas would stay "
         "unchanged for another year.", ["International Coffee Organization"]),
        # an official newspaper whose name ends in 'News' (a place opening its name is kept)
        ("A fire destroyed three warehouses in the port of Dalian, the official China Harbour News reported.",
         ["China Harbour News"]),
        # a sentence-opening name whose appositive runs up to the verb unclosed: the name speaks, not the employer
        ('Exports fell again. Jane Roe, chairman of the survey committee and director of purchasing at Calder Mills '
         'Corp said "orders kept slowing through the month."', ["Jane Roe"]),
        # a legal form set off by a comma closes the company's name
        ("Prices rose. Calder Mining Holdings, S.A. said it will sell its copper smelter next year.",
         ["Calder Mining Holdings"]),
        # 'the group' is the members' body named before, not a bank named since as an object
        ("The Northland Growers Association backed the bill. Its chairman Hal Berger said regulators should wait "
         "on the requests by Calder Mills Corp. Berger said the group believes the tax is unfair.",
         ["Hal Berger", "Northland Growers Association"]),
    ],
)
def test_round47_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)
