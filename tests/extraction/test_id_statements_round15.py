"""Indonesian statements, round 15 (patterns counted in an audit of 150 fresh Indonesian dev articles): the titles
'Project Officer' and 'Wakapolres'; 'Pimpinan', 'Penyelenggara', 'Panitia' and 'Sebagian' open no names; a
subject's place and weekday ('X di Kota, Provinsi, Sabtu, menjelaskan') or its addressee ('X kepada Antara,
mengakui') between it and the verb. Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Menurut Project Officer Komunitas Bus Antik Nusantara, Rizal Hakim, bus itu dibuat pada 1980.",
         ["Rizal Hakim"]),
        ('"Kami tidak lengah," kata Wakapolres Temanggung Kompol Dax Imanuelle di Temanggung.', ["Dax Imanuelle"]),
    ],
)
def test_title_phrases_and_their_holders(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


@pytest.mark.parametrize(
    "body",
    [
        '"Penonton kami banyak," kata Pimpinan sanggar tari Kencana, Dahanan saat ditemui di Yogyakarta.',
        "Tidak semua warga setuju. Sebagian mengatakan, rencana itu hanya membuang biaya.",
        '"Pendaftaran dibuka pekan depan," kata Penyelenggara Lari Pagi Bali, Dewi Lestari dalam keterangan pers.',
        "Penyelenggara mengatakan aksi itu damai. Panitia menyatakan jumlah peserta seribu orang.",
        "Demi menarik pembeli, perusahaan pimpinan Budi Hartono itu mengklaim ponselnya paling cepat.",
    ],
)
def test_no_title_word_or_quantifier_as_speaker(run, body: str) -> None:  # type: ignore[no-untyped-def]
    found = speakers(run(body, language="id"))
    assert not any(w in name for name in found for w in ("Pimpinan", "Sebagian", "Penyelenggara", "Panitia"))
    assert "Budi Hartono" not in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kepala BNPB Willem Rampangilei di Karangasem, Bali, Sabtu, menjelaskan masa darurat akan diperpanjang.",
         ["Willem Rampangilei"]),
        ("Kepala BNPB Willem Rampangilei di Karangasem, Sabtu, menjelaskan masa darurat akan diperpanjang.",
         ["Willem Rampangilei"]),
        ('"Kami siaga," kata Ahmad Kamal. Kombes Ahmad Kamal kepada Antara, mengakui dua anggota terluka.',
         ["Ahmad Kamal"]),
    ],
)
def test_words_between_subject_and_verb(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(run(body, language="id")) == expected


def test_the_addressee_is_never_the_subject(run) -> None:  # type: ignore[no-untyped-def]
    assert "Antara" not in speakers(run("Kombes Ahmad Kamal kepada Antara, mengakui dua anggota terluka.",
                                        language="id"))
