"""Indonesian statement recall (round 29): two names the entity stage did not build joined by 'dan' before a verb
of saying; 'berjanji' and 'menghimbau' as verbs of saying; 'baru saja' / 'memang' between subject and verb;
'Humas <body>' as the body's spokesman; a command named after its place ('Polres Bogor') is no person's name; a
body's branch ('cabang Jakarta - Bekasi') before the holder set off by a comma. Every sentence here is written for
the tests."""

from __future__ import annotations

import pytest

from tests.extraction.conftest import id_speakers


@pytest.mark.parametrize(
    "body",
    [
        "Film ini tertunda. Budi Santoso dan Andi Wijaya mengonfirmasikan keterlibatan mereka dalam film ini.",
        "Film ini tertunda. Budi Santoso dan Andi Wijaya sebelumnya mengatakan bahwa mereka akan ikut bermain.",
        "Film ini tertunda. Sementara itu, Budi Santoso dan Andi Wijaya mengaku belum menerima naskah.",
    ],
)
def test_two_unbuilt_names_joined_by_dan_both_speak(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == ["Andi Wijaya", "Budi Santoso"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Konten baru disiapkan. Sony sendiri berjanji untuk menambah jenis konten dalam beberapa bulan ke depan.",
         ["Sony"]),
        ("Jalan itu rusak berat. Bupati Budi Santoso berjanji akan memperbaikinya tahun depan.", ["Budi Santoso"]),
        ("Banjir datang lagi. Polres Bogor menghimbau warga agar tidak keluar rumah saat hujan deras.",
         ["Polres Bogor"]),
        ("Persaingan makin ketat. Tokopedia baru saja mengumumkan perolehan dana dari investor asing.",
         ["Tokopedia"]),
        ("Frekuensi makin padat. Indosat memang mengaku masih butuh frekuensi baru untuk pelanggannya.", ["Indosat"]),
    ],
)
def test_verbs_and_gap_words(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


def test_a_term_of_an_agreement_is_no_promise_spoken(run) -> None:  # type: ignore[no-untyped-def]
    body = ("Kedua negara terikat perjanjian pertahanan. Dalam pakta tersebut, Amerika Serikat berjanji akan membela "
            "Jepang jika diserang.")
    assert id_speakers(run, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Polisi menangkap pelaku. \"Korban melapor kepada guru,\" kata Humas Polres Bogor.", ["Polres Bogor"]),
        ("Polisi menangkap pelaku. \"Korban melapor kepada guru,\" kata juru bicara Polda Metro Jaya.",
         ["Polda Metro Jaya"]),
        ("Polisi menangkap pelaku. \"Korban melapor kepada guru,\" kata Humas Polres Sumba Barat.",
         ["Polres Sumba Barat"]),
        ("Polisi menangkap pelaku. Humas Polres Sumba Barat mengatakan korban melapor kepada guru.",
         ["Polres Sumba Barat"]),
        ("Polisi menangkap pelaku. \"Korban melapor kepada guru,\" kata Humas Polres Bogor, Budi Santoso.",
         ["Budi Santoso"]),
    ],
)
def test_humas_speaks_for_its_body(run, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Jalan ditutup. \"Proyek ini dihentikan,\" kata juru bicara PT Jasa Raya cabang Jakarta - Bekasi, Budi "
        "Santoso, di Bekasi, Selasa.",
        "Jalan ditutup. \"Proyek ini dihentikan,\" kata Humas PT Jasa Raya cabang Jakarta - Bekasi, Budi Santoso, di "
        "Bekasi, Selasa.",
    ],
)
def test_the_holder_after_a_bodys_branch(run, body: str) -> None:  # type: ignore[no-untyped-def]
    assert id_speakers(run, body) == ["Budi Santoso"]
