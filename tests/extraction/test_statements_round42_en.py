"""English statement subjects (round 42): words between the subject and its verb of saying, a role set off before
its holder's name, capitalised common nouns and unnamed sources, a role's holder after the verb; sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an -ly manner adverb or 'meanwhile' between the subject (and its bracketed short form) and the verb
        ("The state-run Grain Marketing Board (GMB) meanwhile said it had sold its surplus wheat.",
         ["Grain Marketing Board"]),
        ("Finance Minister Carlos Ortega sharply criticised the creditor banks, charging that they ignored the plan.",
         ["Carlos Ortega"]),
        ("Trade Minister Alan Pryce strongly denied that the talks had broken down.", ["Alan Pryce"]),
        # a bare role set off before its holder's name: the name speaks, not an earlier holder of a like role
        ("Ghana's Oil Minister Kofi Mensah said output would stay steady. Norway's Oil Minister, Sheikh Lars "
         "al-Berg, said in an interview there was no need for a meeting.", ["Kofi Mensah", "Lars al-Berg"]),
        # a role after the verb, with the employer's kind before it: the role's holder
        ("The mill will shut in June, according to company spokeswoman Dana Whitlock.", ["Dana Whitlock"]),
        ("The mill will shut in June, said spokesman Dana Whitlock.", ["Dana Whitlock"]),
    ],
)
def test_round42_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # hearsay adverbs keep the verb out of the speaker's mouth
        ("Trade Minister Alan Pryce reportedly said the talks had broken down.", []),
        # unnamed sources with a generic adjective are nobody; parliamentary officials stay the country's
        ("Norway's budget is late. But parliamentary sources said the parties would agree within days.", []),
        ("Norway's budget is late. But parliamentary officials said the parties would agree within days.",
         ["Norway officials"]),
        # a speaker noun capitalised after 'U.S.' that the article also writes in lower case is no name
        ("Foreign bankers said the debt was manageable. A U.S. Banker said reserves had not fallen.", []),
        ("The mill will shut in June, according to a company spokesman.", []),
    ],
)
def test_round42_nobody_named(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)
