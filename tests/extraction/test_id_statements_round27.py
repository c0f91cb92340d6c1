"""Indonesian statement recall (round 27): a titled run whose first words are the company's, written elsewhere in
the article ('PT Acme Jaya Tbk'), and whose next word the article uses on its own as the person's short name
('Menurut Budi,', 'kata Budi'). Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers

PAD = " Hal itu menjadi perbincangan hangat di media sosial dan banyak warganet yang memberikan komentar tentang kabar itu."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Saham PT Sentosa Wirajaya Makmur Tbk naik pekan ini. Direktur Operasional Sentosa Wirajaya Budi Hartono "
         "mengatakan, penjualan perseroan melonjak. Menurut Budi, kenaikan itu sudah terjadi sejak tahun lalu.",
         ["Budi Hartono"]),
        ("Gerai Lestari Pangan bertambah di Bandung. Direktur Pemasaran Lestari Pangan Rina Wulandari menjelaskan, "
         "permintaan terus naik. \"Kami menambah lima gerai,\" kata Rina.",
         ["Rina Wulandari"]),
    ],
)
def test_company_words_before_a_short_named_person(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body + PAD, language="id")) == expected


def test_a_person_named_in_full_keeps_the_first_word(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Menteri Ketenagakerjaan Muhammad Hanif Dhakiri meninjau balai latihan kerja. \"Pelatihan harus sesuai "
            "kebutuhan industri,\" kata Hanif.")
    assert speakers(run(body + PAD, language="id")) == ["Muhammad Hanif Dhakiri"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Warga menolak rencana itu. Sebaliknya, kata Marlina, tanpa jembatan baru warga desa harus memutar jauh.",
         ["Marlina"]),
        ("Proyek itu tertunda lagi. Pasalnya, ujar Hendra Wijaya, lahan untuk jalan tol belum selesai dibebaskan.",
         ["Hendra Wijaya"]),
        ("Ketua panitia Budi Santoso mengatakan acara berjalan lancar. Selanjutnya, kata dia, panitia akan menggelar "
         "acara serupa tahun depan.", ["Budi Santoso"]),
        ("Sopir itu diberhentikan bulan lalu. Padahal, kata Sutrisno sebelumnya tidak ada pemberitahuan soal seleksi.",
         ["Sutrisno"]),
    ],
)
def test_verb_set_off_after_one_opening_word(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    statements = [e for e in run(body + PAD, language="id").events if e.type == "statement"]
    assert speakers(run(body + PAD, language="id")) == expected
    assert len(statements) == (2 if "Ketua panitia" in body else 1)


def test_suffixed_verb_set_off_outside_quotes(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Bupati Sulastri Wibowo mengatakan panen tahun ini melimpah. Jika harga gabah stabil, "
            "katanya, pendapatan petani di desa akan ikut naik.")
    statements = [e for e in run(body + PAD, language="id").events if e.type == "statement"]
    assert [e.speaker.name for e in statements if e.speaker] == ["Sulastri Wibowo", "Sulastri Wibowo"]


def test_police_rank_spelled_out_is_not_the_name(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Polisi menahan dua orang. \"Keduanya masih kami periksa,\" kata Kabid Humas Polda Metro Jaya Komisaris "
            "Besar Polisi Hendro Saputro di Jakarta.")
    assert speakers(run(body + PAD, language="id")) == ["Hendro Saputro"]
