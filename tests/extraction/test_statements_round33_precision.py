"""Statement precision (round 33): a body opening the clause a named person reports ('Rina melanjutkan, PSSI sudah
melaporkan ...', 'Menurut Budi, pihak Garuda telah melaporkan ...') is the person's report, not the body's words; a
body that 'reaffirmed' a commitment in a clause closed by a named person's attribution ('..., its president X said')
is that person's report. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD_ID = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."
PAD_EN = " Markets were quiet on the news and traders expected little change over the coming week."


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Sekretaris Jenderal PSSI Rina Kartika menjelaskan jadwal liga. Rina melanjutkan, PSSI sudah melaporkan "
         "semuanya secara resmi kepada AFC.", ["Rina Kartika"]),
        ("Pengamat penerbangan Budi Hartono menyoroti insiden itu. Menurut Budi, pihak Garuda Indonesia telah "
         "melaporkan kronologi kejadian kepada regulator.", ["Budi Hartono"]),
    ],
)
def test_body_in_persons_clause_id(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD_ID, language="id")) == expected


def test_body_own_words_kept_id(run) -> None:  # type: ignore[no-untyped-def]
    body = "Rina Kartika menjelaskan jadwal liga. Sementara itu, PSSI menyatakan siap menggelar laga ulang."
    assert sorted(speakers(run(body + PAD_ID, language="id"))) == ["PSSI", "Rina Kartika"]


def test_reaffirmed_inside_persons_report_en(run) -> None:  # type: ignore[no-untyped-def]
    body = ("OPEC has reaffirmed its commitment to a fixed price of 20 dlrs a barrel, its president Carlos "
            "Mendoza said.")
    out = speakers(run(body + PAD_EN, language="en"))
    assert out == ["Carlos Mendoza"]
