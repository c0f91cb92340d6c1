"""English statements (probe round 19, from a mechanical probe of speaker cues in fresh wire text): a name set off
after the clause and followed by a role appositive that runs into the verb, and a company name with a region in
round brackets before its legal form; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name set off after the clause, then a role appositive running into the verb
        ("While the grain contract has been slow, other contracts continue to grow, Kelvin Dorrow, the exchange's "
         "assistant general manager, told Reuters.", ["Kelvin Dorrow"]),
        # a region in round brackets inside a company's name
        ("The bond is priced at par, lead manager Wiltham Securities Co (Europe) Ltd said.",
         ["Wiltham Securities Co (Europe) Ltd"]),
        ("Wiltham Bank (Asia) SA said the loan carries a floating rate.", ["Wiltham Bank (Asia) SA"]),
    ],
)
def test_round19_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        # the set-off words are no name when the appositive holds no role
        "Prices fell in the morning, Boston Harbor, the main terminal, said nothing.",
    ],
)
def test_round19_no_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == []
