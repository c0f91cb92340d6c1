"""Indonesian statements, round 14 (patterns counted in an audit of 150 fresh Indonesian dev articles): a body's
capitalised name whose initials spell the acronym in brackets after it ('Tim Pencari Fakta Gabungan (TPFG)'), but
not a portfolio after a title nor a person's initials; a portfolio word, then the title's body and its short form,
then the holder set off by a comma ('jelas Deputi Penindakan Badan X (BX), Irjen Y,'); a company's name before an
English title, then the holder ('kata Nordwagen Chief Design Officer, Peter Hansen'); 'Manager', 'Wasekjen',
'Waketum' and more English portfolio words as titles; the post-posed 'singkat'; a name opening the subject and
followed by a relative clause ('X yang merupakan ketua ..., menyatakan'); 'kata perwakilan X' (the body speaks);
'Kendati' and 'Padahal' open no name. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tim Pencari Fakta Gabungan (TPFG) menyatakan bahwa tidak ada aliran dana ke pejabat mana pun.",
         ["Tim Pencari Fakta Gabungan"]),
        ('"Tim masih memburu tersangka lain," jelas Deputi Penindakan Badan Anti Narkoba (BAN), Irjen Budi '
         "Santoso, seperti tertulis dalam pesan singkat.", ["Budi Santoso"]),
        ('"Tim masih bekerja," jelas Deputi Penindakan Badan Narkotika Nasional (BNN), Budi Santoso, kepada '
         "wartawan.", ["Budi Santoso"]),
        ('Menteri Energi dan Sumber Daya Mineral (ESDM) Budi Santoso yakin harga stabil. "Harga tidak naik," kata '
         "Budi.", ["Budi Santoso"]),
    ],
)
def test_acronym_bodies_and_their_holders(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_a_persons_initials_make_no_body(run) -> None:  # type: ignore[no-untyped-def]
    body = 'Polisi menangkap Andi Rahman Fauzi (ARF) di rumahnya. "Saya menyesal," kata Andi Rahman Fauzi.'
    assert speakers(run(body, language="id")) == ["Andi Rahman Fauzi"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Mobil ini mengubah segalanya," kata Nordwagen Chief Design Officer, Peter Hansen.', ["Peter Hansen"]),
        ('"Mobil ini mengubah segalanya," kata Toyota Chief Design Officer, Peter Hansen.', ["Peter Hansen"]),
        ('"Jalur itu sudah aman dilalui," kata Manager Humas PT Kereta Api Daop III Cirebon, Hendra Wijaya saat '
         "dihubungi melalui telepon, Jumat.", ["Hendra Wijaya"]),
        ('"Kami sadar terlambat," ucap Head of Product Management Budi Van Santen saat diwawancarai.',
         ["Budi Van Santen"]),
        ('"Kami sadar," kata Head of Business Development Rina Kartika.', ["Rina Kartika"]),
        ('Wasekjen DPP Hendra Wijaya menambahkan, acara itu juga memberi pelatihan. "Pelatihan itu penting," '
         "kata Hendra.", ["Hendra Wijaya"]),
    ],
)
def test_english_titles_and_abbreviated_ones(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"Kami sudah siap," singkat Budi Hartono, Senin.', ["Budi Hartono"]),
        ("Rudi Hartono yang merupakan ketua harian KONI Jambi, menyatakan bahwa bonus akan segera cair.",
         ["Rudi Hartono"]),
        ("Kapolres Sukamaju, AKBP Budi Hartono yang dikonfirmasi wartawan, membenarkan penangkapan itu.",
         ["Budi Hartono"]),
        ('"Kami menghentikan produk itu," kata perwakilan Nordwagen kepada wartawan melalui email.', ["Nordwagen"]),
        ("Kendati Rahmat Hidayat menganggap hal itu wajar, tidak semua orang setuju. \"Itu biasa saja,\" kata "
         "Rahmat.", ["Rahmat Hidayat"]),
    ],
)
def test_verbs_subjects_and_representatives(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_the_adjective_singkat_is_no_verb(run) -> None:  # type: ignore[no-untyped-def]
    body = "Budi Hartono mengirim pesan singkat kepada istrinya sebelum berangkat."
    assert speakers(run(body, language="id")) == []
