"""English statements (round 15, from an audit of fresh wire text): the holder of a role set off by a comma after
a post-posed verb and the employer's name, a spokesman for a body whose name opens with its country, a name opening
the reported clause after an adverb, a quotation running over several sentences, and plural 'say'; sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import wire_speakers as _speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a post-posed verb, the employer's name and the role, then the role's holder set off by a comma
        ('"Demand for steel will recover next year," said Kelvor Bank Ltd chief economist, Tomas Verloo.',
         ["Tomas Verloo"]),
        ('"We will appeal the ruling on Monday," said Brantco general counsel Mark Helder.',
         ["Mark Helder"]),
        # a spokesman for a body whose name opens with a country (kept in a name of generic words: round 17b)
        ("The mills will cut their output by ten pct, a spokesman for the Japan Textile Federation said.",
         ["Japan Textile Federation"]),
        # plural present 'say' after a group of a country's officials
        ("The dollar fell again. U.S. officials say the minister works closely with the central bank.",
         ["US officials"]),
    ],
)
def test_round15_speakers(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_speakers(run, body)) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        # a name after 'said' and an adverb opens the reported clause; it is reported on, not speaking
        "The underwriters, led by two banks, said Brantco Inc originally planned to sell 3.6 mln shares.",
        # 'declined to say' / 'too early to say' name no speaker
        "It is too early to say how sales will develop this year.",
    ],
)
def test_round15_no_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(run, body) == []


def test_quote_over_sentences(run) -> None:  # type: ignore[no-untyped-def]
    # a body named inside a quotation that opened in an earlier sentence is quoted, not speaking
    body = ('Minister Karl Odenthal said: "We remain on a course of growth. Whether it will be two pct, as the '
            'Nordheim Economic Institute forecast last week, remains open."')
    assert _speakers(run, body) == ["Karl Odenthal"]
