"""Statement recall, English (round 34, mined from say verbs near entities without a statement): a body after its
country in a clause-final attribution ('..., the U.K. Intervention Board said.'), bodies joined with their articles
('the A and the B said', also clause-final), and an official with a rank word in a clause-final attribution
('..., a senior USDA official said.'). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Exporters were granted rebates on 40,000 tonnes of barley at this week's tender, the U.K. Intervention "
         "Board said.", ["Intervention Board"]),
        ("Exporters were granted rebates on 40,000 tonnes of barley at this week's tender, the UK Intervention "
         "Board said.", ["Intervention Board"]),
        ("Grain shipments were slow in the first quarter. The Canadian Wheat Board and the Australian Wheat Board "
         "said they would meet in Ottawa next month.", ["Australian Wheat Board", "Canadian Wheat Board"]),
        ("Wheat export prices are likely to firm later in the season, the Canadian Wheat Board and the Australian "
         "Wheat Board said.", ["Australian Wheat Board", "Canadian Wheat Board"]),
        ("Deficiency payments to sorghum growers will be made partly in certificates, a senior USDA official said.",
         ["USDA"]),
    ],
)
def test_recall_round34_en(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert wire_speakers(run, body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # an object before 'and the': only the second body is a subject
        ("Acme Corp sold its grain terminal to Widget Inc and the Canadian Wheat Board said it would lease it.",
         ["Canadian Wheat Board"]),
        # an unnamed analyst with a rank word: no speaker
        ("Crude prices will firm next week, a senior Shearson Lehman Brothers analyst said.", []),
        # a city before the body is no country
        ("Copper stocks rose by 2,000 tonnes last week, a trader at the London Metal Exchange said.", []),
    ],
)
def test_not_speakers_round34_en(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert wire_speakers(run, body) == expected
