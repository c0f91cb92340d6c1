"""English statements (round 50, from the dev-random-7 and dev-holdout-5 reviews): a subject whose first verb is
coordinated with a verb of saying ('X rejected the bid and said ...'), 'said a spokesman for <body>' with the
verb first, and an international body's own spokesman ('a UNCTAD spokesman said'); sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the sentence's subject (after a time adverbial, a title or 'the') says what follows 'and said'
        ("Today, Northwind Airways rejected the rival's 40 dlr per share offer and said the bid was a desperate "
         "attempt to block its merger.", ["Northwind Airways"]),
        ("Yesterday, the Harbor Exchange decided to close the trading floor, and said it expected a final decision "
         "by the end of the year.", ["Harbor Exchange"]),
        ("Assistant Fisheries Secretary Dana Whitcombe resigned to write a book and said she was confident the "
         "talks would succeed.", ["Dana Whitcombe"]),
        # the verb of saying first, then the body's spokesman: the body speaks
        ('"We will not accept the terms of the offer," said a spokeswoman for Calder Mills Corp on Tuesday.',
         ["Calder Mills Corp"]),
        ("The ministry will not change its beef import quotas this year, said a spokesman for the Trade Ministry.",
         ["Trade Ministry"]),
        # an international body's one spokesman speaks for the body itself (its officials stay officials)
        ("The copper forum met in Geneva. A UNCTAD spokesman said the talks would resume in September.",
         ["UNCTAD"]),
        ('The fund met on Monday. "The review will take several more weeks," an IMF spokeswoman said.', ["IMF"]),
    ],
)
def test_round50_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        # the subject of the first verb is not the name ('Calder Mills Corp shares rose')
        "Calder Mills Corp shares rose two dlrs and said nothing about the offer on Tuesday.",
        # a body named by its kind only is not read here
        "The company posted higher profits last year and said demand would keep growing next year.",
    ],
)
def test_round50_no_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == []
