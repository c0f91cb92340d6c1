"""Sentence splitting: where a full stop ends a sentence and where it only closes an abbreviation or initials."""

from __future__ import annotations

import pytest

from streamer.extraction.sentences import split_sentences
from tests.extraction.conftest import wire_speakers

ABBREVIATIONS = frozenset({"inc", "co", "mr"})


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, ABBREVIATIONS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose. Prices fell.", ["Sales rose.", "Prices fell."]),
        ("Mr. Hale said so. He left.", ["Mr. Hale said so.", "He left."]),
        # initials of any length stay inside the name they open
        ("A unit of K.L.M. Parcel Inc said it grew. Prices fell.", ["A unit of K.L.M. Parcel Inc said it grew.", "Prices fell."]),
        ("The U.S. Treasury said so. It was late.", ["The U.S. Treasury said so.", "It was late."]),
        # a word that only looks like initials is not one
        ("He sat at the bar.Z. Then he left.", ["He sat at the bar.Z.", "Then he left."]),
        ("Output rose 4.5 pct. It was the best year.", ["Output rose 4.5 pct.", "It was the best year."]),
        ("Prices fell.\n\nBuyers waited.", ["Prices fell.", "Buyers waited."]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_unit_named_before_its_parents_initials_speaks(run) -> None:  # type: ignore[no-untyped-def]
    # Before, 'R.J.R.' ended the sentence and the parent got the unit's statement.
    body = "K.L. Vanter Freight Co, a unit of K.L.V. Holdings Inc &lt;KLV>, said it formed a new management committee."
    assert wire_speakers(run, body) == ["K.L. Vanter Freight Co"]
