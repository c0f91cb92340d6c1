"""English statements (names round 22): a body's full name right before a verb of saying that the entity stages
built only in pieces ('Federal Reserve' + 'Bank of New York') or cut short ('Department of Trade' for 'Department
of Trade and Industry'); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a known body's name followed by more of the name
        ("Member bank borrowings rose 40 mln dlrs in the week, the Federal Reserve Bank of Chicago said.",
         ["Federal Reserve Bank of Chicago"]),
        ("Output will grow 2.5 pct next year, the private Nomura Research Institute said.",
         ["Nomura Research Institute"]),
        # a body's name with 'of ... and ...' cut after its first portfolio word
        ("Machine tool orders slipped in the quarter, the Department of Trade and Industry said.",
         ["Department of Trade and Industry"]),
        # a place word opening a body's name
        ("Housing demand will stay weak this year, the Commonwealth Bank of Australia said.",
         ["Commonwealth Bank of Australia"]),
    ],
)
def test_round22_body_names(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the opening words of a company the article named with its legal form
        ("Zandor's Corp agreed to buy a restaurant chain. The deal needs approval by regulators, Zandor's said.",
         ["Zandor's Corp"]),
        ("Quillan Data Management Corp renewed a service contract. Quillan Data said it received 20 mln dlrs.",
         ["Quillan Data Management Corp"]),
        ("Orbison Tool Co bought a drilling unit. The unit will keep its name, a spokesman for Orbison Tool said.",
         ["Orbison Tool Co"]),
    ],
)
def test_round22_short_firms(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "unexpected"),
    [
        # a body after a role's 'of': the person speaks, not the body
        ("Sales should double, Tom Quarry, president of Zenlo Overseas Distribution Corporation said.",
         "Zenlo Overseas Distribution Corporation"),
        # two bodies joined by 'and' are no one name
        ("Rates will rise, the Bank of Japan and Ministry of Finance said.", "Bank of Japan and Ministry of Finance"),
        # a parent's possessive stays out of its unit's name
        ("Texas Widget Corp's Eastern Airlines said it will add flights.", "Texas Widget Corp's Eastern Airlines"),
        # a country word opening a company's name stays the country
        ("Japan Widget Inc sold new shares. Growth will slow this year, Japan said.", "Japan Widget Inc"),
    ],
)
def test_round22_not_one_body(run, body: str, unexpected: str) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in _speakers(run, body)
