"""Indonesian bodies named in full, then called by their head word alone (round 65): 'Mahkamah menyatakan' after
'Mahkamah Konstitusi', 'pihak Kementerian' after 'Kementerian Luar Negeri'; not when two bodies opening with that
word were named. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers_of


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mahkamah Konstitusi menggelar sidang putusan atas gugatan para petani pada Selasa. Mahkamah menyatakan "
         "gugatan itu tidak dapat diterima.", {"Mahkamah Konstitusi"}),
        ("Ribuan anggota Aliansi Petani Sawit Nusantara berkumpul di alun-alun kota pada Kamis pagi. Aliansi juga "
         "mendesak bupati mencabut izin pabrik itu.", {"Aliansi Petani Sawit Nusantara"}),
        ("Komisi Pengawas Persaingan Usaha memeriksa tiga perusahaan semen sejak awal bulan. Komisi menilai harga "
         "semen naik terlalu cepat.", {"Komisi Pengawas Persaingan Usaha"}),
        ("Lembaga Bantuan Hukum Surabaya mendampingi para buruh pabrik di pengadilan. Menurut pihak Lembaga, para "
         "buruh belum menerima gaji selama tiga bulan.", {"Lembaga Bantuan Hukum Surabaya"}),
    ],
)
def test_head_word_alone_is_the_body_named_before(run, body: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(speakers_of(run, body, "id")) == expected


def test_two_bodies_with_that_head_word_are_ambiguous(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Komisi Pengawas Persaingan Usaha dan Komisi Penyiaran Daerah menggelar rapat bersama di Bandung. "
            "Komisi menilai harga iklan naik terlalu cepat.")
    assert "Komisi Pengawas Persaingan Usaha" not in speakers_of(run, body, "id")
    assert "Komisi Penyiaran Daerah" not in speakers_of(run, body, "id")


def test_head_word_inside_another_name_is_no_mention(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Mahkamah Konstitusi menggelar sidang putusan atas gugatan para petani pada Selasa. Mahkamah Agung "
            "menyatakan akan mempelajari putusan itu.")
    assert speakers_of(run, body, "id") == ["Mahkamah Agung"]


@pytest.mark.parametrize("title", ["Ketua", "Wakil Ketua", "Kepala Sekretariat"])
def test_head_word_after_a_title_or_name_word_is_not_the_body(run, title: str) -> None:  # type: ignore[no-untyped-def]
    body = ("Komisi Pengawas Persaingan Usaha memeriksa tiga perusahaan semen sejak awal bulan. " + title
            + " Komisi menilai harga semen naik terlalu cepat.")
    assert "Komisi Pengawas Persaingan Usaha" not in speakers_of(run, body, "id")
