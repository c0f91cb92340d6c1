"""Indonesian statement recall (round 43): a person described as 'seorang ...' after a surname that is also a city's
name, 'menurut' + a kind of body + the body's name, 'X selaku <capacity>' before the verb, verbs of replying and
'melontarkan' + a statement noun, and 'turut' between the subject and its verb. Every sentence is written for the
tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a surname that is also a city's name, then 'seorang <who>': a person, not a place
        ("Michael Kennedy, seorang dosen biologi di sebuah kampus di Sydney, mengatakan bahwa buah itu aman dimakan.",
         ["Michael Kennedy"]),
        ("Thomas Kennedy, salah seorang pedagang buah, mengatakan bahwa harga apel naik pekan ini.",
         ["Thomas Kennedy"]),
        # 'menurut' + a kind of body + its name: the body speaks
        ("Menurut maskapai Citra Angkasa, penerbangan ke Medan ditunda karena cuaca buruk.", ["Citra Angkasa"]),
        ("Menurut perusahaan Astra International, harga mobil akan turun bulan depan.", ["Astra International"]),
        # 'X selaku <capacity>' between a body and its verb
        ("Lion Air selaku maskapai swasta langsung memberikan pernyataan terkait keterlambatan itu.", ["Lion Air"]),
        # replying and remarking
        ("Andi Wijaya menyahut, \"Saya tidak tahu soal itu.\"", ["Andi Wijaya"]),
        ("Andi Wijaya pun melontarkan candaannya, \"Mungkin dia lupa membawa payung.\"", ["Andi Wijaya"]),
        # 'pun turut' between the subject and its verb
        ("Selain itu, Lion Air pun turut mengimbau kepada penumpang untuk datang lebih awal ke bandara.", ["Lion Air"]),
    ],
)
def test_round43_subjects_and_verbs(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a kind of body before a place, or with lower-case words between: no body named
        "Menurut perusahaan asal Jepang, harga mobil akan naik tahun depan.",
        # a place, then 'seorang' opening the next clause's subject: no speaker from the place
        "Di Jakarta, seorang petugas memeriksa dokumen para penumpang.",
        # an attack claimed as a group's own deed is no utterance, even after 'pun turut'
        "Kelompok Abu Sayyaf mengklaim serangan bom di pelabuhan itu.",
    ],
)
def test_round43_no_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == []


def test_round43_a_claim_about_an_attack_still_speaks(run) -> None:  # type: ignore[no-untyped-def]
    body = "Juru bicara Andi Wijaya mengklaim serangan itu tidak pernah terjadi di wilayahnya."
    assert speakers(run(body + PAD, language="id")) == ["Andi Wijaya"]
