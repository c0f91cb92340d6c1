"""English names (round 41): a given name before a name particle, a bare surname after the person's full name, a
capitalised word before a known body's name, a body's short form before its 'of'; sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a given name a particle follows opens the name, even when the article uses it on its own later
        ("Trade Minister Sheikh Hamad bin Rashid al-Mansour said exports would rise. "
         "Sheikh Hamad said imports would fall.", ["Hamad bin Rashid al-Mansour"]),
        ("Oil Minister Yusuf al-Karim al-Dabbagh said output was steady. Sheikh Yusuf said prices were firm.",
         ["Yusuf al-Karim al-Dabbagh"]),
        # a bare surname after the person's full name, not the firm named after the family
        ("Harlan Dairies Co expects higher sales, chairman Peter Voss told analysts. "
         "President Martin Harlan said the company will add plants. Harlan also said margins would widen.",
         ["Martin Harlan", "Peter Voss"]),
        # a capitalised word before a known body's name makes another body
        ("Regal Bank of Canada, in a filing on Monday, said it expects higher earnings this year.",
         ["Regal Bank of Canada"]),
        ("&lt;Regal Bank of Canada>, in a filing, said it expects higher earnings. "
         "Regal Bank said its loan losses fell.", ["Regal Bank of Canada"]),
    ],
)
def test_round41_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the firm before any person of its name; the known body after 'The' or a place
        ("Harlan Dairies Co said sales rose. Harlan said it would add jobs.", ["Harlan Dairies Co"]),
        ("The Bank of Canada said it left its rate unchanged.", ["Bank of Canada"]),
        ("In Ottawa, Bank of Canada officials said the rate was unchanged.", ["Bank of Canada"]),
    ],
)
def test_round41_unchanged(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)
