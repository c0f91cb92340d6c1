"""English statements and visits (round 13, from two blind-annotated tuning files): a company's short form after
its full name, a spokesman of a body named by a short form or set off after its kind ('union, X,'), 'X and Co'
firm names, a place before a body's name with an appositive, the national office of an international body's head,
and an aside between a meeting and its place; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers, wire_visits as _visits


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company's short form after its full name is that company (leading words, or the words after initials)
        ("Zentor Widget Stores Inc said sales rose 20 pct. Zentor Widget said it expects higher profits.",
         ["Zentor Widget Stores Inc"]),
        ("J.K. Farrow Group Inc said it started its offer. Farrow said it may buy more shares later.",
         ["J.K. Farrow Group Inc"]),
        ("Larkspur Hotels Corp said it may sue. Larkspur Corp. later said it had filed the suit in court.",
         ["Larkspur Hotels Corp"]),
        # ... or a one-letter misspelling of its first word
        ("Equinoxial Satellite Co said it expects a loss. Equinoxal said it is in default on two leases.",
         ["Equinoxial Satellite Co"]),
        # ... not when the longer name's extra words mark another company (an arm)
        ("Dorrance Acceptance Corp said it sold notes. Dorrance Motors said car sales rose 20 pct in May.",
         ["Dorrance Acceptance Corp", "Dorrance Motors"]),
        # ... nor when two companies of the article begin with the short form
        ("Dorrance Holdings Inc said it sold its unit to Dorrance Trading Co on Monday. Dorrance Brothers said"
         " the price was not disclosed.", ["Dorrance Brothers", "Dorrance Holdings Inc"]),
        # a spokesman named by the body's short form, or after the body set off after its kind
        ("Vellmar Industries Inc bid for the courier. Vellmar had held talks since December, a Vellmar spokesman"
         " said.", ["Vellmar Industries Inc"]),
        ("The dockers' union, KRV, agreed to meet the employers tonight, a union spokesman said.", ["KRV"]),
        # ... a bare aide speaks for no body
        ("Talks on the plant closure will resume Monday, an aide to the mayor said.", []),
        # 'X and Co': the partners' names before 'and Co' belong to the firm's name
        ("Ruritania is issuing a bond priced at par, Hollis Brothers and Co Ltd said as lead manager.",
         ["Hollis Brothers and Co Ltd"]),
        # a firm's name ends at its possessive legal tail, a place inside it kept ('X U.K. Ltd's plant')
        ("Talks at Barwick U.K. Ltd's Seaforth plant will resume Monday, a company spokesman said.",
         ["Barwick U.K. Ltd"]),
        ("Acme Inc's Gamma Airlines said fares will rise.", ["Gamma Airlines"]),
        # a place qualifying a body's name before an appositive
        ("The Panama Canal Commission, a U.S. government agency, said 39 ships were waiting to enter the canal.",
         ["Canal Commission"]),
        # knowledge base: a bank whose name ends in a city
        ("Acme Plc is issuing notes priced at par, said Credit Suisse First Boston as lead manager.",
         ["Credit Suisse First Boston"]),
    ],
)
def test_round13_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the head of an international body who also holds a national office (knowledge base) travels from it
        ("OPEC president Rilwanu Lukman said prices would hold. Lukman was in Kingston as a guest of the"
         " state oil company.", [("Rilwanu Lukman", "JM")]),
        # ... not to his own country
        ("OPEC president Rilwanu Lukman said prices would hold. Lukman was in Lagos for talks with bankers.", []),
        # an aside between the meeting and its place names no end of the trip
        ("Ivorian Trade Minister Paul Koval will attend the opening of the talks, convened by the cocoa"
         " council, in London on Monday.", [("Paul Koval", "GB")]),
    ],
)
def test_round13_visits(run, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _visits(run, body) == expected


def test_round13_and_co_not_after_a_known_body(run) -> None:  # type: ignore[no-untyped-def]
    # a known body before 'and Co' keeps its own name: 'IBM and Co Inc' is not read as one firm
    x = run("IBM and Co Inc said it was fine. It was not clear what would happen next, and there was no word"
            " on the issue from the other side.")
    assert "IBM and Co Inc" not in {e.name for e in x.entities}
