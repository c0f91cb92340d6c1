"""English statements (round 16, from an audit of fresh wire text): a subsidiary named before an appositive that
names its parent and runs into the verb, a person named after 'a group that includes', and a bare
'spokesperson'; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the unit speaks, not its parent, also after 'a wholly owned subsidiary of' and a name closing in Canada
        ("Kelvo Canada, a wholly owned subsidiary of the Royal Brantex Group &lt;RBG> said that it raised prices.",
         ["Kelvo Canada"]),
        ("Kelvo Widget Ltd, a wholly owned subsidiary of Brantex Holdings Inc said it would close a plant.",
         ["Kelvo Widget Ltd"]),
        # a bare 'spokesperson' speaks for the company named before, like a spokesman
        ("Kelvor Corp cut its dividend. A Kelvor spokesperson said the cut was needed.", ["Kelvor Corp"]),
    ],
)
def test_round16_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        # a group that includes a person speaks as a group, not through him
        "An investor group that includes Mark Voss said it set a deadline for its offer.",
    ],
)
def test_round16_no_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == []
