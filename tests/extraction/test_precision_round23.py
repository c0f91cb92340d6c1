"""Statement precision (round 23, from an audit of fresh Indonesian text): a body named inside a person's
description (an appositive or a relative clause) is not the speaker, the person is; a hyphenated descriptor
('Eks-striker X itu') refers back; an outlet that only relays someone's quoted words, or the object of
'dikutip dari'/'melansir', is no speaker. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Budi Santoso, pengelola Warung Sehat Sentosa mengatakan penjualan naik dua kali lipat.", ["Budi Santoso"]),
        ("Pelatih tim itu Fabio Capello. Fabio Capello yang juga pernah melatih Real Madrid mengatakan tim itu "
         "sedang goyah.", ["Fabio Capello"]),
        ("Rina Susanti, Country Manager Tokoku Indonesia yang juga hadir di bazaar Tokoku Treasure Market "
         "mengungkapkan alasan di balik bazaar ini.", ["Rina Susanti"]),
    ],
)
def test_body_in_a_description_is_not_the_speaker(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Itu adalah laga yang sangat sulit," tutur Budi Santoso, mengomentari kekalahan timnya, menurut '
         "Goalnews.", ["Budi Santoso"]),
        ('Dikutip dari Harian Kita, pernyataan resmi itu juga menyebutkan bahwa "sistem berjalan normal".', []),
    ],
)
def test_relaying_outlet_is_no_speaker(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected
