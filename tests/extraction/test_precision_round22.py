"""Statement precision (round 22, from an audit of fresh wire text): a person named right after a
post-posed 'said' speaks, not the body opening a comma-bounded clause before it; sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Meanwhile, Citicorp, which holds loans, stands to lose 40 mln dlrs, said Harold Benton.", ["Harold Benton"]),
        ("Kelvor Corp, which owns two mills, may close one of them this year, said analyst Harold Benton.",
         ["Harold Benton"]),
        # the ordinary appositive still gives the name before the verb
        ("Harold Benton, an analyst with Carter, said Citicorp would lose money.", ["Harold Benton"]),
        ("Lal Singh, president of the opposition party, said Gandhi's failure to act will push up prices.",
         ["Lal Singh"]),
    ],
)
def test_prec_person_after_said(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)
