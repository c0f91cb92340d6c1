"""English statements (names round 21): speakers' names the entity stages left unbuilt or typed as places --
initials or partners' names joined by 'and', a lone all-caps acronym, a place word that is the first word of a
company the article named, a company followed by a country; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # initials joined by 'and' (a firm's '&')
        ("Q and R said the rating of the notes was cut to single-B.", ["Q and R"]),
        ("The rating on the debt was lowered, BT and K noted.", ["BT and K"]),
        # partners' names joined by 'and' before a verb of saying
        ("Zorvath and Quimby said the outlook for the bonds had improved.", ["Zorvath and Quimby"]),
        ("Cocoa prices may firm next week, Hollister, Penwick and Dray said in a weekly report.",
         ["Hollister, Penwick and Dray"]),
        # a lone acronym: the body the article named whose initials it spells, else a body of that name
        ("The National Widget Makers Council met on Monday. Output should rise this year, the NWMC said.",
         ["National Widget Makers Council"]),
        ("The KRTV said its audience grew by ten pct last year.", ["KRTV"]),
        ("Trelco Industries Inc sold a plant. The unit will be closed, TI said.", ["Trelco Industries Inc"]),
        # a place word that opens a company's name the article gave
        ("Salem Resources Inc sold its mining unit. Salem said the sale closes in May.",
         ["Salem Resources Inc"]),
        # a company followed by a country: its national unit
        ("Volvo Canada said it will recall 2,000 trucks.", ["Volvo Canada"]),
    ],
)
def test_round21_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two countries, two people the article named, places, a demonym or a capitalised word before them
        ("Britain and France said the talks had failed.", ["France", "United Kingdom"]),
        ("Analyst Mary Quill and analyst John Pane spoke on Monday. Quill and Pane said sales were weak.",
         ["John Pane", "Mary Quill"]),
        ("Wyoming, Kansas and California reported gains of six, five and four rigs.", []),
        ("Both Zorvath and Quimby said the outlook had improved.", []),
        # the acronym closes a longer name; a roman numeral
        ("First Savings of Oakdale FA said it redeemed its notes.", []),
        ("Class A and B shares rose, the company said.", []),
    ],
)
def test_round21_not_joined(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)
